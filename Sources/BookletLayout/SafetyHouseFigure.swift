import Foundation

/// The Safety house drawn as a house: the rules on its roof, the people inside
/// its walls with what each does, the front door, the path from the gate to
/// the door with the child's star on it, the fence, and beyond the fence the
/// people who may not come in (or only as the words say).
///
/// A house too tall for a page is drawn in pieces, top to bottom, each placed on
/// its own: `pieces(pageHeight:)` cuts it between people, never inside one.
struct SafetyHouseFigure: Hashable {
    /// Someone in or outside the house: their picture and name, and what they do.
    struct Resident: Hashable {
        var mark: PersonMark
        var does: String?
    }

    /// Where the child put themselves on the path: 0 at the gate, 10 at the door.
    struct Place: Hashable {
        var child: String
        var score: Int
        var words: String?
    }

    /// The section's heading, which stands over the house (and again over each piece of it that runs on).
    var heading: String
    var rules: [String]
    var inside: [Resident]
    var place: Place?
    var outside: [Resident]
    /// Which parts this piece draws: the roof and the top of the walls, the
    /// bottom of the walls with the door, the garden with the path and the fence.
    var hasRoof = true
    var hasDoor = true
    var hasGarden = true
    /// Whether the walls are drawn at all (a piece with only people outside has none).
    var hasWalls = true
    /// Whether the fence is drawn after the garden (not when the people beyond it go on in a piece of their own).
    var hasFence = true

    init(heading: String, rules: [String], inside: [Resident], place: Place?, outside: [Resident]) {
        self.heading = heading
        self.rules = rules
        self.inside = inside
        self.place = place
        self.outside = outside
    }

    static let padding = 12.0
    static let eaves = 14.0
    static let doorSize = Size(width: 42, height: 58)
    static let pathLength = 70.0
    static let fenceHeight = 26.0
    static let gateWidth = 70.0
    static let starRadius = 15.0

    // MARK: Splitting

    /// This house as pieces that each fit a page of `pageHeight`: the whole
    /// house under its section's heading, or pieces under the heading again "… (continued)".
    func pieces(pageHeight: Double, width: Double, context: LayoutContext) -> [SafetyHouseFigure] {
        let style = context.headingStyle(level: 2)
        let gap = context.template.gap
        if boxes(width: width, context: context).height <= pageHeight - context.height(heading, style, width: width) - gap {
            return [self]
        }
        return parts(
            toFit: pageHeight - context.height(context.continued(heading), style, width: width) - gap, width: width, context: context)
    }

    /// This house as pieces that each fit `height`: the whole when it fits; else
    /// the people outside go on beyond a fence of their own, then the house
    /// is cut between the people inside (as many as fit in the top piece, the
    /// door and the garden staying with the last), then the roof stands alone.
    func parts(toFit height: Double, width: Double, context: LayoutContext) -> [SafetyHouseFigure] {
        func fits(_ piece: SafetyHouseFigure) -> Bool { piece.boxes(width: width, context: context).height <= height }
        if fits(self) { return [self] }
        func rest(_ piece: SafetyHouseFigure) -> [SafetyHouseFigure] { piece.parts(toFit: height, width: width, context: context) }
        if hasWalls, hasGarden, !outside.isEmpty {
            var house = self
            (house.outside, house.hasFence) = ([], false)
            var beyond = self
            (beyond.hasWalls, beyond.hasRoof, beyond.rules, beyond.inside, beyond.place) = (false, false, [], [], nil)
            return rest(house) + rest(beyond)
        }
        if hasWalls, !inside.isEmpty {
            // The top piece: the roof and the first people, open at the bottom.
            func top(_ count: Int) -> SafetyHouseFigure {
                var piece = self
                piece.inside = Array(inside.prefix(count))
                (piece.hasDoor, piece.hasGarden, piece.place, piece.outside) = (false, false, nil, [])
                return piece
            }
            // Someone stays with the door, so the last piece is not an empty room.
            let most = hasDoor ? inside.count - 1 : inside.count
            if most >= 1, let count = (1...most).reversed().first(where: { fits(top($0)) }) {
                var bottom = self
                bottom.inside = Array(inside.dropFirst(count))
                (bottom.hasRoof, bottom.rules) = (false, [])
                return [top(count)] + rest(bottom)
            }
            if hasRoof {
                var roof = top(0)
                roof.hasWalls = false
                var walls = self
                (walls.hasRoof, walls.rules) = (false, [])
                return [roof] + rest(walls)
            }
        }
        if hasWalls, hasGarden {
            var house = self
            (house.hasGarden, house.place) = (false, nil)
            var garden = self
            (garden.hasWalls, garden.hasRoof, garden.rules, garden.inside) = (false, false, [], [])
            return rest(house) + rest(garden)
        }
        if !hasWalls, outside.count > 1 {
            func near(_ count: Int) -> SafetyHouseFigure {
                var piece = self
                piece.outside = Array(outside.prefix(count))
                return piece
            }
            let count = (1..<outside.count).reversed().first { fits(near($0)) } ?? 1
            var far = self
            (far.outside, far.place) = (Array(outside.dropFirst(count)), nil)
            return [near(count)] + rest(far)
        }
        // One person or one list of rules taller than a page: placed as it is, and the layout checks report it.
        return [self]
    }

