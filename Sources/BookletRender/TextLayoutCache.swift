import BookletLayout

/// The paragraphs laid out for one booklet, kept so that each text is shaped
/// once: the layout engine measures a text (often more than once, while it
/// tries pages) and the painter draws that same `PangoLayout`.
///
/// A layout depends on the text, the style's font, size, weight, line spacing
/// and alignment, the width and the paragraph's language and direction, never
/// on the colour. The renderer empties the cache after each booklet; it is
/// also emptied when it holds `capacity` layouts, so memory stays bounded when
/// texts are measured and never drawn (an audit's report, a server preview).
final class TextLayoutCache {
    private struct Key: Hashable {
        let text: String
        let fontFamily: String
        let size: Double
        let bold: Bool
        let lineSpacing: Double
        let alignment: TextAlignment
        let width: Double
        let language: String
        let direction: TextDirection
    }

    /// The most layouts kept at once.
    static let capacity = 4096
    private var layouts: [Key: TextLayout] = [:]

    /// The layout of `text` as `TextLayout(text:style:width:language:direction:fonts:)` makes it, made once.
    func layout(
        text: String, style: TextStyle, width: Double, language: String, direction: TextDirection, fonts: FontLibrary
    ) throws -> TextLayout {
        let key = Key(
            text: text, fontFamily: style.fontFamily, size: style.size, bold: style.bold, lineSpacing: style.lineSpacing,
            alignment: style.alignment, width: width, language: language, direction: direction)
        if let known = layouts[key] {
            // The layout follows its context: give the context back the language and
            // direction it was made with (Pango lays the text out again only if they changed).
            fonts.textContext.set(language: language, direction: direction)
            return known
        }
        if layouts.count >= Self.capacity { layouts.removeAll(keepingCapacity: true) }
        let layout = try TextLayout(text: text, style: style, width: width, language: language, direction: direction, fonts: fonts)
        layouts[key] = layout
        return layout
    }

    /// Forgets every layout.
    func removeAll() {
        layouts.removeAll(keepingCapacity: true)
    }
}
