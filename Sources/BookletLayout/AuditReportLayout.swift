import Foundation

/// The pages of a caseload audit for managers and boards. Four A4 pages
/// whatever the caseload: the figures and a bar chart of every measure beside
/// earlier audits (page 1), the figures by plan type (page 2) and by team
/// (page 3), each a table and a chart, and the spread of scores with how to
/// read the report (page 4); then, unless left out, an appendix of the plans
/// that need attention, grouped by team. It is given figures, labels and file
/// names only, never a plan's words.
public struct AuditReportLayout {
    /// A percentage with its interval and what it rests on.
    public struct Value: Hashable, Sendable {
        public var percent: Double
        /// The 95% interval, in percent.
        public var low: Double?
        public var high: Double?
        /// `62% (50 of 80)`.
        public var text: String

        public init(percent: Double, low: Double? = nil, high: Double? = nil, text: String) {
            self.percent = percent
            self.low = low
            self.high = high
            self.text = text
        }
    }

    /// A measure with one value per audit, oldest first, and a note when the newest differs clearly.
    public struct Measure: Hashable, Sendable {
        public var label: String
        /// Nil where an audit did not have the measure.
        public var values: [Value?]
        /// `higher than 2025` when the intervals do not overlap.
        public var mark: String?

        public init(label: String, values: [Value?], mark: String? = nil) {
            self.label = label
            self.values = values
            self.mark = mark
        }
    }

    /// A group (a plan type, a team) with its values per measure.
    public struct Group: Hashable, Sendable {
        public var name: String
        public var plans: Int
        /// One per measure; nil when no plan of the group could answer it.
        public var values: [Value?]
        /// `8 of 13` for each measure: the table's small line.
        public var counts: [String]

        public init(name: String, plans: Int, values: [Value?], counts: [String]) {
            self.name = name
            self.plans = plans
            self.values = values
            self.counts = counts
        }
    }

    /// A page of figures by group.
    public struct Grouping: Hashable, Sendable {
        public var title: String
        public var note: String
        public var groups: [Group]

        public init(title: String, note: String, groups: [Group]) {
            self.title = title
            self.note = note
            self.groups = groups
        }
    }

    /// The plans of one team that need attention: rows of file, age, score, what is missing.
    public struct AttentionGroup: Hashable, Sendable {
        public var team: String
        public var rows: [[String]]

        public init(team: String, rows: [[String]]) {
            self.team = team
            self.rows = rows
        }
    }

    public var title: String
    public var subtitle: String
    /// How the plans were chosen and how to read a figure.
    public var method: [String]
    /// Big numbers at the top: a figure and what it counts.
    public var figures: [(value: String, label: String)]
    /// Plans not read in full, plans not scored: each on its own line.
    public var counted: [String]
    /// The audits' labels, oldest first; the last is this audit.
    public var series: [String]
    public var measures: [Measure]
    /// Short names of the measures, for the group tables and charts.
    public var measureNames: [String]
    public var groupings: [Grouping]
    /// Plans by score band 0–1 … 9–10, one list per audit, oldest first.
    public var distributions: [[Int]]
    public var notes: [String]
    /// Nil leaves the appendix out.
    public var attention: [AttentionGroup]?
    public var date: String

    public init(
        title: String, subtitle: String, method: [String], figures: [(value: String, label: String)], counted: [String],
        series: [String], measures: [Measure], measureNames: [String], groupings: [Grouping],
        distributions: [[Int]], notes: [String], attention: [AttentionGroup]?, date: String
    ) {
        self.title = title
        self.subtitle = subtitle
        self.method = method
        self.figures = figures
        self.counted = counted
        self.series = series
        self.measures = measures
        self.measureNames = measureNames
        self.groupings = groupings
        self.distributions = distributions
        self.notes = notes
        self.attention = attention
        self.date = date
    }

