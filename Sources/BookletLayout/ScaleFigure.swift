/// The safety scale drawn as a 0–10 ruler: each person's mark with their name
/// above it, the numbers below, and what 0 and 10 mean in words.
struct ScaleFigure: Hashable {
    var ratings: [(name: String, score: Int)]
    var zeroMeaning: String?
    var tenMeaning: String?

    static func == (lhs: ScaleFigure, rhs: ScaleFigure) -> Bool {
        lhs.ratings.map(\.name) == rhs.ratings.map(\.name) && lhs.ratings.map(\.score) == rhs.ratings.map(\.score)
            && lhs.zeroMeaning == rhs.zeroMeaning && lhs.tenMeaning == rhs.tenMeaning
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(ratings.map(\.name))
        hasher.combine(ratings.map(\.score))
    }

    static let markerRadius = 9.0

    /// The boxes of the figure for a width, with its top at y = 0.
    func boxes(width: Double, context: LayoutContext) -> (boxes: [Box], height: Double) {
        let label = context.labelStyle
        let lineHeight = context.height("0", label, width: 0)
        // Eleven equal cells across the width, a number centred in each.
        let step = width / 11
        let inset = step / 2
        func x(_ score: Int) -> Double { inset + Double(score) * step }

        // Names go in rows above the ruler; a name moves up a row rather than overlap another.
        var rows: [[ClosedRange<Double>]] = []
        var placed: [(name: String, score: Int, row: Int, frame: (x: Double, width: Double, height: Double))] = []
        for rating in ratings.sorted(by: { ($0.score, $0.name) < ($1.score, $1.name) }) {
            let maxWidth = width / 2
            let size = context.measure(rating.name, label, width: maxWidth)
            let labelWidth = min(maxWidth, size.width + 8)
            let centre = x(rating.score)
            let left = min(max(0, centre - labelWidth / 2), width - labelWidth)
            let span = left...(left + labelWidth)
            var row = 0
            while row < rows.count, rows[row].contains(where: { $0.overlaps(span) }) { row += 1 }
            if row == rows.count { rows.append([]) }
            rows[row].append(span)
            placed.append((rating.name, rating.score, row, (left, labelWidth, size.height)))
        }
        let rowHeight = max(lineHeight, placed.map(\.frame.height).max() ?? 0) + 4
        let labelsHeight = Double(rows.count) * rowHeight
        let rulerY = labelsHeight + 12 + Self.markerRadius

        var boxes: [Box] = []
        // The ruler and its ticks.
        var ruler: [Shape.Element] = [.move(Point(x: x(0), y: rulerY)), .line(Point(x: x(10), y: rulerY))]
        for score in 0...10 {
            let tick = score % 5 == 0 ? 9.0 : 5.0
            ruler += [.move(Point(x: x(score), y: rulerY - tick)), .line(Point(x: x(score), y: rulerY + tick))]
        }
        boxes.append(
            Box(
                role: .drawing, frame: Rect(x: 0, y: 0, width: width, height: rulerY + 10),
                content: .shape(Shape(elements: ruler, stroke: context.colours.line, lineWidth: 3))))
        // Each person's mark, with a line up to their name.
        for mark in placed {
            let centre = x(mark.score)
            let labelTop = labelsHeight - Double(mark.row + 1) * rowHeight
            let stem: [Shape.Element] = [
                .move(Point(x: centre, y: labelTop + mark.frame.height + 1)), .line(Point(x: centre, y: rulerY - Self.markerRadius)),
            ]
            let person = BoxTag(person: mark.name)
            boxes.append(
                Box(
                    role: .drawing, frame: Rect(x: 0, y: 0, width: width, height: rulerY + Self.markerRadius),
                    content: .shape(Shape(elements: stem, stroke: context.colours.marker, lineWidth: 1.5)), tag: person))
            let dot: [Shape.Element] = [.circle(centre: Point(x: centre, y: rulerY), radius: Self.markerRadius)]
            boxes.append(
                Box(
                    role: .drawing, frame: Rect(x: 0, y: 0, width: width, height: rulerY + Self.markerRadius),
                    content: .shape(Shape(elements: dot, fill: context.colours.marker, stroke: context.colours.line, lineWidth: 1.5)),
                    tag: person))
            boxes.append(
                Box(
                    role: .caption, frame: Rect(x: mark.frame.x, y: labelTop, width: mark.frame.width, height: mark.frame.height),
                    content: .text(mark.name, label), tag: person))
        }
        // The numbers under the ruler.
        let numbersY = rulerY + 12
        for score in 0...10 {
            boxes.append(
                Box(
                    role: .caption, frame: Rect(x: x(score) - step / 2, y: numbersY, width: step, height: lineHeight),
                    content: .text(String(score), label)))
        }
        // What 0 and 10 mean, side by side.
        var bottom = numbersY + lineHeight
        let anchorsY = bottom + 8
        let half = (width - context.template.gap) / 2
        for (index, meaning) in [zeroMeaning, tenMeaning].enumerated() {
            guard let meaning else { continue }
            let anchorHeight = context.height(meaning, context.bodyStyle, width: half)
            let anchorX = index == 0 ? 0 : half + context.template.gap
            boxes.append(
                Box(
                    role: .body, frame: Rect(x: anchorX, y: anchorsY, width: half, height: anchorHeight),
                    content: .text(meaning, context.bodyStyle)))
            bottom = max(bottom, anchorsY + anchorHeight)
        }
        return (boxes, bottom)
    }
}
