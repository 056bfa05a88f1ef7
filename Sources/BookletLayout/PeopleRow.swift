/// A row (or rows) of people: each a picture with the name beneath, such as who will do a next step.
struct PeopleRow {
    var marks: [PersonMark]

    func boxes(width: Double, context: LayoutContext) -> (boxes: [Box], height: Double) {
        let side = min(context.template.pictureSize * 0.75, 48)
        let cell = max(side + 24, min(120, width / 4))
        let perRow = max(1, Int(width / cell))
        var boxes: [Box] = []
        var y = 0.0
        for row in stride(from: 0, to: marks.count, by: perRow) {
            var rowHeight = 0.0
            for (column, mark) in marks[row..<min(row + perRow, marks.count)].enumerated() {
                let x = Double(column) * cell
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
        return (boxes, max(0, y - 8))
    }
}
