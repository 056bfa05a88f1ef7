import Foundation

/// The pages of a caseload audit for managers and boards: the caseload in
/// figures, a bar for each measure (beside an earlier audit's when there is
/// one), the spread of plain-language scores, and the plans that need
/// attention by file name. It is given figures only, never a plan's words.
public struct AuditReportLayout {
    public struct Measure: Hashable, Sendable {
        public var label: String
        public var percent: Double
        public var earlierPercent: Double?

        public init(label: String, percent: Double, earlierPercent: Double? = nil) {
            self.label = label
            self.percent = percent
            self.earlierPercent = earlierPercent
        }
    }

    public var title: String
    /// This audit's label beside the earlier one's (a year).
    public var label: String
    public var earlierTitle: String?
    /// Big numbers at the top: a figure and what it counts.
    public var figures: [(value: String, label: String)]
    public var measures: [Measure]
    /// Plans by score band 0–1 … 9–10, and the earlier audit's.
    public var distribution: [Int]
    public var earlierDistribution: [Int]?
    /// Rows of the attention table: file, age, score, what is missing.
    public var attention: [[String]]
    public var date: String

    public init(title: String, label: String, earlierTitle: String?, figures: [(value: String, label: String)], measures: [Measure],
                distribution: [Int], earlierDistribution: [Int]?, attention: [[String]], date: String) {
        self.title = title
        self.label = label
        self.earlierTitle = earlierTitle
        self.figures = figures
        self.measures = measures
        self.distribution = distribution
        self.earlierDistribution = earlierDistribution
        self.attention = attention
        self.date = date
    }

    static let page = Size(width: 595.28, height: 841.89)
    static let content = Rect(x: 48, y: 48, width: 595.28 - 96, height: 841.89 - 96)
    static let ink = Colour(hex: "#1F2933")!
    static let blue = Colour(hex: "#1D4E89")!
    static let grey = Colour(hex: "#8A96A3")!
    static let rule = Colour(hex: "#D5DCE4")!

    private struct Writer {
        let measurer: any TextMeasurer
        var pages: [[Box]] = []
        var boxes: [Box] = []
        var y = AuditReportLayout.content.minY
        var outline: [OutlineEntry] = []

        func style(_ size: Double, bold: Bool = false, colour: Colour = AuditReportLayout.ink, centred: Bool = false) -> TextStyle {
            TextStyle(fontFamily: "Andika", size: size, bold: bold, colour: colour, lineSpacing: 1.25, alignment: centred ? .centre : .start)
        }

        func height(_ text: String, _ style: TextStyle, width: Double) -> Double {
            measurer.measure(text, style: style, width: width, language: "en-GB", direction: .leftToRight).height
        }

        mutating func text(_ text: String, _ style: TextStyle, x: Double, width: Double, role: BoxRole = .body, at top: Double? = nil) -> Double {
            let h = height(text, style, width: width)
            boxes.append(Box(role: role, frame: Rect(x: x, y: top ?? y, width: width, height: h), content: .text(text, style)))
            return h
        }

        mutating func heading(_ title: String, size: Double = 17) {
            outline.append(OutlineEntry(title: title, pageIndex: pages.count))
            y += text(title, style(size, bold: true, colour: AuditReportLayout.blue), x: AuditReportLayout.content.minX,
                      width: AuditReportLayout.content.width, role: .heading) + 10
        }

        mutating func bar(_ rect: Rect, _ colour: Colour) {
            guard rect.width > 0.1, rect.height > 0.1 else { return }
            boxes.append(Box(role: .drawing, frame: rect, content: .shape(.roundedRectangle(Rect(x: 0, y: 0, width: rect.width, height: rect.height), radius: 2, fill: colour, stroke: nil))))
        }

        mutating func ensure(_ height: Double) {
            if y + height > AuditReportLayout.content.maxY { newPage() }
        }

        mutating func newPage() {
            pages.append(boxes)
            boxes = []
            y = AuditReportLayout.content.minY
        }
    }

