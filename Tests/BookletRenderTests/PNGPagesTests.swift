import BookletLayout
import BookletRender
import Foundation
import Testing

@Suite struct PNGPagesTests {
    @Test func oneImagePerPageAtTheResolution() throws {
        let fonts = try TestSupport.makeFonts()
        let directory = try TestSupport.temporaryFolder(prefix: "BookletRenderTests")
        defer { try? FileManager.default.removeItem(at: directory) }
        let booklet = SampleBooklets.english(
            measurer: PangoTextMeasurer(fonts: fonts), picturePath: try SampleBooklets.writeHouseSVG(in: directory))
        let renderer = BookletPainter(fonts: fonts)

        let pages = try renderer.pngPages(for: booklet, dpi: 60)
        #expect(pages.count == 2)
        for page in pages {
            #expect(Array(page.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            // IHDR: width and height, big-endian, from byte 16. A5 at 60 dpi.
            let width = page[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = page[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == 350 && height == 496)
        }
        #expect(pages[0] != pages[1])
        #expect(try renderer.pngPages(for: booklet, dpi: 60) == pages)
    }

    @Test func nonPositiveResolutionThrows() throws {
        let renderer = BookletPainter(fonts: try TestSupport.makeFonts())
        let booklet = SampleBooklets.arabic(measurer: PangoTextMeasurer(fonts: renderer.fonts))
        #expect(throws: RenderError.invalidResolution(0)) { try renderer.pngPages(for: booklet, dpi: 0) }
    }
}
