import Foundation

/// The safety network drawn as the child with a line out to each person who
/// helps: the child's picture and name on the start side, and down the end
/// side each person once, with their picture, their name and what they do.
/// The lines run only through the space between the two, so none crosses a
/// name; a network taller than a page is drawn in pieces, the child again in each.
struct NetworkFigure: Hashable {
    /// A person of the network: their picture and name, what else the plan says of them, and their item number.
    struct Member: Hashable {
        var mark: PersonMark
        var detail: String?
        /// The number every box of this person shares in the page-box dump; 0 until the booklet numbers its items.
        var item = 0
    }

    var child: PersonMark
    var people: [Member]
    /// The heading over the drawing: the section's, or "… (continued)" over a piece that runs on.
    var heading: String

    /// The network in pieces that each fit a page under their heading, the child in every one:
    /// as few pieces as will do, with the people shared out evenly between them.
    func pieces(width: Double, maxHeight: Double, context: LayoutContext) -> [NetworkFigure] {
        if boxes(width: width, maxHeight: maxHeight, context: context) != nil { return [self] }
        let continued = context.continued(heading)
        func piece(_ members: ArraySlice<Member>, first: Bool) -> NetworkFigure {
            NetworkFigure(child: child, people: Array(members), heading: first ? heading : continued)
        }
        func fits(_ members: ArraySlice<Member>, first: Bool) -> Bool {
            members.count == 1 || piece(members, first: first).boxes(width: width, maxHeight: maxHeight, context: context) != nil
        }
        // As many as fit in each, to learn how many pieces it takes.
        var greedy: [ArraySlice<Member>] = []
        var rest = people[...]
        while !rest.isEmpty {
            var count = rest.count
            while !fits(rest.prefix(count), first: greedy.isEmpty) { count -= 1 }
            greedy.append(rest.prefix(count))
            rest = rest.dropFirst(count)
        }
        // The same number of pieces with the people shared out evenly, when each still fits.
        let size = (people.count + greedy.count - 1) / greedy.count
        let even = stride(from: 0, to: people.count, by: size).map { people[$0..<min($0 + size, people.count)] }
        let chosen = even.count == greedy.count && even.enumerated().allSatisfy { fits($1, first: $0 == 0) } ? even : greedy
        return chosen.enumerated().map { piece($1, first: $0 == 0) }
    }

    static let rowGap = 6.0
    static let lineRoom = 40.0

    /// The figure's boxes with its top at y = 0, or nil when the people do not fit
    /// `maxHeight` under `heading` (then they are drawn in pieces).
    func boxes(width: Double, maxHeight: Double, context: LayoutContext) -> (boxes: [Box], height: Double)? {
        guard !people.isEmpty else { return nil }
        let room = maxHeight - context.height(heading, context.headingStyle(level: 2), width: width) - context.template.gap
        let label = context.labelStyle
        let childSide = min(80, width * 0.22)
        let childNameHeight = context.height(child.name, label, width: childSide)
        let childHeight = childSide + 4 + childNameHeight
        let peopleX = childSide + Self.lineRoom
        let side = min(context.template.pictureSize, 44)
        let textX = peopleX + side + 8
        let textWidth = width - textX

        // Each person's row: picture, then the name in bold and what the plan says of them.
        var rows: [(member: Member, top: Double, boxes: [Box])] = []
        var y = 0.0
        for member in people {
            var boxes = context.pictureBoxes(member.mark.picture, in: Rect(x: peopleX, y: y, width: side, height: side))
            let nameHeight = context.height(member.mark.name, context.strongStyle, width: textWidth)
            boxes.append(
                Box(
                    role: .caption, frame: Rect(x: textX, y: y, width: textWidth, height: nameHeight),
                    content: .text(member.mark.name, context.strongStyle)))
            var height = nameHeight
            if let detail = member.detail {
                let detailHeight = context.height(detail, context.bodyStyle, width: textWidth)
                boxes.append(
                    Box(
                        role: .body, frame: Rect(x: textX, y: y + nameHeight, width: textWidth, height: detailHeight),
                        content: .text(detail, context.bodyStyle)))
                height += detailHeight
            }
            rows.append((member, y, boxes))
            y += max(side, height) + Self.rowGap
        }
        let rowsHeight = y - Self.rowGap
        let height = max(rowsHeight, childHeight)
        if height > room, people.count > 1 { return nil }

        // The child in the middle of the start side, their name under their picture.
        let childTop = (height - childHeight) / 2
        var boxes = child.tagging(
            context.pictureBoxes(child.picture, in: Rect(x: 0, y: childTop, width: childSide, height: childSide)) + [
                Box(
                    role: .caption, frame: Rect(x: 0, y: childTop + childSide + 4, width: childSide, height: childNameHeight),
                    content: .text(child.name, label))
            ])
        // A line from the child's picture to each person's, in the space between them.
        let start = Point(x: childSide + 4, y: childTop + childSide / 2)
        for row in rows {
            let end = Point(x: peopleX - 4, y: row.top + side / 2)
            let frame = Rect(x: start.x, y: min(start.y, end.y), width: end.x - start.x, height: abs(end.y - start.y))
            let line = Shape(
                elements: [
                    .move(Point(x: start.x - frame.x, y: start.y - frame.y)), .line(Point(x: end.x - frame.x, y: end.y - frame.y)),
                ], stroke: context.colours.line, lineWidth: 2)
            var tag = BoxTag(person: row.member.mark.name)
            tag.item = row.member.item > 0 ? row.member.item : nil
            let person = [Box(role: .drawing, frame: frame, content: .shape(line))] + row.boxes
            boxes += person.map { box in
                var box = box
                box.tag = box.tag.inside(tag)
                return box
            }
        }
        return (boxes, height)
    }
}
