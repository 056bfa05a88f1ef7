import BookletLayout

/// Measures text with Pango and the fonts of a `FontLibrary`, breaking lines
/// exactly as `BookletPainter` draws them.
///
/// It shares the library's C handles, so use it on the library's task only.
public struct PangoTextMeasurer: TextMeasurer {
    /// The fonts text is measured in.
    public let fonts: FontLibrary

    /// A measurer over `fonts`.
    public init(fonts: FontLibrary) {
        self.fonts = fonts
    }

    /// The width of the widest line and the height of all lines of `text`
    /// wrapped to `width`, in points; a zero size if Pango cannot lay text out at all.
    ///
    /// Lines are `style.size × style.lineSpacing` apart, or more where a font
    /// needs more room; glyphs reaching above the first line or below the last
    /// (as Nastaliq's do) count too. A word longer than `width` is broken.
    /// Text starts at the right edge for `.rightToLeft`.
    public func measure(_ text: String, style: TextStyle, width: Double, language: String, direction: TextDirection) -> Size {
        let layout = try? fonts.layout(text: text, style: style, width: width, language: language, direction: direction)
        return layout?.size ?? Size(width: 0, height: 0)
    }

    /// The number of lines `text` wraps to at `width`.
    public func lineCount(of text: String, style: TextStyle, width: Double, language: String, direction: TextDirection) -> Int {
        let layout = try? fonts.layout(text: text, style: style, width: width, language: language, direction: direction)
        return layout?.lineCount ?? 0
    }
}
