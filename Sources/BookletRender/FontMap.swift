internal import CPangoCairo

/// Owns a PangoCairo font map bound to a private fontconfig configuration.
final class FontMap {
    let raw: UnsafeMutablePointer<PangoFontMap>
    /// Kept alive with the map (the map also holds its own reference).
    private let configuration: FontConfiguration

    init(configuration: FontConfiguration) throws {
        guard let map = pango_cairo_font_map_new() else {
            throw RenderError.textEngineUnavailable("Pango has no font map")
        }
        let instance = UnsafeMutableRawPointer(map).assumingMemoryBound(to: GTypeInstance.self)
        guard g_type_check_instance_is_a(instance, pango_fc_font_map_get_type()) != 0 else {
            g_object_unref(map)
            throw RenderError.textEngineUnavailable("Pango's font map does not use fontconfig")
        }
        raw = map
        self.configuration = configuration
        pango_fc_font_map_set_config(OpaquePointer(map), configuration.raw)
    }

    deinit {
        // Pango 1.50 keeps the reference set_config took until the config is
        // replaced: hand it back first, or every configuration leaks (valgrind
        // found 424 bytes definitely lost, and the font lists held, per library).
        pango_fc_font_map_set_config(OpaquePointer(raw), nil)
        g_object_unref(raw)
    }

    /// The family names Pango sees through this map.
    var familyNames: [String] {
        var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var count: Int32 = 0
        pango_font_map_list_families(raw, &families, &count)
        guard let families else { return [] }
        defer { g_free(families) }
        return (0..<Int(count)).compactMap { index in
            families[index].flatMap { pango_font_family_get_name($0) }.map { String(cString: $0) }
        }
    }
}
