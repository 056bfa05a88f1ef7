import BookletLayout
internal import CPangoCairo

/// The fonts booklets are set in, loaded once from a private fontconfig file
/// (`Fonts/fonts.conf`), and the Pango state that shapes text with them.
///
/// Loading takes most of a renderer's start-up, so make one library per
/// thread or task and reuse it for every booklet there. It holds C handles
/// that must not be shared between tasks, so it is not `Sendable`.
public final class FontLibrary {
    /// The fontconfig file the fonts came from.
    public let configurationFile: String
    let textContext: TextContext
    /// The current booklet's paragraphs, laid out once for measuring and painting.
    let layouts = TextLayoutCache()

    /// The family every booklet needs; loading fails without it.
    static let requiredFamily = "Andika"

    /// Loads the fonts `configurationFile` names (and nothing else) and sets up Pango.
    ///
    /// - Throws: `RenderError` when the file cannot be read or has no Andika font.
    public init(configurationFile: String) throws {
        self.configurationFile = configurationFile
        let configuration = try FontConfiguration(path: configurationFile)
        guard configuration.familyNames.contains(Self.requiredFamily) else {
            throw RenderError.fontMissing(family: Self.requiredFamily, configurationPath: configurationFile)
        }
        textContext = try TextContext(fontMap: FontMap(configuration: configuration))
    }

    /// The layout of a paragraph, shared by the measurer and the painter.
    func layout(text: String, style: TextStyle, width: Double, language: String, direction: TextDirection) throws -> TextLayout {
        try layouts.layout(text: text, style: style, width: width, language: language, direction: direction, fonts: self)
    }

    /// Forgets the paragraphs laid out so far (after each booklet).
    public func forgetLayouts() {
        layouts.removeAll()
    }

    /// The font families available, sorted by name.
    public var familyNames: [String] {
        textContext.fontMap.familyNames.sorted()
    }
}
