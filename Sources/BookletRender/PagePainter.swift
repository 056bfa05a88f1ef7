import BookletLayout

/// Draws pages of boxes onto a cairo context. The PDF and the PNG output
/// share it, so they show the same thing.
struct PagePainter {
    let fonts: FontLibrary
    let pictures: PictureCache
    /// The booklet's language (BCP 47) and direction, used for every text box.
    let language: String
    let direction: TextDirection

    /// Paints `page`'s background, then its boxes in order, each inside its
    /// structure element (panels stay untagged).
    func paint(_ page: Page, on context: CairoContext) throws {
        // A fill, not a paint: see `CairoContext.paint(_:)`.
        context.fill(Rect(x: 0, y: 0, width: page.size.width, height: page.size.height), colour: page.background)
        try context.checkStatus()
        for box in page.boxes {
            if let tag = StructureTag(role: box.role) {
                context.beginTag(tag)
                defer { context.endTag(tag) }
                try paint(box, on: context)
            } else {
                try paint(box, on: context)
            }
            try context.checkStatus()
        }
    }

    private func paint(_ box: Box, on context: CairoContext) throws {
        switch box.content {
        case .panel(let fill, let cornerRadius):
            context.fill(box.frame, colour: fill, cornerRadius: cornerRadius)
        case .text(let text, let style):
            // The layout the measurer made for this text, if it measured it at this width.
            let layout = try fonts.layout(text: text, style: style, width: box.frame.width, language: language, direction: direction)
            context.show(layout, at: Point(x: box.frame.x, y: box.frame.y + layout.inkAboveFirstLine), colour: style.colour)
        case .picture(let path):
            try pictures.picture(at: path).draw(in: box.frame, on: context)
        case .shape(let shape):
            context.draw(shape, at: Point(x: box.frame.x, y: box.frame.y))
        }
    }
}
