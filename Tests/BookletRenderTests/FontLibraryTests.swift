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

    @Test func malformedConfigurationThrows() throws {
        let directory = try TestSupport.temporaryFolder(prefix: "BookletRenderTests")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try TestSupport.write(Array("<fontconfig><dir>".utf8), named: "fonts.conf", in: directory)
        #expect(throws: RenderError.fontConfigurationUnreadable(path: path)) {
            try FontLibrary(configurationFile: path)
        }
    }

    @Test func configurationWithoutAndikaThrows() throws {
        let directory = try TestSupport.temporaryFolder(prefix: "BookletRenderTests")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try TestSupport.write(Array("<fontconfig></fontconfig>".utf8), named: "fonts.conf", in: directory)
        #expect(throws: RenderError.fontMissing(family: "Andika", configurationPath: path)) {
            try FontLibrary(configurationFile: path)
        }
    }
}
