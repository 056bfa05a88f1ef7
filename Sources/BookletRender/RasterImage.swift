import BookletLayout
internal import CPangoCairo
internal import CRsvg

/// Owns a decoded PNG or JPEG picture (a `GdkPixbuf`).
final class RasterImage {
    private let raw: OpaquePointer
    /// The file it came from, for error messages.
    let path: String

    /// Reads and decodes the picture file at `path`.
    init(path: String) throws {
        var error: UnsafeMutablePointer<GError>?
        guard let pixbuf = gdk_pixbuf_new_from_file(path, &error) else {
            throw RenderError.pictureUnreadable(path: path, reason: consumeMessage(of: error, default: "gdk-pixbuf could not decode it"))
        }
        raw = pixbuf
        self.path = path
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(raw))
    }

    /// The picture as a cairo image: premultiplied ARGB32 (RGB24 without alpha).
    /// A JPEG file's own bytes are attached, so a PDF embeds them unchanged.
    func makeSurface(attachingJPEG: Bool) throws -> CairoSurface {
        let width = Int(gdk_pixbuf_get_width(raw))
        let height = Int(gdk_pixbuf_get_height(raw))
        let channels = Int(gdk_pixbuf_get_n_channels(raw))
        let hasAlpha = gdk_pixbuf_get_has_alpha(raw) != 0
        let rowStride = Int(gdk_pixbuf_get_rowstride(raw))
        guard gdk_pixbuf_get_colorspace(raw) == GDK_COLORSPACE_RGB,
            gdk_pixbuf_get_bits_per_sample(raw) == 8,
            channels == (hasAlpha ? 4 : 3),
            width > 0, height > 0,
            let pixels = gdk_pixbuf_read_pixels(raw)
        else {
            throw RenderError.pictureFormatUnsupported(path: path)
        }

        let surface = try CairoSurface(imageWidth: width, height: height, opaque: !hasAlpha)
        cairo_surface_flush(surface.raw)
        guard let data = cairo_image_surface_get_data(surface.raw) else {
            throw RenderError.drawingFailed("cairo gave no pixel buffer for '\(path)'")
        }
        let surfaceStride = Int(cairo_image_surface_get_stride(surface.raw))
        for y in 0..<height {
            let source = pixels + y * rowStride
            let row = UnsafeMutableRawPointer(data + y * surfaceStride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width {
                let pixel = source + x * channels
                let alpha = hasAlpha ? UInt32(pixel[3]) : 255
                // Cairo stores colour already multiplied by alpha, rounded.
                func premultiplied(_ component: UInt8) -> UInt32 {
                    (UInt32(component) * alpha + 127) / 255
                }
                row[x] = alpha << 24 | premultiplied(pixel[0]) << 16 | premultiplied(pixel[1]) << 8 | premultiplied(pixel[2])
            }
        }
        cairo_surface_mark_dirty(surface.raw)
        if attachingJPEG {
            try attachFileBytes(to: surface, mimeType: CAIRO_MIME_TYPE_JPEG)
        }
        try surface.checkStatus()
        return surface
    }

    /// Hands the file's bytes to cairo, which frees them with the surface.
    private func attachFileBytes(to surface: CairoSurface, mimeType: String) throws {
        var contents: UnsafeMutablePointer<gchar>?
        var length: gsize = 0
        var error: UnsafeMutablePointer<GError>?
        guard g_file_get_contents(path, &contents, &length, &error) != 0, let contents else {
            throw RenderError.pictureUnreadable(path: path, reason: consumeMessage(of: error, default: "it could not be read again"))
        }
        let status = contents.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { bytes in
            cairo_surface_set_mime_data(surface.raw, mimeType, bytes, UInt(length), g_free, contents)
        }
        if status != CAIRO_STATUS_SUCCESS { g_free(contents) }
        try RenderError.check(status)
    }
}
