import Foundation

/// The safety scale drawn as a 0–10 ruler with everyone's own mark above it:
/// a numbered dot at their score with their name beside it, stacked so that no
/// mark or name touches another (people with the same score each get a mark).
/// The child's mark is a star in another colour, named as the plan writes it.
/// Under the ruler: the numbers, then what 0 and 10 mean beside a worried and a happy face.
struct ScaleFigure: Hashable {
    /// One person's score; `isChild` marks the child's own.
    struct Mark: Hashable {
        var name: String
        var score: Int
        var isChild = false
    }

    var marks: [Mark]
    /// The scale's question, over the figure, so it never stands on a page without it.
    var question: String?
    var zeroMeaning: String?
    var tenMeaning: String?

    /// Ratings as the plan gives them; a rating named like one of `childNames` (any case) is the child's own.
    init(
        ratings: [(name: String, score: Int)], childNames: Set<String> = [], question: String? = nil, zeroMeaning: String?,
        tenMeaning: String?
    ) {
        let children = Set(childNames.map { $0.lowercased() })
        marks = ratings.map { Mark(name: $0.name, score: min(10, max(0, $0.score)), isChild: children.contains($0.name.lowercased())) }
        self.question = question
        self.zeroMeaning = zeroMeaning
        self.tenMeaning = tenMeaning
    }

    static let markRadius = 11.0
    static let starRadius = 15.0
    static let faceSide = 30.0

    /// The boxes of the figure for a width, with its top at y = 0.
    func boxes(width: Double, context: LayoutContext) -> (boxes: [Box], height: Double) {
        let label = context.bodyStyle
        let lineHeight = context.height("0", context.labelStyle, width: 0)
        // Eleven equal columns across the width, a number centred under each.
        let step = width / 11
        func x(_ score: Int) -> Double { step / 2 + Double(score) * step }

        var boxes: [Box] = []
        var questionHeight = 0.0
        if let question {
            questionHeight = context.height(question, context.strongStyle, width: width)
            boxes.append(
                Box(
                    role: .body, frame: Rect(x: 0, y: 0, width: width, height: questionHeight),
                    content: .text(question, context.strongStyle)))
            questionHeight += context.template.gap
        }
        let placed = stacked(width: width, x: x, label: label, context: context)
        let marksHeight = placed.map(\.top).map { -$0 }.max() ?? 0
        let rulerY = questionHeight + marksHeight + (placed.isEmpty ? 0 : 10)
        func down(_ rect: Rect) -> Rect { Rect(x: rect.x, y: rulerY + rect.y, width: rect.width, height: rect.height) }

        // Every other column shaded, up to the marks, so a mark's number can be followed down to the ruler.
        for score in stride(from: 1, through: 9, by: 2) where rulerY > questionHeight {
            let band = Rect(x: x(score) - step / 2, y: questionHeight, width: step, height: rulerY - questionHeight)
            boxes.append(
                Box(
                    role: .drawing, frame: band,
                    content: .shape(
                        .polygon(
                            corners(of: Size(width: band.width, height: band.height)), fill: context.colours.panel, stroke: nil,
                            lineWidth: 0))))
        }
        // The ruler and its ticks.
        var ruler: [Shape.Element] = [.move(Point(x: x(0), y: 9)), .line(Point(x: x(10), y: 9))]
        for score in 0...10 {
            let tick = score % 5 == 0 ? 9.0 : 5.0
            ruler += [.move(Point(x: x(score), y: 9 - tick)), .line(Point(x: x(score), y: 9 + tick))]
        }
        boxes.append(
            Box(
                role: .drawing, frame: Rect(x: 0, y: rulerY - 9, width: width, height: 18),
                content: .shape(Shape(elements: ruler, stroke: context.colours.line, lineWidth: 3))))
        // Each person's mark with their score in it, and their name beside it.
        for mark in placed {
            let person = BoxTag(person: mark.mark.name)
            let markFrame = down(mark.markFrame)
            boxes.append(Box(role: .drawing, frame: markFrame, content: .shape(markShape(mark.mark, context: context)), tag: person))
            var number = context.labelStyle
            number.bold = true
            number.size = mark.mark.isChild ? 10 : 12
            number.colour = mark.mark.isChild ? context.colours.text : .white
            let numberHeight = context.height(String(mark.mark.score), number, width: markFrame.width)
            let centreY = markFrame.y + markFrame.height * (mark.mark.isChild ? 0.55 : 0.5)
            boxes.append(
                Box(
                    role: .caption,
                    frame: Rect(x: markFrame.x, y: centreY - numberHeight / 2, width: markFrame.width, height: numberHeight),
                    content: .text(String(mark.mark.score), number), tag: person))
            var name = label
            name.bold = mark.mark.isChild
            boxes.append(Box(role: .caption, frame: down(mark.labelFrame), content: .text(mark.mark.name, name), tag: person))
        }
        // The numbers under the ruler.
        let numbersY = rulerY + 12
        for score in 0...10 {
            boxes.append(
                Box(
                    role: .caption, frame: Rect(x: x(score) - step / 2, y: numbersY, width: step, height: lineHeight),
                    content: .text(String(score), context.labelStyle)))
        }
        // What 0 and 10 mean, side by side, each beside its face.
        var bottom = numbersY + lineHeight
        let anchorsY = bottom + 8
        let half = (width - context.template.gap) / 2
        for (index, meaning) in [zeroMeaning, tenMeaning].enumerated() {
            guard let meaning else { continue }
            let columnX = index == 0 ? 0 : half + context.template.gap
            let face = Rect(x: columnX, y: anchorsY, width: Self.faceSide, height: Self.faceSide)
            boxes.append(
                Box(role: .drawing, frame: face, content: .shape(Self.face(happy: index == 1, side: Self.faceSide, context: context))))
            let textX = columnX + Self.faceSide + 6
            let textWidth = half - Self.faceSide - 6
            let anchorHeight = context.height(meaning, context.bodyStyle, width: textWidth)
            boxes.append(
                Box(
                    role: .body, frame: Rect(x: textX, y: anchorsY, width: textWidth, height: anchorHeight),
                    content: .text(meaning, context.bodyStyle)))
            bottom = max(bottom, anchorsY + max(anchorHeight, Self.faceSide))
        }
        return (boxes, bottom)
    }