    static let page = Size(width: 595.28, height: 841.89)
    static let content = Rect(x: 48, y: 48, width: 595.28 - 96, height: 841.89 - 96)
    static let ink = Colour(hex: "#1F2933")!
    static let blue = Colour(hex: "#1D4E89")!
    static let grey = Colour(hex: "#8A96A3")!
    static let rule = Colour(hex: "#D5DCE4")!
    static let tile = Colour(hex: "#EEF3F9")!
    /// Earlier audits in lighter greys, oldest lightest; this audit in blue.
    static func seriesColour(_ index: Int, of count: Int) -> Colour {
        if index == count - 1 { return blue }
        let greys = ["#C3CBD4", "#A7B1BC", "#8A96A3", "#6E7A87"]
        return Colour(hex: greys[max(0, greys.count - (count - 1) + index) % greys.count])!
    }
    /// Colours for groups, told apart by people with the common colour blindnesses (Okabe–Ito, then Tol's).
    static let groupColours = [
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
        "#332288", "#88CCEE", "#117733", "#AA4499",
    ].map { Colour(hex: $0)! }

    /// The most groups drawn on a page; the rest are named in a line and are in the CSV.
    public static let groupsShown = 12

    private struct Writer {
        let measurer: any TextMeasurer
        var pages: [[Box]] = []
        var boxes: [Box] = []
        var y = AuditReportLayout.content.minY
        var outline: [OutlineEntry] = []

        func style(_ size: Double, bold: Bool = false, colour: Colour = AuditReportLayout.ink, centred: Bool = false) -> TextStyle {
            TextStyle(fontFamily: "Andika", size: size, bold: bold, colour: colour, lineSpacing: 1.2, alignment: centred ? .centre : .start)
        }

        func height(_ text: String, _ style: TextStyle, width: Double) -> Double {
            measurer.measure(text, style: style, width: width, language: "en-GB", direction: .leftToRight).height
        }

        @discardableResult
        mutating func text(_ text: String, _ style: TextStyle, x: Double, width: Double, role: BoxRole = .body, at top: Double? = nil)
            -> Double
        {
            let h = height(text, style, width: width)
            boxes.append(Box(role: role, frame: Rect(x: x, y: top ?? y, width: width, height: h), content: .text(text, style)))
            return h
        }

        mutating func paragraph(_ text: String, size: Double = 10.5, after: Double = 6) {
            y += self.text(text, style(size), x: AuditReportLayout.content.minX, width: AuditReportLayout.content.width) + after
        }

        mutating func heading(_ title: String, size: Double = 16, level: Int = 1) {
            outline.append(OutlineEntry(title: title, pageIndex: pages.count, level: level))
            y +=
                text(
                    title, style(size, bold: true, colour: AuditReportLayout.blue), x: AuditReportLayout.content.minX,
                    width: AuditReportLayout.content.width, role: level == 1 ? .heading : .subheading) + 8
        }

        mutating func bar(_ rect: Rect, _ colour: Colour) {
            guard rect.width > 0.1, rect.height > 0.1 else { return }
            boxes.append(
                Box(
                    role: .drawing, frame: rect,
                    content: .shape(
                        .roundedRectangle(Rect(x: 0, y: 0, width: rect.width, height: rect.height), radius: 1.5, fill: colour, stroke: nil))
                ))
        }

        mutating func line(from a: Point, to b: Point, _ colour: Colour, width: Double = 1) {
            let frame = Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: max(0.5, abs(b.x - a.x)), height: max(0.5, abs(b.y - a.y)))
            let start = Point(x: a.x - frame.x, y: a.y - frame.y)
            let end = Point(x: b.x - frame.x, y: b.y - frame.y)
            boxes.append(
                Box(
                    role: .drawing, frame: frame,
                    content: .shape(Shape(elements: [.move(start), .line(end)], stroke: colour, lineWidth: width))))
        }

        /// An interval drawn across a horizontal bar: a line with end ticks.
        mutating func horizontalErrorBar(from low: Double, to high: Double, centreY: Double, tick: Double = 4) {
            guard high - low > 0.2 else { return }
            line(from: Point(x: low, y: centreY), to: Point(x: high, y: centreY), AuditReportLayout.ink, width: 1)
            line(from: Point(x: low, y: centreY - tick), to: Point(x: low, y: centreY + tick), AuditReportLayout.ink, width: 1)
            line(from: Point(x: high, y: centreY - tick), to: Point(x: high, y: centreY + tick), AuditReportLayout.ink, width: 1)
        }

        mutating func verticalErrorBar(from low: Double, to high: Double, centreX: Double, tick: Double) {
            guard low - high > 0.2 else { return }
            line(from: Point(x: centreX, y: high), to: Point(x: centreX, y: low), AuditReportLayout.ink, width: 0.8)
            line(from: Point(x: centreX - tick, y: high), to: Point(x: centreX + tick, y: high), AuditReportLayout.ink, width: 0.8)
            line(from: Point(x: centreX - tick, y: low), to: Point(x: centreX + tick, y: low), AuditReportLayout.ink, width: 0.8)
        }