    // MARK: Drawing

    /// The figure's boxes for a width, with its top at y = 0.
    func boxes(width: Double, context: LayoutContext) -> (boxes: [Box], height: Double) {
        var boxes: [Box] = []
        var y = 0.0
        let line = context.colours.line
        let wallLeft = Self.eaves
        let wallRight = width - Self.eaves
        // The door stands at the bottom of the walls, at the end side, so the people can use the rest.
        let doorX = wallRight - Self.padding - Self.doorSize.width
        let doorCentre = doorX + Self.doorSize.width / 2

        // The roof: a wide roof with the rules written across it.
        if hasRoof {
            let ruleWidth = width * 0.76
            let text = rules.map { "• " + $0 }.joined(separator: "\n")
            let textHeight = rules.isEmpty ? 0 : context.height(text, context.bodyStyle, width: ruleWidth)
            let roofHeight = max(54, textHeight + 20)
            let top = rules.isEmpty ? width * 0.3 : ruleWidth + Self.padding
            let slope = (width - top) / 2
            let points = [
                Point(x: 0, y: roofHeight), Point(x: slope, y: 0), Point(x: width - slope, y: 0), Point(x: width, y: roofHeight),
            ]
            boxes.append(
                Box(
                    role: .drawing, frame: Rect(x: 0, y: y, width: width, height: roofHeight),
                    content: .shape(.polygon(points, fill: context.colours.houseWorries, stroke: line, lineWidth: 3))))
            if !rules.isEmpty {
                boxes.append(
                    Box(
                        role: .body,
                        frame: Rect(x: (width - ruleWidth) / 2, y: y + (roofHeight - textHeight) / 2, width: ruleWidth, height: textHeight),
                        content: .text(text, context.bodyStyle)))
            }
            y += roofHeight
        }

        // The walls with the people inside, and the door.
        if hasWalls {
            let wallsTop = y
            var rowY = y + Self.padding
            let rowWidth = (hasDoor ? doorX - Self.padding : wallRight - Self.padding) - (wallLeft + Self.padding)
            for resident in inside {
                let (rowBoxes, height) = row(resident, x: wallLeft + Self.padding, width: rowWidth, context: context)
                boxes += rowBoxes.map { $0.moved(dy: rowY) }
                rowY += height + 8
            }
            var wallsBottom = max(rowY - 8 + Self.padding, wallsTop + (inside.isEmpty ? 40 : 0))
            if hasDoor { wallsBottom = max(wallsBottom, wallsTop + Self.padding + Self.doorSize.height) }
            if !hasRoof, inside.isEmpty, !hasDoor { wallsBottom = wallsTop }
            // The walls: both sides always, the top only under a roof, the bottom only with the door.
            var walls: [Shape.Element] = [
                .move(Point(x: wallLeft, y: 0)), .line(Point(x: wallLeft, y: wallsBottom - wallsTop)),
                .move(Point(x: wallRight, y: 0)), .line(Point(x: wallRight, y: wallsBottom - wallsTop)),
            ]
            if hasDoor {
                walls += [
                    .move(Point(x: wallLeft, y: wallsBottom - wallsTop)), .line(Point(x: wallRight, y: wallsBottom - wallsTop)),
                ]
            }
            boxes.insert(
                Box(
                    role: .drawing, frame: Rect(x: 0, y: wallsTop, width: width, height: wallsBottom - wallsTop),
                    content: .shape(
                        .polygon(
                            [
                                Point(x: wallLeft, y: 0), Point(x: wallRight, y: 0), Point(x: wallRight, y: wallsBottom - wallsTop),
                                Point(x: wallLeft, y: wallsBottom - wallsTop),
                            ], fill: context.colours.houseGoodThings, stroke: nil, lineWidth: 0))),
                at: boxes.firstIndex { $0.frame.minY >= wallsTop } ?? boxes.count)
            boxes.append(
                Box(
                    role: .drawing, frame: Rect(x: 0, y: wallsTop, width: width, height: wallsBottom - wallsTop),
                    content: .shape(Shape(elements: walls, stroke: line, lineWidth: 3))))
            if hasDoor {
                let door = Rect(x: doorX, y: wallsBottom - Self.doorSize.height, width: Self.doorSize.width, height: Self.doorSize.height)
                let (w, h, r) = (door.width, door.height, 12.0)
                let shape = Shape(
                    elements: [
                        .move(Point(x: 0, y: h)), .line(Point(x: 0, y: r)),
                        .curve(control1: Point(x: 0, y: r * 0.45), control2: Point(x: r * 0.45, y: 0), to: Point(x: r, y: 0)),
                        .line(Point(x: w - r, y: 0)),
                        .curve(control1: Point(x: w - r * 0.45, y: 0), control2: Point(x: w, y: r * 0.45), to: Point(x: w, y: r)),
                        .line(Point(x: w, y: h)), .close,
                        .circle(centre: Point(x: w - 10, y: h / 2 + 4), radius: 3),
                    ], fill: context.colours.marker, stroke: line, lineWidth: 2)
                boxes.append(Box(role: .drawing, frame: door, content: .shape(shape)))
            }
            y = wallsBottom
        }

        // The garden: the path from the gate up to the door, the child's star on it, and the fence.
        if hasGarden {
            if place != nil || hasWalls {
                let gardenTop = y
                let gateY = gardenTop + Self.pathLength
                let path = Shape.polygon(
                    [
                        Point(x: doorCentre - 15, y: 0), Point(x: doorCentre + 15, y: 0),
                        Point(x: doorCentre + Self.gateWidth / 2 - 6, y: Self.pathLength),
                        Point(x: doorCentre - Self.gateWidth / 2 + 6, y: Self.pathLength),
                    ], fill: context.colours.panel, stroke: line, lineWidth: 2)
                boxes.append(
                    Box(role: .drawing, frame: Rect(x: 0, y: gardenTop, width: width, height: Self.pathLength), content: .shape(path)))
                if let place {
                    boxes += star(for: place, top: gardenTop, pathX: doorCentre, context: context)
                }
                y = gateY
            }
            if hasFence {
                boxes.append(fence(top: y, width: width, gateX: doorCentre, context: context))
                y += Self.fenceHeight + Self.padding
            } else {
                y += Self.padding
            }
        }

        // Beyond the fence: the people who stay outside.
        if hasGarden || !hasWalls {
            for resident in outside {
                let (rowBoxes, height) = row(resident, x: 0, width: width, context: context)
                boxes += rowBoxes.map { $0.moved(dy: y) }
                y += height + 8
            }
            if !outside.isEmpty { y -= 8 }
        }
        return (boxes, y)
    }