    /// A mark placed above the ruler, in points from the ruler's line (y grows downwards, so tops are negative).
    private struct Placed {
        var mark: Mark
        var markFrame: Rect
        var labelFrame: Rect
        /// The whole mark and name, with room around it.
        var extent: Rect
        var top: Double { extent.minY }
    }

    /// Each mark at its score's x and the lowest height where it and its name touch nothing placed before.
    /// The child's mark goes first, nearest the ruler; then everyone by score.
    private func stacked(width: Double, x: (Int) -> Double, label: TextStyle, context: LayoutContext) -> [Placed] {
        let order = marks.enumerated().sorted { a, b in
            (a.element.isChild ? 0 : 1, a.element.score, a.offset) < (b.element.isChild ? 0 : 1, b.element.score, b.offset)
        }
        var placed: [Placed] = []
        for (_, mark) in order {
            let radius = mark.isChild ? Self.starRadius : Self.markRadius
            var style = label
            style.bold = mark.isChild
            let maxWidth = max(40, width / 2 - 2 * radius)
            let size = context.measure(mark.name, style, width: maxWidth)
            let labelWidth = min(maxWidth, size.width + 2)
            let height = max(2 * radius, size.height)
            let centre = x(mark.score)
            func at(_ top: Double, after: Bool, mustFit: Bool = true) -> Placed? {
                let labelX = after ? centre + radius + 4 : centre - radius - 4 - labelWidth
                guard !mustFit || (labelX >= 0 && labelX + labelWidth <= width) else { return nil }
                let markFrame = Rect(x: centre - radius, y: top + (height - 2 * radius) / 2, width: 2 * radius, height: 2 * radius)
                let labelFrame = Rect(x: labelX, y: top + (height - size.height) / 2, width: labelWidth, height: size.height)
                let left = min(markFrame.minX, labelFrame.minX)
                let right = max(markFrame.maxX, labelFrame.maxX)
                return Placed(
                    mark: mark, markFrame: markFrame, labelFrame: labelFrame,
                    extent: Rect(x: left - 3, y: top - 3, width: right - left + 6, height: height + 6))
            }
            // Candidate heights: just above the ruler, or just above any mark already placed;
            // at each, the name after the mark, else before it.
            let candidates = ([-height - 3] + placed.map { $0.extent.minY - height - 3 }).sorted(by: >)
            let free = candidates.lazy.compactMap { top in
                [true, false].lazy.compactMap { at(top, after: $0) }.first { spot in !placed.contains { $0.extent.intersects(spot.extent) }
                }
            }.first
            // Above everything else, the name on the side with more room (which always holds it: it wraps at half the width).
            let highest = (placed.map(\.extent.minY).min() ?? 0) - height - 3
            guard let spot = free ?? at(highest, after: centre < width / 2, mustFit: false) else { continue }
            placed.append(spot)
        }
        return placed
    }

    private func corners(of size: Size) -> [Point] {
        [Point(x: 0, y: 0), Point(x: size.width, y: 0), Point(x: size.width, y: size.height), Point(x: 0, y: size.height)]
    }

    /// A dot for a grown-up; a star in another colour for the child.
    private func markShape(_ mark: Mark, context: LayoutContext) -> Shape {
        guard mark.isChild else {
            let r = Self.markRadius
            return Shape(
                elements: [.circle(centre: Point(x: r, y: r), radius: r - 1)], fill: context.colours.marker, stroke: context.colours.line,
                lineWidth: 1.5)
        }
        return .star(radius: Self.starRadius, fill: context.colours.houseGoodThings, stroke: context.colours.line)
    }

    /// A simple face: worried (mouth turned down) for 0, happy for 10.
    static func face(happy: Bool, side: Double, context: LayoutContext) -> Shape {
        let r = side / 2
        let eye = side * 0.06
        let mouthY = happy ? r + side * 0.12 : r + side * 0.24
        let bend = happy ? side * 0.16 : -side * 0.12
        let mouthLeft = Point(x: r - side * 0.2, y: mouthY)
        let mouthRight = Point(x: r + side * 0.2, y: mouthY)
        return Shape(
            elements: [
                .circle(centre: Point(x: r, y: r), radius: r - 1.5),
                .circle(centre: Point(x: r - side * 0.16, y: r - side * 0.1), radius: eye),
                .circle(centre: Point(x: r + side * 0.16, y: r - side * 0.1), radius: eye),
                .move(mouthLeft),
                .curve(
                    control1: Point(x: mouthLeft.x + side * 0.1, y: mouthY + bend),
                    control2: Point(x: mouthRight.x - side * 0.1, y: mouthY + bend),
                    to: mouthRight),
            ], fill: nil, stroke: context.colours.line, lineWidth: 2)
    }
}
