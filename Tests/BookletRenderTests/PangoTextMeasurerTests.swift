import BookletLayout
import BookletRender
import Testing

@Suite struct PangoTextMeasurerTests {
    let measurer: PangoTextMeasurer

    init() throws {
        measurer = PangoTextMeasurer(fonts: try TestSupport.makeFonts())
    }

    let body = TextStyle(fontFamily: "Andika", size: 10, lineSpacing: 1.3)

    @Test func heightGrowsAsWidthShrinks() {
        let heights = [400.0, 200, 100, 50].map { width in
            measurer.measure(SampleBooklets.longParagraph, style: body, width: width, language: "en", direction: .leftToRight).height
        }
        #expect(heights[0] > 0)
        #expect(heights[0] < heights[1] && heights[1] < heights[2] && heights[2] < heights[3], "\(heights)")
    }

    @Test(arguments: [400.0, 200, 100, 50])
    func linesStayWithinTheWidth(width: Double) {
        let size = measurer.measure(SampleBooklets.longParagraph, style: body, width: width, language: "en", direction: .leftToRight)
        #expect(size.width > 0 && size.width <= width, "\(size)")
    }

    @Test func linesAreLineSpacingTimesSizeApart() {
        for width in [400.0, 150] {
            let lines = measurer.lineCount(
                of: SampleBooklets.longParagraph, style: body, width: width, language: "en", direction: .leftToRight)
            let size = measurer.measure(SampleBooklets.longParagraph, style: body, width: width, language: "en", direction: .leftToRight)
            #expect(lines > 1)
            #expect(abs(size.height - Double(lines) * 13) < 0.01, "\(lines) lines, \(size)")
        }
    }

    @Test func nastaliqInkAboveAndBelowTheLinesCounts() {
        let urdu = "جب مجھے ڈر لگتا ہے تو میں اپنی استانی سے بات کر سکتا ہوں۔"
        let tight = TextStyle(fontFamily: "Andika", size: 12, lineSpacing: 1.0)
        let lines = measurer.lineCount(of: urdu, style: tight, width: 120, language: "ur", direction: .rightToLeft)
        let size = measurer.measure(urdu, style: tight, width: 120, language: "ur", direction: .rightToLeft)
        #expect(lines > 1)
        #expect(size.height > Double(lines) * 12 + 4, "\(lines) lines, \(size)")
    }

    @Test func anEmptyLanguageTagStillMeasures() {
        let size = measurer.measure("Hello", style: body, width: 200, language: "", direction: .leftToRight)
        #expect(size.width > 0 && size.height == 13)
    }

    @Test func aWordTooLongForTheLineIsBroken() {
        let word = String(repeating: "unbreakable", count: 6)
        let size = measurer.measure(word, style: body, width: 80, language: "en", direction: .leftToRight)
        #expect(size.width <= 80)
        #expect(measurer.lineCount(of: word, style: body, width: 80, language: "en", direction: .leftToRight) > 3)
    }

    @Test func boldTextIsWider() {
        var bold = body
        bold.bold = true
        let regular = measurer.measure("Who can I call?", style: body, width: 400, language: "en", direction: .leftToRight)
        let heavier = measurer.measure("Who can I call?", style: bold, width: 400, language: "en", direction: .leftToRight)
        #expect(heavier.width > regular.width)
    }

    @Test(arguments: [
        ("ar", SampleBooklets.arabicBody),
        ("ur", "جب مجھے ڈر لگتا ہے تو میں اپنی استانی سے بات کر سکتا ہوں۔"),
        ("he", "כשאני מפחד, אני יכול לדבר עם מבוגר שאני סומך עליו."),
    ])
    func rightToLeftTextWraps(language: String, text: String) {
        let wide = measurer.measure(text, style: body, width: 400, language: language, direction: .rightToLeft)
        let narrow = measurer.measure(text, style: body, width: 80, language: language, direction: .rightToLeft)
        #expect(wide.height > 0 && wide.width > 0)
        #expect(narrow.height > wide.height)
        #expect(narrow.width <= 80)
    }
}
