import BookletLayout
internal import CPangoCairo
import PlanDiagnostics

/// Loads a picture file as a booklet would and draws it once, small, for
/// tests and the fuzzer: the limits are checked first, and every failure is a
/// thrown `RenderError`, never a crash.
public enum PictureProbe {
    /// Loads the PNG, JPEG or SVG file at `path` and draws it into a 64 × 64 image.
    public static func draw(path: String, limits: InputLimits = .standard) throws {
        let picture = try Picture(path: path, limits: limits)
        let surface = try CairoSurface(imageWidth: 64, height: 64, opaque: false)
        let context = try CairoContext(surface: surface)
        try picture.draw(in: Rect(x: 0, y: 0, width: 64, height: 64), on: context)
        surface.flush()
    }
}
