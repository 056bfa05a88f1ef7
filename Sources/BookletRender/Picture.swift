internal import CPangoCairo
import BookletLayout

/// A loaded picture file, ready to draw any number of times.
enum Picture {
    case vector(SVGDocument)
    case raster(CairoSurface, size: Size)

    /// Loads the SVG, PNG or JPEG file at `path`, choosing the decoder by the file's extension.
    init(path: String) throws {
        let fileExtension = path.split(separator: "/").last?.split(separator: ".", omittingEmptySubsequences: false).dropFirst().last?.lowercased()
        switch fileExtension {
        case "svg", "svgz":
            self = .vector(try SVGDocument(path: path))
        case "png", "jpg", "jpeg":
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

    /// Draws the picture as large as fits in `frame`, centred, keeping its shape.
    func draw(in frame: Rect, on context: CairoContext) throws {
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
            try context.checkStatus()
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

/// Pictures already loaded, by path, so each file is decoded once per renderer.
final class PictureCache {
    private var pictures: [String: Picture] = [:]

    func picture(at path: String) throws -> Picture {
        if let picture = pictures[path] { return picture }
        let picture = try Picture(path: path)
        pictures[path] = picture
        return picture
    }
}
