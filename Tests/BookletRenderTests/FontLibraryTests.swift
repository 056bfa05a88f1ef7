import BookletRender
import Foundation
import Testing

@Suite struct FontLibraryTests {
    @Test func loadsOnlyTheProjectFonts() throws {
        let fonts = try TestSupport.makeFonts()
        // Pango adds its generic names (Sans, Serif, ...) to any font map.
        let generic: Set = ["Sans", "Serif", "Monospace", "System-ui"]
        let families = Set(fonts.familyNames).subtracting(generic)
        #expect(
            families == [
                "Andika", "Noto Sans", "Noto Naskh Arabic", "Noto Nastaliq Urdu",
                "Noto Sans Hebrew", "Noto Sans Gurmukhi", "OpenDyslexic",
            ])
    }

    @Test func missingConfigurationFileThrows() {
        let path = "/nonexistent/fonts.conf"
        #expect(throws: RenderError.fontConfigurationUnreadable(path: path)) {
            try FontLibrary(configurationFile: path)
        }
    }

    /// A configuration that cannot be parsed, and one that parses but finds no Andika.
    static let badConfigurations: [(contents: String, missingAndika: Bool)] = [
        ("<fontconfig><dir>", false), ("<fontconfig></fontconfig>", true),
    ]

    @Test(arguments: badConfigurations)
    func badConfigurationThrows(contents: String, missingAndika: Bool) throws {
        let directory = try TestSupport.temporaryFolder(prefix: "BookletRenderTests")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try TestSupport.write(Array(contents.utf8), named: "fonts.conf", in: directory)
        let expected =
            missingAndika
            ? RenderError.fontMissing(family: "Andika", configurationPath: path) : RenderError.fontConfigurationUnreadable(path: path)
        #expect(throws: expected) {
            try FontLibrary(configurationFile: path)
        }
    }
}
