/// A speech bubble: a rounded box with a small tail pointing at the speaker.
enum SpeechBubble {
    enum Side { case start, end }

    /// The bubble for a box of `size`. With a tail, the box is `tailLength` wider
    /// on the tail's side and the bubble's body starts after the tail.
    static let tailLength = 14.0

    static func shape(size: Size, tailTowards side: Side?, tailY: Double, fill: Colour, stroke: Colour) -> Shape {
        let radius = min(14, size.height / 2, size.width / 2)
        let k = 0.5523 * radius
        let left = side == .start ? tailLength : 0
        let right = left + size.width
        let (top, bottom) = (0.0, size.height)
        let tailHalf = min(8, (size.height - 2 * radius) / 2)
        let tailCentre = min(max(tailY, radius + tailHalf), bottom - radius - tailHalf)
        var elements: [Shape.Element] = [
            .move(Point(x: left + radius, y: top)),
            .line(Point(x: right - radius, y: top)),
            .curve(
                control1: Point(x: right - radius + k, y: top), control2: Point(x: right, y: top + radius - k),
                to: Point(x: right, y: top + radius)),
        ]
        if side == .end, tailHalf > 0 {
            elements += [
                .line(Point(x: right, y: tailCentre - tailHalf)), .line(Point(x: right + tailLength, y: tailCentre)),
                .line(Point(x: right, y: tailCentre + tailHalf)),
            ]
        }
        elements += [
            .line(Point(x: right, y: bottom - radius)),
            .curve(
                control1: Point(x: right, y: bottom - radius + k), control2: Point(x: right - radius + k, y: bottom),
                to: Point(x: right - radius, y: bottom)),
            .line(Point(x: left + radius, y: bottom)),
            .curve(
                control1: Point(x: left + radius - k, y: bottom), control2: Point(x: left, y: bottom - radius + k),
                to: Point(x: left, y: bottom - radius)),
        ]
        if side == .start, tailHalf > 0 {
            elements += [
                .line(Point(x: left, y: tailCentre + tailHalf)), .line(Point(x: 0, y: tailCentre)),
                .line(Point(x: left, y: tailCentre - tailHalf)),
            ]
        }
        elements += [
            .line(Point(x: left, y: top + radius)),
            .curve(
                control1: Point(x: left, y: top + radius - k), control2: Point(x: left + radius - k, y: top),
                to: Point(x: left + radius, y: top)),
            .close,
        ]
        return Shape(elements: elements, fill: fill, stroke: stroke, lineWidth: 2.5)
    }
}
