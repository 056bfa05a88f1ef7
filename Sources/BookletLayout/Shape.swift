import Foundation

/// A drawing made of straight lines, curves and circles, with coordinates in
/// points relative to its box's top-left corner. Layout builds houses, speech
/// bubbles and the safety-scale ruler from these; the painter only strokes and fills.
public struct Shape: Hashable, Sendable {
    public enum Element: Hashable, Sendable {
        case move(Point)
        case line(Point)
        /// A cubic Bézier curve to `to`.
        case curve(control1: Point, control2: Point, to: Point)
        /// A full circle, as its own closed sub-path.
        case circle(centre: Point, radius: Double)
        case close
    }

    public var elements: [Element]
    public var fill: Colour?
    public var stroke: Colour?
    public var lineWidth: Double

    public init(elements: [Element], fill: Colour? = nil, stroke: Colour? = nil, lineWidth: Double = 2) {
        self.elements = elements
        self.fill = fill
        self.stroke = stroke
        self.lineWidth = lineWidth
    }

    /// The same shape flipped left to right inside a box of `width`, for right-to-left pages.
    public func mirrored(width: Double) -> Shape {
        func flip(_ point: Point) -> Point { Point(x: width - point.x, y: point.y) }
        var copy = self
        copy.elements = elements.map { element in
            switch element {
            case .move(let point): .move(flip(point))
            case .line(let point): .line(flip(point))
            case .curve(let a, let b, let to): .curve(control1: flip(a), control2: flip(b), to: flip(to))
            case .circle(let centre, let radius): .circle(centre: flip(centre), radius: radius)
            case .close: .close
            }
        }
        return copy
    }

    /// A polygon through `points`, closed.
    public static func polygon(_ points: [Point], fill: Colour?, stroke: Colour?, lineWidth: Double = 2) -> Shape {
        guard let first = points.first else { return Shape(elements: []) }
        return Shape(
            elements: [.move(first)] + points.dropFirst().map { .line($0) } + [.close], fill: fill, stroke: stroke, lineWidth: lineWidth)
    }

    /// A five-pointed star filling a square of side `2 * radius`, its top point up: the child's own mark.
    public static func star(radius: Double, fill: Colour?, stroke: Colour?, lineWidth: Double = 2) -> Shape {
        let points = (0..<10).map { index -> Point in
            let angle = -Double.pi / 2 + Double(index) * Double.pi / 5
            let reach = index % 2 == 0 ? radius - 1 : (radius - 1) * 0.55
            return Point(x: radius + reach * cos(angle), y: radius + reach * sin(angle))
        }
        return polygon(points, fill: fill, stroke: stroke, lineWidth: lineWidth)
    }

    /// A rectangle with rounded corners.
    public static func roundedRectangle(_ rect: Rect, radius: Double, fill: Colour?, stroke: Colour?, lineWidth: Double = 2) -> Shape {
        let r = min(radius, rect.width / 2, rect.height / 2)
        let k = 0.5523 * r
        let (x0, y0, x1, y1) = (rect.minX, rect.minY, rect.maxX, rect.maxY)
        return Shape(
            elements: [
                .move(Point(x: x0 + r, y: y0)),
                .line(Point(x: x1 - r, y: y0)),
                .curve(control1: Point(x: x1 - r + k, y: y0), control2: Point(x: x1, y: y0 + r - k), to: Point(x: x1, y: y0 + r)),
                .line(Point(x: x1, y: y1 - r)),
                .curve(control1: Point(x: x1, y: y1 - r + k), control2: Point(x: x1 - r + k, y: y1), to: Point(x: x1 - r, y: y1)),
                .line(Point(x: x0 + r, y: y1)),
                .curve(control1: Point(x: x0 + r - k, y: y1), control2: Point(x: x0, y: y1 - r + k), to: Point(x: x0, y: y1 - r)),
                .line(Point(x: x0, y: y0 + r)),
                .curve(control1: Point(x: x0, y: y0 + r - k), control2: Point(x: x0 + r - k, y: y0), to: Point(x: x0 + r, y: y0)),
                .close,
            ], fill: fill, stroke: stroke, lineWidth: lineWidth)
    }
}