    /// A person's picture with their name in bold and what they do beneath, from y = 0.
    private func row(_ resident: Resident, x: Double, width: Double, context: LayoutContext) -> (boxes: [Box], height: Double) {
        let side = min(context.template.pictureSize, 44)
        let textX = x + side + 8
        let textWidth = width - side - 8
        let nameHeight = context.height(resident.mark.name, context.strongStyle, width: textWidth)
        var boxes = context.pictureBoxes(resident.mark.picture, in: Rect(x: x, y: 0, width: side, height: side))
        boxes.append(
            Box(
                role: .body, frame: Rect(x: textX, y: 0, width: textWidth, height: nameHeight),
                content: .text(resident.mark.name, context.strongStyle)))
        var height = nameHeight
        if let does = resident.does {
            let doesHeight = context.height(does, context.bodyStyle, width: textWidth)
            boxes.append(
                Box(
                    role: .body, frame: Rect(x: textX, y: nameHeight, width: textWidth, height: doesHeight),
                    content: .text(does, context.bodyStyle)))
            height += doesHeight
        }
        return (resident.mark.tagging(boxes), max(side, height))
    }

    /// The child's star on the path at their place, with their name and words beside it.
    private func star(for place: Place, top: Double, pathX: Double, context: LayoutContext) -> [Box] {
        let r = Self.starRadius
        let score = Double(min(10, max(0, place.score)))
        // 10 is at the door, 0 at the gate.
        let centreY = top + r + (Self.pathLength - 2 * r) * (1 - score / 10)
        let centre = Point(x: pathX, y: centreY)
        let tag = BoxTag(person: place.child)
        var boxes = [
            Box(
                role: .drawing, frame: Rect(x: centre.x - r, y: centre.y - r, width: 2 * r, height: 2 * r),
                content: .shape(.star(radius: r, fill: context.colours.houseGoodThings, stroke: context.colours.line)),
                tag: tag)
        ]
        // The name and the words on the open side of the path, kept inside the garden.
        let room = pathX - Self.gateWidth / 2 - 8
        let text = place.child + (place.words.map { "\n" + $0 } ?? "")
        let size = context.measure(text, context.strongStyle, width: room)
        let textWidth = min(room, size.width + 2)
        let textX = room - textWidth
        let height = size.height
        let textY = min(max(top, centreY - height / 2), top + Self.pathLength - height)
        boxes.append(
            Box(
                role: .body, frame: Rect(x: textX, y: max(top, textY), width: textWidth, height: height),
                content: .text(text, context.strongStyle), tag: tag))
        return boxes
    }

    /// A picket fence across the width with the gate open in the middle.
    private func fence(top: Double, width: Double, gateX: Double, context: LayoutContext) -> Box {
        let h = Self.fenceHeight
        let gateLeft = gateX - Self.gateWidth / 2
        let gateRight = gateX + Self.gateWidth / 2
        var elements: [Shape.Element] = []
        for (from, to) in [(0.0, gateLeft), (gateRight, width)] where to - from > 4 {
            elements += [.move(Point(x: from, y: h * 0.4)), .line(Point(x: to, y: h * 0.4))]
            elements += [.move(Point(x: from, y: h * 0.8)), .line(Point(x: to, y: h * 0.8))]
            var x = from + 4
            while x <= to - 4 {
                elements += [.move(Point(x: x, y: h)), .line(Point(x: x, y: 2))]
                x += 14
            }
        }
        return Box(
            role: .drawing, frame: Rect(x: 0, y: top, width: width, height: h),
            content: .shape(Shape(elements: elements, stroke: context.colours.line, lineWidth: 3)))
    }
}

extension Box {
    /// The box moved down by `dy`.
    func moved(dy: Double) -> Box {
        var copy = self
        copy.frame.y += dy
        return copy
    }
}
