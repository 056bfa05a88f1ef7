import BookletLayout
internal import CPangoCairo
internal import CRsvg

/// Owns a parsed SVG file (an `RsvgHandle`).
final class SVGDocument {
    private let raw: UnsafeMutablePointer<RsvgHandle>
    /// The file it came from, for error messages.
    let path: String
    /// The document drawn once at its own size; every later use paints this
    /// recording, so a PDF holds the picture once however often it appears.
    private var recording: (surface: CairoSurface, size: Size)?

    /// Reads and parses the SVG file at `path`.
    init(path: String) throws {
        var error: UnsafeMutablePointer<GError>?
        guard let handle = rsvg_handle_new_from_file(path, &error) else {
            throw RenderError.pictureUnreadable(path: path, reason: consumeMessage(of: error, default: "librsvg could not parse it"))
        }
        raw = handle
        self.path = path
        // Lengths in the file such as "10mm" convert to points.
        rsvg_handle_set_dpi(handle, 72)
    }

    deinit {
        g_object_unref(raw)
    }

    /// The picture's own size, or just its shape from the view box; nil when it gives neither.
    var intrinsicSize: Size? {
        var width = 0.0
        var height = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(raw, &width, &height) != 0, width > 0, height > 0 {
            return Size(width: width, height: height)
        }
        var hasViewBox: gboolean = 0
        var viewBox = RsvgRectangle()
        rsvg_handle_get_intrinsic_dimensions(raw, nil, nil, nil, nil, &hasViewBox, &viewBox)
        if hasViewBox != 0, viewBox.width > 0, viewBox.height > 0 {
            return Size(width: viewBox.width, height: viewBox.height)
        }
        return nil
    }

    /// Draws the whole document into `rect` of `context`.
    func render(in rect: Rect, on context: CairoContext) throws {
        if let size = intrinsicSize {
            if recording == nil {
                // Recorded at a fixed size whatever the file says: cairo asserts
                // (and aborts the process) replaying recordings over 32,767 units.
                let recorded = Self.recordingSize(for: size)
                let surface = try CairoSurface(recordingSize: recorded)
                try renderDirectly(
                    in: Rect(x: 0, y: 0, width: recorded.width, height: recorded.height), on: try CairoContext(surface: surface))
                recording = (surface, recorded)
            }
            if let recording {
                try context.paint(recording.surface, size: recording.size, in: rect)
                return
            }
        }
        try renderDirectly(in: rect, on: context)
    }

    /// The longest side of every recording, in units; a vector recording loses nothing by scaling.
    static let recordingSide = 1000.0

    /// `size` scaled so that its longer side is `recordingSide`.
    static func recordingSize(for size: Size) -> Size {
        let scale = recordingSide / max(size.width, size.height)
        return Size(width: max(size.width * scale, 1e-3), height: max(size.height * scale, 1e-3))
    }

    private func renderDirectly(in rect: Rect, on context: CairoContext) throws {
        var viewport = RsvgRectangle(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        var error: UnsafeMutablePointer<GError>?
        guard rsvg_handle_render_document(raw, context.raw, &viewport, &error) != 0 else {
            throw RenderError.pictureUnreadable(path: path, reason: consumeMessage(of: error, default: "librsvg could not draw it"))
        }
        try context.checkStatus()
    }
}

/// The message of a GLib error, freeing the error.
func consumeMessage(of error: UnsafeMutablePointer<GError>?, default fallback: String) -> String {
    guard let error else { return fallback }
    defer { g_error_free(error) }
    return error.pointee.message.map { String(cString: $0) } ?? fallback
}
