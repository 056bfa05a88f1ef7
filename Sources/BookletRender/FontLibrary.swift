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

    /// The font families available, sorted by name.
    public var familyNames: [String] {
        textContext.fontMap.familyNames.sorted()
    }
}
