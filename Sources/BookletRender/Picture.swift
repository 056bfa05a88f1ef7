import BookletLayout
internal import CPangoCairo
import PlanDiagnostics
import PlanModel

/// A loaded picture file, ready to draw any number of times.
enum Picture {
    case vector(SVGDocument)
    case raster(CairoSurface, size: Size)

    /// Loads the SVG, PNG or JPEG file at `path`, choosing the decoder by the
    /// file's extension, once its header shows it is within `limits`.
    init(path: String, limits: InputLimits = .standard) throws {
        if let problem = PictureInspection.inspect(RegularFile.read(path, limit: limits.pictureFileBytes), limits: limits) {
            throw RenderError.pictureTooLarge(path: path, reason: "\(problem)", limit: problem.limit)
        }
        switch Self.fileExtension(of: path) {
        case "svg", "svgz":
            self = .vector(try SVGDocument(path: path))
        case let fileExtension where ["png", "jpg", "jpeg"].contains(fileExtension):
            let image = try RasterImage(path: path)
            let surface = try image.makeSurface(attachingJPEG: fileExtension != "png")
            let size = Size(
                width: Double(cairo_image_surface_get_width(surface.raw)),
                height: Double(cairo_image_surface_get_height(surface.raw))
            )
            self = .raster(surface, size: size)
        default:
            throw RenderError.pictureFormatUnsupported(path: path)
        }
    }

    /// The lowercased extension of the file `path` names, such as "svg"; empty when it has none.
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// Draws the picture as large as fits in `frame`, centred, keeping its
    /// shape. Nothing it draws leaves the frame.
    func draw(in frame: Rect, on context: CairoContext) throws {
        try context.withSavedState {
            cairo_rectangle(context.raw, frame.x, frame.y, frame.width, frame.height)
            cairo_clip(context.raw)
            try drawUnclipped(in: frame, on: context)
        }
        try context.checkStatus()
    }

    private func drawUnclipped(in frame: Rect, on context: CairoContext) throws {
        switch self {
        case .vector(let document):
            let target = document.intrinsicSize.map { Self.fit($0, in: frame) } ?? frame
            try document.render(in: target, on: context)
        case .raster(let surface, let size):
            let target = Self.fit(size, in: frame)
            guard target.width > 0, target.height > 0 else { return }
            context.withSavedState {
                cairo_translate(context.raw, target.x, target.y)
                cairo_scale(context.raw, target.width / size.width, target.height / size.height)
                cairo_set_source_surface(context.raw, surface.raw, 0, 0)
                cairo_pattern_set_filter(cairo_get_source(context.raw), CAIRO_FILTER_GOOD)
                cairo_rectangle(context.raw, 0, 0, size.width, size.height)
                cairo_fill(context.raw)
            }
        }
    }

    /// The largest rectangle of `size`'s shape inside `frame`, centred in it.
    static func fit(_ size: Size, in frame: Rect) -> Rect {
        guard size.width > 0, size.height > 0, frame.width > 0, frame.height > 0 else {
            return Rect(x: frame.x, y: frame.y, width: 0, height: 0)
        }
        let scale = min(frame.width / size.width, frame.height / size.height)
        let width = size.width * scale
        let height = size.height * scale
        return Rect(x: frame.x + (frame.width - width) / 2, y: frame.y + (frame.height - height) / 2, width: width, height: height)
    }
}
