import BookletLayout
import BookletRender
import Foundation
import Testing

/// Prints how long start-up and a 10-page booklet take. Run it on its own, in
/// a fresh process: `PLANBOOK_TIMINGS=1 swift test -c release --filter RenderTimings`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PLANBOOK_TIMINGS"] != nil))
struct RenderTimings {
    @Test func startUpAndTenPages() throws {
        let clock = ContinuousClock()
        var fonts: FontLibrary?
        let loading = try clock.measure { fonts = try TestSupport.makeFonts() }
        let library = try #require(fonts)
        let measurer = PangoTextMeasurer(fonts: library)
        let firstText = clock.measure {
            _ = measurer.measure("Hello", style: SampleBooklets.style(size: 12), width: 300, language: "en", direction: .leftToRight)
        }

        let directory = try TestSupport.temporaryFolder(prefix: "BookletRenderTests")
        defer { try? FileManager.default.removeItem(at: directory) }
        let picture = try SampleBooklets.writeHouseSVG(in: directory)
        let english = SampleBooklets.english(measurer: measurer, picturePath: picture)
        var booklet = english
        booklet.pages = (0..<5).flatMap { _ in english.pages }
        let renderer = BookletPainter(fonts: library)
        var pdf: [UInt8] = []
        let firstPDF = try clock.measure { pdf = try renderer.pdfData(for: booklet) }
        let runs = 20
        let laterPDF = try clock.measure { for _ in 0..<runs { _ = try renderer.pdfData(for: booklet) } } / runs
        let png = try clock.measure { _ = try renderer.pngPages(for: booklet, dpi: 150) }
        print(
            """
            font library: \(loading), first text measured: \(firstText)
            10-page PDF (\(pdf.count) bytes): first \(firstPDF), then \(laterPDF) each
            10 PNG pages at 150 dpi: \(png)
            """)
        #expect(pdf.count > 0)
    }
}
