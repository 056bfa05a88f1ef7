import BookletLayout
internal import CPangoCairo

/// Owns a cairo drawing context and the surface it draws on.
final class CairoContext {
    let raw: OpaquePointer
    let surface: CairoSurface

    init(surface: CairoSurface) throws {
        guard let context = cairo_create(surface.raw) else {
            throw RenderError.drawingFailed("cairo could not create a drawing context")
        }
        raw = context
        self.surface = surface
        try checkStatus()
    }

    deinit {
        cairo_destroy(raw)
    }

    /// Throws if cairo has put the context into an error state (the state is sticky).
    func checkStatus() throws {
        try RenderError.check(cairo_status(raw))
    }

    /// Ends the current page; drawing continues on a new one.
    func showPage() throws {
        cairo_show_page(raw)
        try checkStatus()
    }

    /// Scales user space, so one unit (a point) covers `factor` device units.
    func scale(by factor: Double) {
        cairo_scale(raw, factor, factor)
    }

    func setSource(_ colour: Colour) {
        cairo_set_source_rgb(raw, colour.red, colour.green, colour.blue)
    }

    /// Covers the whole surface with `colour`. Not for PDF pages: cairo 1.16
    /// drops what a page recorded before an opaque paint, tags included.
    func paint(_ colour: Colour) {
        setSource(colour)
        cairo_paint(raw)
    }

    /// Fills `rect` with `colour`, its corners rounded by `cornerRadius` points.
    func fill(_ rect: Rect, colour: Colour, cornerRadius: Double = 0) {
        setSource(colour)
        let radius = min(max(cornerRadius, 0), rect.width / 2, rect.height / 2)
        if radius > 0 {
            let quarter = Double.pi / 2
            cairo_new_sub_path(raw)
            cairo_arc(raw, rect.maxX - radius, rect.minY + radius, radius, -quarter, 0)
            cairo_arc(raw, rect.maxX - radius, rect.maxY - radius, radius, 0, quarter)
            cairo_arc(raw, rect.minX + radius, rect.maxY - radius, radius, quarter, 2 * quarter)
            cairo_arc(raw, rect.minX + radius, rect.minY + radius, radius, 2 * quarter, 3 * quarter)
            cairo_close_path(raw)
        } else {
            cairo_rectangle(raw, rect.x, rect.y, rect.width, rect.height)
        }
        cairo_fill(raw)
    }

    /// Fills and then strokes `shape`, its coordinates taken from `origin`.
    func draw(_ shape: Shape, at origin: Point) {
        cairo_new_path(raw)
        for element in shape.elements {
            switch element {
            case .move(let point):
                cairo_move_to(raw, origin.x + point.x, origin.y + point.y)
            case .line(let point):
                cairo_line_to(raw, origin.x + point.x, origin.y + point.y)
            case .curve(let a, let b, let to):
                cairo_curve_to(raw, origin.x + a.x, origin.y + a.y, origin.x + b.x, origin.y + b.y, origin.x + to.x, origin.y + to.y)
            case .circle(let centre, let radius):
                cairo_new_sub_path(raw)
                cairo_arc(raw, origin.x + centre.x, origin.y + centre.y, radius, 0, 2 * Double.pi)
                cairo_close_path(raw)
            case .close:
                cairo_close_path(raw)
            }
        }
        if let fill = shape.fill {
            setSource(fill)
            if shape.stroke != nil { cairo_fill_preserve(raw) } else { cairo_fill(raw) }
        }
        if let stroke = shape.stroke {
            setSource(stroke)
            cairo_set_line_width(raw, shape.lineWidth)
            cairo_set_line_join(raw, CAIRO_LINE_JOIN_ROUND)
            cairo_set_line_cap(raw, CAIRO_LINE_CAP_ROUND)
            cairo_stroke(raw)
        }
        cairo_new_path(raw)
    }

    /// Draws `layout` with its top-left corner at `origin`.
    func show(_ layout: TextLayout, at origin: Point, colour: Colour) {
        setSource(colour)
        cairo_move_to(raw, origin.x, origin.y)
        pango_cairo_show_layout(raw, layout.raw)
        // Pango leaves a current point behind; drop it so the next shape starts clean.
        cairo_new_path(raw)
    }

    /// Paints `surface`, whose own size is `size`, scaled to fill `rect`.
    func paint(_ surface: CairoSurface, size: Size, in rect: Rect) throws {
        try withSavedState {
            cairo_translate(raw, rect.x, rect.y)
            cairo_scale(raw, rect.width / size.width, rect.height / size.height)
            cairo_rectangle(raw, 0, 0, size.width, size.height)
            cairo_clip(raw)
            cairo_set_source_surface(raw, surface.raw, 0, 0)
            cairo_paint(raw)
            try checkStatus()
        }
    }

    /// Opens a PDF structure element such as `H1`; other surfaces ignore it.
    func beginTag(_ tag: StructureTag) {
        cairo_tag_begin(raw, tag.rawValue, "")
    }

    /// Closes the structure element `beginTag(_:)` opened.
    func endTag(_ tag: StructureTag) {
        cairo_tag_end(raw, tag.rawValue)
    }

    /// Runs `body` with the drawing state saved, restoring it afterwards.
    func withSavedState<Result>(_ body: () throws -> Result) rethrows -> Result {
        cairo_save(raw)
        defer { cairo_restore(raw) }
        return try body()
    }
}
