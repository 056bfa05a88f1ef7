import BookletLayout
import Foundation

/// Booklets built by hand, laid out with the real measurer so their frames fit their text.
enum SampleBooklets {
    static let a5 = Size(width: 419.53, height: 595.28)
    static let margin = 36.0
    static let contentArea = Rect(x: margin, y: margin, width: a5.width - 2 * margin, height: a5.height - 2 * margin)

    static let titleText = "My Safety Plan"
    static let headingText = "People I can talk to"
    static let longParagraph = """
        When I feel worried or scared, I can go to a grown-up I trust. \
        My teacher, my aunt and the school nurse all listen to me. \
        I can tell them what happened, and it is never my fault. \
        Supercalifragilisticexpialidociouslyunbreakablewordthatkeepsgoingandgoingandgoing \
        is a very long word, and it still has to stay inside its box.
        """
    static let quoteText = "You are brave, and you are not alone."
    static let arabicTitle = "خطة الأمان الخاصة بي"
    static let arabicBody = "عندما أشعر بالخوف، أستطيع أن أتحدث مع شخص كبير أثق به. معلمتي وخالتي تستمعان إلي دائما."

    static func style(size: Double, bold: Bool = false, colour: Colour = .black) -> TextStyle {
        TextStyle(fontFamily: "Andika", size: size, bold: bold, colour: colour, lineSpacing: 1.3)
    }

    /// Stacks text boxes down the content area, each as tall as the measurer says.
    struct Column {
        let measurer: any TextMeasurer
        let language: String
        let direction: TextDirection
        var y = contentArea.minY
        var boxes: [Box] = []

        mutating func add(_ role: BoxRole, _ text: String, _ style: TextStyle, inset: Double = 0) {
            let width = contentArea.width - 2 * inset
            let size = measurer.measure(text, style: style, width: width, language: language, direction: direction)
            boxes.append(
                Box(
                    role: role, frame: Rect(x: contentArea.minX + inset, y: y, width: width, height: size.height),
                    content: .text(text, style)))
            y += size.height + 12
        }

        mutating func addPicture(_ path: String, height: Double) {
            boxes.append(
                Box(
                    role: .picture, frame: Rect(x: contentArea.minX, y: y, width: contentArea.width, height: height),
                    content: .picture(path: path)))
            y += height + 12
        }
    }

    /// Two English pages: a title, a heading, a long paragraph, a quote on a panel and an SVG picture.
    static func english(measurer: any TextMeasurer, picturePath: String) -> Booklet {
        var first = Column(measurer: measurer, language: "en", direction: .leftToRight)
        first.add(.title, titleText, style(size: 28, bold: true, colour: Colour(hex: "#1A4D80") ?? .black))
        first.addPicture(picturePath, height: 150)
        first.add(.caption, "A house with a door that opens.", style(size: 11))

        var second = Column(measurer: measurer, language: "en", direction: .leftToRight)
        second.add(.heading, headingText, style(size: 18, bold: true))
        second.add(.body, longParagraph, style(size: 13))
        let quoteTop = second.y
        second.add(.quote, quoteText, style(size: 14), inset: 12)
        let panel = Box(
            role: .panel,
            frame: Rect(x: contentArea.minX, y: quoteTop - 8, width: contentArea.width, height: second.y - quoteTop + 4),
            content: .panel(fill: Colour(hex: "#FFF4CC") ?? .white, cornerRadius: 10)
        )
        return Booklet(
            metadata: DocumentMetadata(
                title: titleText, author: "Sam", subject: "Safety plan", keywords: "safety, plan", date: "2024-05-31T00:00:00Z"),
            language: "en",
            direction: .leftToRight,
            pages: [
                Page(size: a5, contentArea: contentArea, boxes: first.boxes),
                Page(size: a5, contentArea: contentArea, background: Colour(hex: "#F4F8FF") ?? .white, boxes: [panel] + second.boxes),
            ],
            outline: [OutlineEntry(title: titleText, pageIndex: 0), OutlineEntry(title: headingText, pageIndex: 1, level: 2)]
        )
    }

    /// One Arabic page, right to left.
    static func arabic(measurer: any TextMeasurer) -> Booklet {
        var column = Column(measurer: measurer, language: "ar", direction: .rightToLeft)
        column.add(.title, arabicTitle, style(size: 24, bold: true))
        column.add(.body, arabicBody, style(size: 14))
        return Booklet(
            metadata: DocumentMetadata(title: arabicTitle, date: "2024-05-31T00:00:00Z"),
            language: "ar",
            direction: .rightToLeft,
            pages: [Page(size: a5, contentArea: contentArea, boxes: column.boxes)],
            outline: [OutlineEntry(title: arabicTitle, pageIndex: 0)]
        )
    }

    /// An SVG of a house, 200 × 100 user units.
    static let houseSVG = """
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
          <rect x="0" y="0" width="200" height="100" fill="#CFE8FF"/>
          <polygon points="60,50 100,15 140,50" fill="#C0392B"/>
          <rect x="70" y="50" width="60" height="45" fill="#F5CBA7"/>
          <rect x="92" y="68" width="16" height="27" fill="#6E2C00"/>
        </svg>
        """

    static func writeHouseSVG(in directory: URL) throws -> String {
        let url = directory.appendingPathComponent("house.svg")
        try houseSVG.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// A 16 × 8 JPEG, orange on the left and blue on the right.
    static let tinyJPEG = [
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwg",
        "IyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo",
        "KCgoKCgoKCgoKCgoKCj/wAARCAAIABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAA",
        "AgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6",
        "Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXG",
        "x8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREA",
        "AgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5",
        "OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPE",
        "xcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwCzXLUUVvwF/wAxH/bn/txHGn/Lj/t7/wBt",
        "P//Z",
    ].joined()
}