        mutating func ensure(_ height: Double) {
            if y + height > AuditReportLayout.content.maxY { newPage() }
        }

        mutating func newPage() {
            pages.append(boxes)
            boxes = []
            y = AuditReportLayout.content.minY
        }

        /// A legend: a swatch and a name each, in a row.
        mutating func legend(_ names: [String], colours: [Colour]) {
            var x = AuditReportLayout.content.minX
            for (name, colour) in zip(names, colours) {
                let width = min(
                    160, measurer.measure(name, style: style(9.5), width: 400, language: "en-GB", direction: .leftToRight).width + 4)
                if x + 14 + width > AuditReportLayout.content.maxX {
                    x = AuditReportLayout.content.minX
                    y += 15
                }
                bar(Rect(x: x, y: y + 2.5, width: 9, height: 9), colour)
                text(name, style(9.5), x: x + 12, width: width, at: y)
                x += 12 + width + 12
            }
            y += 20
        }
    }

    public func layout(measurer: any TextMeasurer) -> Booklet {
        var w = Writer(measurer: measurer)
        let content = Self.content
        w.outline.append(OutlineEntry(title: title, pageIndex: 0))
        w.y += w.text(title, w.style(24, bold: true, colour: Self.blue), x: content.minX, width: content.width, role: .title) + 2
        w.y += w.text(subtitle, w.style(12.5), x: content.minX, width: content.width) + 10
        for paragraph in method { w.paragraph(paragraph, size: 10) }
        w.y += 6

        // The caseload in figures.
        w.heading("The caseload in figures")
        let tileWidth = (content.width - 24) / 3
        var tileBottom = w.y
        for (index, figure) in figures.prefix(6).enumerated() {
            let x = content.minX + Double(index % 3) * (tileWidth + 12)
            let top = w.y + Double(index / 3) * 72
            w.boxes.append(
                Box(
                    role: .panel, frame: Rect(x: x, y: top, width: tileWidth, height: 64), content: .panel(fill: Self.tile, cornerRadius: 8)
                ))
            let valueHeight = w.text(
                figure.value, w.style(20, bold: true, colour: Self.blue), x: x + 10, width: tileWidth - 20, at: top + 6)
            w.text(figure.label, w.style(9.5), x: x + 10, width: tileWidth - 20, at: top + 7 + valueHeight)
            tileBottom = max(tileBottom, top + 64)
        }
        w.y = tileBottom + 10
        for line in counted { w.paragraph(line, size: 10, after: 3) }
        w.y += 8

        // A bar for each measure and each audit, with its interval.
        w.heading("What the plans hold")
        w.legend(series.enumerated().map { $0.element }, colours: series.indices.map { Self.seriesColour($0, of: series.count) })
        let labelWidth = 150.0
        let barX = content.minX + labelWidth + 8
        let textWidth = 96.0
        let barWidth = content.width - labelWidth - 8 - textWidth
        let available = content.maxY - w.y - 16
        let barHeight = max(6, min(13, (available / Double(max(1, measures.count)) - 14) / Double(max(1, series.count)) - 3))
        for measure in measures {
            let rowHeight = Double(series.count) * (barHeight + 3) + 12 + (measure.mark == nil ? 0 : 11)
            w.ensure(rowHeight)
            w.text(measure.label, w.style(10.5, bold: true), x: content.minX, width: labelWidth, at: w.y)
            var top = w.y
            w.line(from: Point(x: barX, y: top - 2), to: Point(x: barX, y: top + Double(series.count) * (barHeight + 3)), Self.rule)
            for (index, value) in measure.values.enumerated() {
                defer { top += barHeight + 3 }
                guard let value else {
                    w.text("not measured", w.style(8.5, colour: Self.grey), x: barX + 4, width: 120, at: top)
                    continue
                }
                w.bar(
                    Rect(x: barX, y: top, width: barWidth * value.percent / 100, height: barHeight),
                    Self.seriesColour(index, of: series.count))
                if let low = value.low, let high = value.high {
                    w.horizontalErrorBar(
                        from: barX + barWidth * low / 100, to: barX + barWidth * high / 100, centreY: top + barHeight / 2,
                        tick: min(4, barHeight / 2))
                }
                let isLatest = index == series.count - 1
                w.text(
                    value.text, w.style(min(9.5, barHeight - 1 + 2), bold: isLatest), x: barX + barWidth + 6, width: textWidth - 6,
                    at: top - 1)
            }
            if let mark = measure.mark {
                w.text(mark, w.style(9, bold: true, colour: Self.blue), x: barX, width: barWidth, at: top)
                top += 11
            }
            w.y = top + 9
        }

        // By plan type and by team: a table and a chart each, a page each.
        for grouping in groupings {
            w.newPage()
            w.heading(grouping.title)
            w.paragraph(grouping.note, size: 10, after: 8)
            table(grouping, &w)
            w.y += 10
            chart(grouping, &w)
        }

        // The spread of scores, and how to read the report.
        w.newPage()
        w.heading("Plain-language scores")
        w.paragraph(
            "How many plans scored in each band, from 0 (hard to read) to 10 (plain). 5 or more counts as plain. Plans not scored are not in the chart.",
            size: 10)
        if distributions.count > 1 { w.legend(series, colours: series.indices.map { Self.seriesColour($0, of: series.count) }) }
        let chartHeight = 130.0
        let top = w.y + 14
        let most = max(1, distributions.flatMap { $0 }.max() ?? 1)
        let slot = content.width / 10
        for band in 0..<10 {
            let x = content.minX + Double(band) * slot
            let barW = (slot - 10) / Double(max(1, distributions.count))
            for (index, distribution) in distributions.enumerated() {
                let count = band < distribution.count ? distribution[band] : 0
                let h = chartHeight * Double(count) / Double(most)
                let bx = x + 5 + Double(index) * barW
                w.bar(
                    Rect(x: bx, y: top + chartHeight - h, width: barW - 1.5, height: h), Self.seriesColour(index, of: distributions.count))
                w.text(String(count), w.style(8, centred: true), x: bx - 6, width: barW + 10, at: top + chartHeight - h - 11)
            }
            w.text("\(band)–\(band + 1)", w.style(9, centred: true), x: x, width: slot, at: top + chartHeight + 4)
        }
        w.line(from: Point(x: content.minX, y: top + chartHeight), to: Point(x: content.maxX, y: top + chartHeight), Self.ink)
        w.y = top + chartHeight + 30
        w.heading("How to read this report")
        for note in notes { w.paragraph(note, size: 10, after: 5) }

        // Appendix: plans that need attention, by team.
        if let attention {
            w.newPage()
            w.heading("Appendix: plans that need attention")
            if attention.isEmpty {
                w.paragraph("Every plan has every element, and its language is plain.")
            }
            let widths = [190.0, 28, 34, content.width - 252 - 18]
            func row(_ cells: [String], bold: Bool, _ w: inout Writer) {
                let styles = cells.indices.map { _ in w.style(9.5, bold: bold) }
                let h = zip(cells, widths).enumerated().map { w.height($1.0, styles[$0], width: $1.1) }.max() ?? 12
                w.ensure(h + 6)
                var x = content.minX
                for (index, cell) in cells.enumerated() {
                    w.text(cell, styles[index], x: x, width: widths[index], role: bold ? .caption : .body, at: w.y)
                    x += widths[index] + 6
                }
                w.y += h + 4
            }
            for group in attention {
                w.ensure(60)
                w.heading("\(group.team) (\(group.rows.count))", size: 12.5, level: 2)
                row(["File", "Age", "Score", "What is missing"], bold: true, &w)
                for cells in group.rows { row(cells, bold: false, &w) }
                w.y += 8
            }
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

    /// Groups and their figures: a row a group, a column a measure, the percentage over `8 of 13`.
    private func table(_ grouping: Grouping, _ w: inout Writer) {
        let content = Self.content
        let nameWidth = 118.0
        let plansWidth = 34.0
        let cellWidth = (content.width - nameWidth - plansWidth) / Double(max(1, measureNames.count))
        var x = content.minX + nameWidth
        w.text("Plans", w.style(9, bold: true), x: x - 2, width: plansWidth, role: .caption, at: w.y)
        x += plansWidth
        var headerHeight = 0.0
        for name in measureNames {
            headerHeight = max(
                headerHeight, w.text(name, w.style(9, bold: true, centred: true), x: x, width: cellWidth, role: .caption, at: w.y))
            x += cellWidth
        }
        w.y += headerHeight + 4
        w.line(from: Point(x: content.minX, y: w.y), to: Point(x: content.maxX, y: w.y), Self.rule)
        w.y += 3
        for group in grouping.groups.prefix(Self.groupsShown) {
            let nameHeight = w.height(group.name, w.style(9.5, bold: true), width: nameWidth - 6)
            let rowHeight = max(26, nameHeight + 4)
            w.text(group.name, w.style(9.5, bold: true), x: content.minX, width: nameWidth - 6, at: w.y + 2)
            w.text(String(group.plans), w.style(9.5), x: content.minX + nameWidth - 2, width: plansWidth, at: w.y + 2)
            var cellX = content.minX + nameWidth + plansWidth
            for (index, value) in group.values.enumerated() {
                let main = value.map { Self.percentText($0.percent) } ?? "–"
                w.text(main, w.style(10, bold: true, centred: true), x: cellX, width: cellWidth, at: w.y + 1)
                w.text(
                    index < group.counts.count ? group.counts[index] : "", w.style(7.5, colour: Self.grey, centred: true), x: cellX,
                    width: cellWidth, at: w.y + 14)
                cellX += cellWidth
            }
            w.y += rowHeight
            w.line(from: Point(x: content.minX, y: w.y), to: Point(x: content.maxX, y: w.y), Self.rule, width: 0.5)
            w.y += 2
        }
        if grouping.groups.count > Self.groupsShown {
            let rest = grouping.groups.dropFirst(Self.groupsShown)
            w.paragraph(
                "Also \(rest.count) more with fewer plans (\(rest.map(\.name).joined(separator: ", "))): their figures are in the summary CSV.",
                size: 9)
        }
    }

    /// Grouped bars: a cluster a measure, a bar a group, each with its interval.
    private func chart(_ grouping: Grouping, _ w: inout Writer) {
        let content = Self.content
        let groups = Array(grouping.groups.prefix(Self.groupsShown))
        guard !groups.isEmpty else { return }
        w.legend(groups.map(\.name), colours: groups.indices.map { Self.groupColours[$0 % Self.groupColours.count] })
        let axisWidth = 26.0
        let chartHeight = max(110, min(190, content.maxY - w.y - 40))
        let top = w.y + 4
        let bottom = top + chartHeight
        let left = content.minX + axisWidth
        for tick in [0, 25, 50, 75, 100] {
            let y = bottom - chartHeight * Double(tick) / 100
            w.line(
                from: Point(x: left, y: y), to: Point(x: content.maxX, y: y), tick == 0 ? Self.ink : Self.rule, width: tick == 0 ? 1 : 0.5)
            w.text("\(tick)%", w.style(8, colour: Self.grey), x: content.minX - 4, width: axisWidth, at: y - 5)
        }
        let cluster = (content.maxX - left) / Double(max(1, measureNames.count))
        let barWidth = min(16, (cluster - 10) / Double(groups.count))
        for (measureIndex, name) in measureNames.enumerated() {
            let clusterX = left + Double(measureIndex) * cluster + (cluster - barWidth * Double(groups.count)) / 2
            for (groupIndex, group) in groups.enumerated() {
                guard measureIndex < group.values.count, let value = group.values[measureIndex] else { continue }
                let x = clusterX + Double(groupIndex) * barWidth
                let h = chartHeight * value.percent / 100
                w.bar(
                    Rect(x: x + 0.5, y: bottom - h, width: barWidth - 1, height: h), Self.groupColours[groupIndex % Self.groupColours.count]
                )
                if let low = value.low, let high = value.high {
                    w.verticalErrorBar(
                        from: bottom - chartHeight * low / 100, to: bottom - chartHeight * high / 100,
                        centreX: x + barWidth / 2, tick: min(3, barWidth / 3))
                }
            }
            w.text(
                name, w.style(9, centred: true), x: left + Double(measureIndex) * cluster, width: cluster, role: .caption, at: bottom + 4)
        }
        w.y = bottom + 22
        w.paragraph(
            "Each bar is the share of that group's plans that could answer the measure; the thin line on it is its 95% interval. Few plans make a wide interval.",
            size: 9)
    }

    /// `62%`, or `62.5%` when there is a fraction.
    public static func percentText(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))%" : String(format: "%.1f%%", value)
    }
}
