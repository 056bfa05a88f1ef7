/// Lays out a picture library as a catalogue: a grid of pictures, each with its name.
public struct PictureCatalogue {
    public struct Item: Hashable, Sendable {
        public var name: String
        public var path: String

        public init(name: String, path: String) {
            self.name = name
            self.path = path
        }
    }

    public let items: [Item]
    public let title: String

    public init(title: String, items: [Item]) {
        self.title = title
        self.items = items
    }

    /// A4 pages of `columns` pictures a row, in `fontFamily`.
    public func layout(measurer: any TextMeasurer, fontFamily: String = "Andika", columns: Int = 4) -> Booklet {
        let page = Size(width: 595.28, height: 841.89)
        let margin = 40.0
        let content = Rect(x: margin, y: margin, width: page.width - 2 * margin, height: page.height - 2 * margin)
        let titleStyle = TextStyle(fontFamily: fontFamily, size: 24, bold: true, colour: Colour(hex: "#1D4E89")!, lineSpacing: 1.3)
        let nameStyle = TextStyle(fontFamily: fontFamily, size: 14, colour: Colour(hex: "#1F2933")!, lineSpacing: 1.3, alignment: .centre)
        let cell = content.width / Double(columns)
        let side = cell - 24
        var pages: [[Box]] = []
        var boxes: [Box] = []
        let titleHeight = measurer.measure(title, style: titleStyle, width: content.width, language: "en-GB", direction: .leftToRight)
            .height
        boxes.append(
            Box(
                role: .title, frame: Rect(x: content.minX, y: content.minY, width: content.width, height: titleHeight),
                content: .text(title, titleStyle)))
        var y = content.minY + titleHeight + 16
        /// A name on one line: smaller type for a long name, down to 8 points.
        func style(for name: String) -> TextStyle {
            var style = nameStyle
            while style.size > 8,
                measurer.measure(name, style: style, width: 10_000, language: "en-GB", direction: .leftToRight).width > cell - 4
            {
                style.size -= 1
            }
            return style
        }
        for row in stride(from: 0, to: items.count, by: columns) {
            let rowItems = Array(items[row..<min(row + columns, items.count)])
            let nameStyles = rowItems.map { style(for: $0.name) }
            let nameHeights = zip(rowItems, nameStyles).map {
                measurer.measure($0.name, style: $1, width: cell, language: "en-GB", direction: .leftToRight).height
            }
            let rowHeight = side + 6 + (nameHeights.max() ?? 0)
            if y + rowHeight > content.maxY {
                pages.append(boxes)
                boxes = []
                y = content.minY
            }
            for (column, item) in rowItems.enumerated() {
                let x = content.minX + Double(column) * cell
                boxes.append(
                    Box(role: .picture, frame: Rect(x: x + 12, y: y, width: side, height: side), content: .picture(path: item.path)))
                boxes.append(
                    Box(
                        role: .caption, frame: Rect(x: x, y: y + side + 6, width: cell, height: nameHeights[column]),
                        content: .text(item.name, nameStyles[column])))
            }
            y += rowHeight + 14
        }
        pages.append(boxes)
        return Booklet(
            metadata: DocumentMetadata(title: title, subject: "The pictures a plan can name", date: BookletLayoutEngine.fallbackDate),
            language: "en-GB", direction: .leftToRight,
            pages: pages.map { Page(size: page, contentArea: content, background: .white, boxes: $0) },
            outline: [OutlineEntry(title: title, pageIndex: 0)]
        )
    }
}
