import BookletLayout
internal import CPangoCairo

/// Owns a PangoContext over a font map, set up so that sizes are points and
/// line breaks do not depend on the surface the text is drawn on.
final class TextContext {
    let raw: OpaquePointer
    /// The fonts the context shapes with.
    let fontMap: FontMap

    init(fontMap: FontMap) throws {
        guard let context = pango_font_map_create_context(fontMap.raw) else {
            throw RenderError.textEngineUnavailable("Pango could not create a context")
        }
        raw = context
        self.fontMap = fontMap
        // 72 dpi: a Pango size of 12 is 12 points, the unit of layout.
        pango_cairo_context_set_resolution(context, 72)
        // Unhinted metrics and unrounded positions keep advances the same at
        // every scale, so the PDF and the PNG pages break lines alike.
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        pango_context_set_round_glyph_positions(context, 0)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(raw))
    }

    /// Sets the language and base direction used by layouts made next.
    func set(language: String, direction: TextDirection) {
        pango_context_set_language(raw, Self.pangoLanguage(for: language))
        pango_context_set_base_dir(raw, direction.pangoDirection)
    }

    /// Pango's interned language for a BCP 47 tag; "und" (undetermined) for an empty tag.
    static func pangoLanguage(for tag: String) -> OpaquePointer? {
        pango_language_from_string(tag.isEmpty ? "und" : tag)
    }
}

extension TextDirection {
    var pangoDirection: PangoDirection {
        switch self {
        case .leftToRight: PANGO_DIRECTION_LTR
        case .rightToLeft: PANGO_DIRECTION_RTL
        }
    }
}
