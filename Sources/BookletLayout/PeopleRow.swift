/// A row (or rows) of people: each a picture with the name beneath, such as who will do a next
/// step, with that step's "Who: … By: …" words and calendar before them when there is room.
struct PeopleRow: Hashable {
    var marks: [PersonMark]
    /// Words shown before the people, with a small picture beside them.
    var lead: Lead?

    /// Words before the people, such as `Who: Dad\nBy: 18 May 2026` with a calendar.
    struct Lead: Hashable {
        var text: String
        var picture: PictureSpec?
    }

    /// A person's picture as a part of an item picture's side.
    static let share = 0.75

    init(marks: [PersonMark], lead: Lead? = nil) {
        self.marks = marks
        self.lead = lead
    }

    /// The row's boxes in `width`, with pictures sized as for a column `columnWidth` wide.
    func boxes(width: Double, sizedFor columnWidth: Double, context: LayoutContext) -> (boxes: [Box], height: Double) {
        // Big enough to see who it is: three quarters of an item's picture, never under 48 points.
        let itemSide = context.itemPictureSide(width: columnWidth)
        let side = min(width, max(48, Self.share * itemSide))
        let cell = max(side + 16, min(110, width / 4))
        var boxes: [Box] = []
        var left = 0.0
        var top = 0.0
        var leadHeight = 0.0
        if let lead {
            let gap = context.template.gap
            let pictureSide = lead.picture == nil ? 0 : max(24, BookletComposer.calendarScale * itemSide)
            let pictureRoom = lead.picture == nil ? 0 : pictureSide + gap
            let natural = context.measure(lead.text, context.strongStyle, width: 0).width + 2
            // The people stand beside the words when they all fit there in one row; else under them.
            let beside = width - pictureRoom - natural - gap >= cell * Double(marks.count)
            let textWidth = beside ? natural : width - pictureRoom
            let textHeight = context.height(lead.text, context.strongStyle, width: textWidth)
            if let picture = lead.picture {
                boxes += context.pictureBoxes(picture, in: Rect(x: 0, y: 0, width: pictureSide, height: pictureSide))
            }
            boxes.append(
                Box(
                    role: .body, frame: Rect(x: pictureRoom, y: 0, width: textWidth, height: textHeight),
                    content: .text(lead.text, context.strongStyle)))
            boxes = boxes.map { box in
                var box = box
                box.tag.role = .who
                return box
            }
            leadHeight = max(textHeight, pictureSide)
            if beside {
                left = pictureRoom + textWidth + gap
            } else {
                top = leadHeight + gap
            }
        }
        let perRow = max(1, Int((width - left) / cell))
        var y = top
        for row in stride(from: 0, to: marks.count, by: perRow) {
            var rowHeight = 0.0
            for (column, mark) in marks[row..<min(row + perRow, marks.count)].enumerated() {
                let x = left + Double(column) * cell
                let nameHeight = context.height(mark.name, context.labelStyle, width: cell)
                boxes += mark.tagging(
                    context.pictureBoxes(mark.picture, in: Rect(x: x + (cell - side) / 2, y: y, width: side, height: side)) + [
                        Box(
                            role: .caption, frame: Rect(x: x, y: y + side + 4, width: cell, height: nameHeight),
                            content: .text(mark.name, context.labelStyle))
                    ]
                ).map { box in
                    var box = box
                    box.tag.role = .person
                    return box
                }
                rowHeight = max(rowHeight, side + 4 + nameHeight)
            }
            y += rowHeight + 8
        }
        let peopleHeight = marks.isEmpty ? 0 : y - 8
        return (boxes, max(leadHeight, peopleHeight))
    }
}