    public func layout(measurer: any TextMeasurer) -> Booklet {
        var w = Writer(measurer: measurer)
        let content = Self.content
        w.outline.append(OutlineEntry(title: title, pageIndex: 0))
        w.y += w.text(title, w.style(26, bold: true, colour: Self.blue), x: content.minX, width: content.width, role: .title) + 4
        let subtitle = earlierTitle.map { "Compared with \($0)" } ?? "Casefile audit of safety plans"
        w.y += w.text(subtitle, w.style(13, colour: Self.ink), x: content.minX, width: content.width) + 18

        // The caseload in figures.
        w.heading("The caseload in figures")
        let tileWidth = (content.width - 24) / 3
        var tileBottom = w.y
        for (index, figure) in figures.prefix(6).enumerated() {
            let x = content.minX + Double(index % 3) * (tileWidth + 12)
            let top = w.y + Double(index / 3) * 84
            w.boxes.append(Box(role: .panel, frame: Rect(x: x, y: top, width: tileWidth, height: 74), content: .panel(fill: Colour(hex: "#EEF3F9")!, cornerRadius: 8)))
            let valueHeight = w.text(figure.value, w.style(24, bold: true, colour: Self.blue), x: x + 10, width: tileWidth - 20, at: top + 8)
            _ = w.text(figure.label, w.style(10.5), x: x + 10, width: tileWidth - 20, at: top + 10 + valueHeight)
            tileBottom = max(tileBottom, top + 74)
        }
        w.y = tileBottom + 24

        // A bar for each measure.
        w.heading("What the plans hold")
        if let earlierTitle {
            w.bar(Rect(x: content.minX, y: w.y + 3, width: 10, height: 10), Self.grey)
            _ = w.text(earlierTitle, w.style(10.5), x: content.minX + 14, width: 180, at: w.y)
            w.bar(Rect(x: content.minX + 200, y: w.y + 3, width: 10, height: 10), Self.blue)
            _ = w.text(label, w.style(10.5), x: content.minX + 214, width: content.width - 214, at: w.y)
            w.y += 22
        }
        let labelWidth = 190.0
        let barX = content.minX + labelWidth + 10
        let barWidth = content.width - labelWidth - 10 - 44
        for measure in measures {
            let rowHeight = earlierTitle == nil ? 22.0 : 34.0
            w.ensure(rowHeight + 8)
            _ = w.text(measure.label, w.style(11), x: content.minX, width: labelWidth, at: w.y + 2)
            var barTop = w.y + 3
            if let earlier = measure.earlierPercent {
                w.bar(Rect(x: barX, y: barTop, width: barWidth * earlier / 100, height: 12), Self.grey)
                _ = w.text(Self.percent(earlier), w.style(10), x: barX + barWidth * earlier / 100 + 4, width: 40, at: barTop - 1)
                barTop += 15
            }
            w.boxes.append(Box(role: .drawing, frame: Rect(x: barX, y: w.y, width: barWidth, height: rowHeight - 4),
                               content: .shape(Shape(elements: [.move(Point(x: 0, y: 0)), .line(Point(x: 0, y: rowHeight - 4))], stroke: Self.rule, lineWidth: 1))))
            w.bar(Rect(x: barX, y: barTop, width: barWidth * measure.percent / 100, height: 14), Self.blue)
            _ = w.text(Self.percent(measure.percent), w.style(10.5, bold: true), x: barX + barWidth * measure.percent / 100 + 4, width: 40, at: barTop)
            w.y += rowHeight + 6
        }
        w.y += 16

        // The spread of scores.
        w.ensure(210)
        w.heading("Plain-language scores")
        _ = w.text("How many plans scored in each band, from 0 (hard to read) to 10 (plain). 5 or more counts as plain.",
                   w.style(10.5), x: content.minX, width: content.width, at: w.y)
        w.y += 26
        let chartHeight = 120.0
        let top = w.y + 14
        let most = max(1, (distribution + (earlierDistribution ?? [])).max() ?? 1)
        let slot = content.width / 10
        for band in 0..<10 {
            let x = content.minX + Double(band) * slot
            let groups: [(Int, Colour)] = earlierDistribution.map { [($0[band], Self.grey), (distribution[band], Self.blue)] } ?? [(distribution[band], Self.blue)]
            let barW = (slot - 12) / Double(groups.count)
            for (index, group) in groups.enumerated() {
                let h = chartHeight * Double(group.0) / Double(most)
                let bx = x + 6 + Double(index) * barW
                w.bar(Rect(x: bx, y: top + chartHeight - h, width: barW - 2, height: h), group.1)
                _ = w.text(String(group.0), w.style(9, centred: true), x: bx - 4, width: barW + 6, at: top + chartHeight - h - 13)
            }
            _ = w.text("\(band)–\(band + 1)", w.style(9.5, centred: true), x: x, width: slot, at: top + chartHeight + 4)
        }
        w.boxes.append(Box(role: .drawing, frame: Rect(x: content.minX, y: top + chartHeight, width: content.width, height: 1),
                           content: .shape(Shape(elements: [.move(Point(x: 0, y: 0)), .line(Point(x: content.width, y: 0))], stroke: Self.ink, lineWidth: 1))))
        w.y = top + chartHeight + 30

        // Plans that need attention.
        w.newPage()
        w.heading("Plans that need attention")
        if attention.isEmpty {
            w.y += w.text("Every plan has every element, and its language is plain.", w.style(11), x: content.minX, width: content.width)
        } else {
            let widths = [200.0, 34, 42, content.width - 276 - 18]
            func row(_ cells: [String], bold: Bool) {
                let styles = cells.indices.map { _ in w.style(10, bold: bold) }
                let h = zip(cells, widths).enumerated().map { w.height($1.0, styles[$0], width: $1.1) }.max() ?? 12
                w.ensure(h + 6)
                var x = content.minX
                for (index, cell) in cells.enumerated() {
                    _ = w.text(cell, styles[index], x: x, width: widths[index], role: bold ? .caption : .body, at: w.y)
                    x += widths[index] + 6
                }
                w.y += h + 5
            }
            row(["File", "Age", "Score", "What is missing"], bold: true)
            for cells in attention { row(cells, bold: false) }
        }
        w.newPage()
        let pages = w.pages.filter { !$0.isEmpty }
        return Booklet(
            metadata: DocumentMetadata(title: title, subject: "Casefile audit of safety plans", keywords: "audit", date: date),
            language: "en-GB", direction: .leftToRight,
            pages: pages.map { Page(size: Self.page, contentArea: content, background: .white, boxes: $0) },
            outline: w.outline
        )
    }

    /// `62%`, or `62.5%` when there is a fraction.
    public static func percent(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))%" : String(format: "%.1f%%", value)
    }
}
