import BookletLayout
internal import CPangoCairo

/// Owns a PangoLayout configured for one paragraph.
///
/// The measurer and the painter both build their layouts here, so the line
/// breaks and heights used for layout are exactly those drawn.
final class TextLayout {
    let raw: OpaquePointer

    /// Lays out `text` in `style`, wrapped to `width` points (no wrapping when
    /// `width` is not positive), for a paragraph in `language` running in `direction`.
    init(
        text: String, style: TextStyle, width: Double,
        language: String, direction: TextDirection, fonts: FontLibrary
    ) throws {
        fonts.textContext.set(language: language, direction: direction)
        guard let layout = pango_layout_new(fonts.textContext.raw) else {
            throw RenderError.textEngineUnavailable("Pango could not create a layout")
        }
        raw = layout

        // The context's direction holds for every paragraph, even one that
        // starts with a word from the other direction.
        pango_layout_set_auto_dir(layout, 0)
        switch style.alignment {
        case .centre:
            pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .start:
            pango_layout_set_alignment(layout, direction == .rightToLeft ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT)
        }
        // Break between words, and inside a word too long for the line.
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        if width > 0, width.isFinite {
            pango_layout_set_width(layout, Int32(clamping: Int((width * Self.unitsPerPoint).rounded(.down))))
        }

        if let font = pango_font_description_new() {
            pango_font_description_set_family(font, style.fontFamily)
            pango_font_description_set_size(font, Int32(clamping: Int((style.size * Self.unitsPerPoint).rounded())))
            pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
            pango_layout_set_font_description(layout, font)
            pango_font_description_free(font)
        }

        if let attributes = pango_attr_list_new() {
            if let pangoLanguage = TextContext.pangoLanguage(for: language) {
                pango_attr_list_insert(attributes, pango_attr_language_new(pangoLanguage))
            }
            // Easy-read text is never hyphenated, not even where a long word must break.
            pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(0))
            // Every line `lineSpacing × size` tall, the first one too; Pango
            // gives a line more room only where its font needs more.
            let lineHeight = style.size * style.lineSpacing * Self.unitsPerPoint
            if lineHeight > 0, lineHeight.isFinite {
                pango_attr_list_insert(attributes, pango_attr_line_height_new_absolute(Int32(clamping: Int(lineHeight.rounded()))))
            }
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        }

        let plain = text.contains("\0") ? String(text.unicodeScalars.filter { $0 != "\0" }) : text
        pango_layout_set_text(layout, plain, Int32(clamping: plain.utf8.count))
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(raw))
    }

    /// The room the text takes in points: the width of the widest line, and
    /// the height from the top of the first line (or of any glyph reaching
    /// higher) to the bottom of the last line (or of any glyph reaching lower).
    ///
    /// Glyphs rarely leave their lines, but Nastaliq and stacked marks can;
    /// counting them keeps the ink inside a frame of this size.
    var size: Size {
        let (logical, ink) = extents
        var top = logical.y
        var bottom = logical.y + logical.height
        if ink.width > 0, ink.height > 0 {
            top = min(top, ink.y)
            bottom = max(bottom, ink.y + ink.height)
        }
        return Size(width: Double(logical.width) / Self.unitsPerPoint, height: Double(bottom - top) / Self.unitsPerPoint)
    }

    /// How far, in points, glyphs reach above the first line; the painter
    /// moves the text down this much so that `size` holds all of it.
    var inkAboveFirstLine: Double {
        let (logical, ink) = extents
        guard ink.width > 0, ink.height > 0, ink.y < logical.y else { return 0 }
        return Double(logical.y - ink.y) / Self.unitsPerPoint
    }

    private var extents: (logical: PangoRectangle, ink: PangoRectangle) {
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(raw, &ink, &logical)
        return (logical, ink)
    }

    /// The number of lines after wrapping.
    var lineCount: Int {
        Int(pango_layout_get_line_count(raw))
    }

    /// Pango units in one point (Pango's resolution is 72 dpi).
    static let unitsPerPoint = Double(PANGO_SCALE)
}
