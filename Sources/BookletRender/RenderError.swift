import PlanDiagnostics

/// Why a booklet could not be drawn. Each message says what went wrong in plain words.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The font configuration file is missing or fontconfig could not read it.
    case fontConfigurationUnreadable(path: String)
    /// The font configuration loads, but a font family the booklets need is not among its fonts.
    case fontMissing(family: String, configurationPath: String)
    /// Pango could not set up text shaping (its font map or context).
    case textEngineUnavailable(String)
    /// A picture file is missing, unreadable or broken.
    case pictureUnreadable(path: String, reason: String)
    /// A picture file is over one of the limits (`limit`), checked before decoding.
    case pictureTooLarge(path: String, reason: String, limit: InputLimits.Name?)
    /// A picture file is not an SVG, PNG or JPEG picture.
    case pictureFormatUnsupported(path: String)
    /// Cairo stopped drawing; the text is cairo's own description of its state.
    case drawingFailed(String)
    /// The booklet has no pages, and a PDF needs at least one.
    case noPages
    /// The metadata date is not written as `YYYY-MM-DDThh:mm:ssZ`.
    case invalidDate(String)
    /// An outline entry points at a page the booklet does not have.
    case outlinePageOutOfRange(title: String, pageIndex: Int, pageCount: Int)
    /// A PNG resolution that is not a positive number.
    case invalidResolution(Double)
    /// The PDF cairo wrote could not be read while adding alt text and the language.
    case taggingFailed(String)

    public var description: String {
        switch self {
        case .fontConfigurationUnreadable(let path):
            "The font configuration '\(path)' is missing or could not be read."
        case .fontMissing(let family, let configurationPath):
            "The font configuration '\(configurationPath)' finds no '\(family)' font; is the font installed?"
        case .textEngineUnavailable(let what):
            "Text shaping could not start: \(what)."
        case .pictureUnreadable(let path, let reason):
            "The picture '\(path)' could not be read: \(reason)"
        case .pictureTooLarge(let path, let reason, let limit):
            "The picture '\(path)' is too large to draw: \(reason)" + (limit.map { "; \($0.howToRaise)." } ?? ".")
        case .pictureFormatUnsupported(let path):
            "The picture '\(path)' is not an SVG, PNG or JPEG file."
        case .drawingFailed(let reason):
            "Drawing the booklet failed: \(reason)."
        case .noPages:
            "The booklet has no pages to draw."
        case .invalidDate(let date):
            "The date '\(date)' is not written like 2024-05-31T00:00:00Z."
        case .outlinePageOutOfRange(let title, let pageIndex, let pageCount):
            "The bookmark '\(title)' points at page \(pageIndex + 1), but the booklet has \(pageCount) pages."
        case .invalidResolution(let dpi):
            "The resolution \(dpi) dpi is not a positive number."
        case .taggingFailed(let reason):
            "The PDF's pictures and language could not be described for screen readers: \(reason)."
        }
    }
}
