import Foundation

/// The safety network drawn as a ring of people around the child, each a
/// picture with their name beneath, joined to the child by a line.
struct NetworkFigure: Hashable {
    var child: PersonMark
    var people: [PersonMark]

    /// The figure's boxes with its top at y = 0, or nil when the people cannot
    /// stand in a ring within `maxHeight` without overlapping (then they are listed instead).
    func boxes(width: Double, maxHeight: Double, context: LayoutContext) -> (boxes: [Box], height: Double)? {
        guard !people.isEmpty else { return nil }
        let label = context.labelStyle
        let count = Double(people.count)
        let centreSide = min(width * 0.24, 84)
        let pictureSide = min(context.template.pictureSize, 48)
        // A label is as wide as a neighbour's distance allows, between a picture's width and a third of the figure.
        let labelWidth = max(pictureSide + 16, min(width / 3.5, width * .pi / max(count, 3) * 0.5))
        let personWidth = max(pictureSide, labelWidth)
        func personHeight(_ mark: PersonMark) -> Double {
            pictureSide + 4 + context.height(mark.name, label, width: labelWidth)
        }
        let tallest = people.map(personHeight).max() ?? pictureSide
        let childHeight = centreSide + 4 + context.height(child.name, label, width: max(centreSide, labelWidth))
        let radiusX = (width - personWidth) / 2

        // Make the ring taller until no two people, nor a person and the child, overlap.
        var radiusY = max(radiusX * 0.8, (childHeight + tallest) / 2 + 8)
        while true {
            let height = 2 * radiusY + tallest
            if height > maxHeight { return nil }
            let centre = Point(x: width / 2, y: radiusY + tallest / 2)
            var frames: [Rect] = []
            for (index, mark) in people.enumerated() {
                let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / count
                let x = centre.x + radiusX * cos(angle) - personWidth / 2
                let y = centre.y + radiusY * sin(angle) - tallest / 2
                frames.append(Rect(x: x, y: y, width: personWidth, height: personHeight(mark)))
            }
            let childWidth = max(centreSide, labelWidth)
            let childFrame = Rect(x: centre.x - childWidth / 2, y: centre.y - childHeight / 2, width: childWidth, height: childHeight)
            let clash = frames.enumerated().contains { i, a in
                a.intersects(childFrame) || frames.dropFirst(i + 1).contains { a.intersects($0) }
            }
            if !clash {
                return (
                    layOut(
                        frames: frames, childFrame: childFrame, centreSide: centreSide, pictureSide: pictureSide, labelWidth: labelWidth,
                        context: context), height
                )
            }
            radiusY += 12
        }
    }

    private func layOut(
        frames: [Rect], childFrame: Rect, centreSide: Double, pictureSide: Double, labelWidth: Double, context: LayoutContext
    ) -> [Box] {
        let label = context.labelStyle
        let centre = Point(x: childFrame.x + childFrame.width / 2, y: childFrame.y + centreSide / 2)
        // Lines from the edge of the child's picture to the edge of each person's picture and name.
        var lines: [Shape.Element] = []
        for frame in frames {
            let target = Point(x: frame.x + frame.width / 2, y: frame.y + pictureSide / 2)
            let dx = target.x - centre.x
            let dy = target.y - centre.y
            let length = max(1, (dx * dx + dy * dy).squareRoot())
            let radius = centreSide / 2 + 6
            let start = Point(x: centre.x + dx * radius / length, y: centre.y + dy * radius / length)
            guard let end = Self.exit(from: target, towards: start, leaving: frame.grown(by: 4)) else { continue }
            lines += [.move(start), .line(end)]
        }
        let extent = frames.reduce(childFrame) { union($0, $1) }
        var boxes = [
            Box(
                role: .drawing, frame: Rect(x: 0, y: 0, width: extent.maxX, height: extent.maxY),
                content: .shape(Shape(elements: lines, stroke: context.colours.line, lineWidth: 2)))
        ]
        func person(_ mark: PersonMark, in frame: Rect, side: Double) {
            let pictureFrame = Rect(x: frame.x + (frame.width - side) / 2, y: frame.y, width: side, height: side)
            let nameHeight = context.height(mark.name, label, width: frame.width)
            boxes += mark.tagging(
                context.pictureBoxes(mark.picture, in: pictureFrame) + [
                    Box(
                        role: .caption, frame: Rect(x: frame.x, y: frame.y + side + 4, width: frame.width, height: nameHeight),
                        content: .text(mark.name, label))
                ])
        }
        person(child, in: childFrame, side: centreSide)
        for (mark, frame) in zip(people, frames) { person(mark, in: frame, side: pictureSide) }
        return boxes
    }

    /// Where the segment from `inside` to `outside` leaves `rect`; nil when `outside` is inside it too.
    static func exit(from inside: Point, towards outside: Point, leaving rect: Rect) -> Point? {
        let dx = outside.x - inside.x
        let dy = outside.y - inside.y
        var t = 1.0
        if dx > 0 { t = min(t, (rect.maxX - inside.x) / dx) }
        if dx < 0 { t = min(t, (rect.minX - inside.x) / dx) }
        if dy > 0 { t = min(t, (rect.maxY - inside.y) / dy) }
        if dy < 0 { t = min(t, (rect.minY - inside.y) / dy) }
        guard t > 0, t < 1 else { return nil }
        return Point(x: inside.x + dx * t, y: inside.y + dy * t)
    }

    private func union(_ a: Rect, _ b: Rect) -> Rect {
        let x = min(a.minX, b.minX)
        let y = min(a.minY, b.minY)
        return Rect(x: x, y: y, width: max(a.maxX, b.maxX) - x, height: max(a.maxY, b.maxY) - y)
    }
}

extension Rect {
    /// The rectangle with `amount` more room on every side.
    func grown(by amount: Double) -> Rect {
        Rect(x: x - amount, y: y - amount, width: width + 2 * amount, height: height + 2 * amount)
    }
}
