import BookletLayout
internal import CPangoCairo

/// Owns a cairo surface: a PDF document being written, a page image, or a picture's pixels.
final class CairoSurface {
    let raw: OpaquePointer
    /// Where a PDF surface writes; held here because cairo only has an unretained pointer to it.
    private let sink: ByteSink?

    /// Takes ownership of a surface cairo just created, throwing if it is in an error state.
    private init(taking surface: OpaquePointer?, sink: ByteSink? = nil) throws {
        guard let surface else { throw RenderError.drawingFailed("cairo could not create a surface") }
        raw = surface
        self.sink = sink
        try checkStatus()
    }

    /// A PDF document written into `sink`, its first page `size` points large.
    convenience init(pdfWritingTo sink: ByteSink, size: Size) throws {
        let surface = cairo_pdf_surface_create_for_stream(writeToByteSink, sink.closure, size.width, size.height)
        try self.init(taking: surface, sink: sink)
    }

    /// An image of `width` × `height` pixels; `opaque` images have no alpha channel.
    convenience init(imageWidth width: Int, height: Int, opaque: Bool) throws {
        let format = opaque ? CAIRO_FORMAT_RGB24 : CAIRO_FORMAT_ARGB32
        try self.init(taking: cairo_image_surface_create(format, Int32(clamping: width), Int32(clamping: height)))
    }

    /// A recording of drawing commands `size` points large: drawn once, it can be
    /// painted many times, and a PDF writes it once and reuses it.
    convenience init(recordingSize size: Size) throws {
        var extents = cairo_rectangle_t(x: 0, y: 0, width: size.width, height: size.height)
        try self.init(taking: cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents))
    }

    deinit {
        cairo_surface_destroy(raw)
    }

    /// Throws if cairo has put the surface into an error state (the state is sticky).
    func checkStatus() throws {
        try RenderError.check(cairo_surface_status(raw))
    }

    /// Completes pending drawing, so the pixels can be read.
    func flush() {
        cairo_surface_flush(raw)
    }

    /// Writes out everything pending; a PDF document is complete afterwards.
    func finish() throws {
        cairo_surface_finish(raw)
        try checkStatus()
    }

    /// The surface's pages encoded as PNG.
    func pngBytes() throws -> [UInt8] {
        let sink = ByteSink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(raw, writeToByteSink, sink.closure)
        }
        try RenderError.check(status)
        return sink.bytes
    }
}

extension RenderError {
    /// Throws `drawingFailed` with cairo's own words unless `status` is success.
    static func check(_ status: cairo_status_t) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.drawingFailed(String(cString: cairo_status_to_string(status)))
        }
    }
}
