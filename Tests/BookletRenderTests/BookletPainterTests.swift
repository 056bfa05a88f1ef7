import BookletLayout
import BookletRender
import Foundation
import Testing

/// Renders the sample booklets and checks them with poppler's tools.
@Suite final class BookletPainterTests {
    let fonts: FontLibrary
    let renderer: BookletPainter
    let directory: URL
    let picturePath: String

    init() throws {
        fonts = try TestSupport.makeFonts()
        renderer = BookletPainter(fonts: fonts)
        directory = try TestSupport.temporaryFolder(prefix: "BookletRenderTests")
        picturePath = try SampleBooklets.writeHouseSVG(in: directory)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    var measurer: PangoTextMeasurer { PangoTextMeasurer(fonts: fonts) }
    var english: Booklet { SampleBooklets.english(measurer: measurer, picturePath: picturePath) }
    var arabic: Booklet { SampleBooklets.arabic(measurer: measurer) }

    /// Renders `booklet` to a file in the test's directory and returns its path.
    func renderFile(_ booklet: Booklet, named name: String) throws -> String {
        try TestSupport.write(try renderer.pdfData(for: booklet), named: name, in: directory)
    }

    /// Text without whitespace or bidi controls, so line breaks and reordering marks do not matter.
    static func squeezed(_ text: String) -> String {
        String(
            text.unicodeScalars.filter { scalar in
                !scalar.properties.isWhitespace && !(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value)
            }.map(Character.init))
    }

    @Test func pdfContainsEveryText() throws {
        let text = Self.squeezed(try TestSupport.output(of: "pdftotext", [try renderFile(english, named: "english.pdf"), "-"]))
        for expected in [
            SampleBooklets.titleText, SampleBooklets.headingText, SampleBooklets.longParagraph, SampleBooklets.quoteText,
            "A house with a door that opens.",
        ] {
            #expect(text.contains(Self.squeezed(expected)), "missing: \(expected)")
        }
    }

    @Test func arabicTextIsExtractable() throws {
        let text = Self.squeezed(try TestSupport.output(of: "pdftotext", [try renderFile(arabic, named: "arabic.pdf"), "-"]))
        #expect(text.contains(Self.squeezed(SampleBooklets.arabicBody)))
        // poppler reorders the lam-alef ligature of the title unreliably, so check its other words.
        for word in ["خطة", "الخاصة", "بي"] {
            #expect(text.contains(word), "missing: \(word)")
        }
    }

    @Test func fontsAreEmbeddedSubsets() throws {
        let englishFonts = try TestSupport.pdfFonts(try renderFile(english, named: "english.pdf"))
        #expect(!englishFonts.isEmpty)
        for font in englishFonts {
            #expect(font.embedded && font.subset, "\(font.name) is not an embedded subset")
            #expect(font.name.contains("Andika"), "unexpected font \(font.name)")
        }
        let arabicFonts = try TestSupport.pdfFonts(try renderFile(arabic, named: "arabic.pdf"))
        #expect(arabicFonts.allSatisfy { $0.embedded && $0.subset })
        #expect(arabicFonts.contains { $0.name.contains("NotoNaskhArabic") })
        #expect(arabicFonts.allSatisfy { $0.name.contains("NotoNaskhArabic") || $0.name.contains("Andika") })
    }

    @Test func documentInformation() throws {
        let info = try TestSupport.pdfInfo(try renderFile(english, named: "english.pdf"))
        #expect(info["Pages"] == "2")
        #expect(info["Page size"] == "419.53 x 595.28 pts (A5)" || info["Page size"] == "419.53 x 595.28 pts")
        #expect(info["Title"] == SampleBooklets.titleText)
        #expect(info["Author"] == "Sam")
        #expect(info["Subject"] == "Safety plan")
        #expect(info["Keywords"] == "safety, plan")
        #expect(info["Creator"] == "planbook")
        #expect(info["CreationDate"]?.contains("May 31 00:00:00 2024") == true)
        #expect(info["ModDate"] == info["CreationDate"])
        #expect(info["Tagged"] == "yes")
        #expect(info["PDF version"] == "1.5")
    }

    @Test func structureTagsFollowBoxRoles() throws {
        let structure = try TestSupport.output(of: "pdfinfo", ["-struct", try renderFile(english, named: "english.pdf")])
        let elements = structure.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(elements == ["Document", "H1 (block)", "Figure", "P (block)", "H2 (block)", "P (block)", "P (block)"])
    }

    @Test func outlinePointsAtPages() throws {
        let xml = try TestSupport.output(of: "pdftohtml", ["-xml", "-stdout", "-i", "-q", try renderFile(english, named: "english.pdf")])
        #expect(xml.contains("<item page=\"1\">\(SampleBooklets.titleText)</item>"))
        #expect(xml.contains("<outline>\n<item page=\"2\">\(SampleBooklets.headingText)</item>"), "the heading nests under the title")
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let first = try renderer.pdfData(for: english)
        let second = try renderer.pdfData(for: english)
        let fresh = try BookletPainter(fonts: TestSupport.makeFonts()).pdfData(for: english)
        #expect(first.count > 1000)
        #expect(first == second)
        #expect(first == fresh)
        #expect(try renderer.pdfData(for: arabic) == renderer.pdfData(for: arabic))
    }

    @Test func textSitsInsideItsFrames() throws {
        for (booklet, name) in [(english, "english.pdf"), (arabic, "arabic.pdf")] {
            let words = try TestSupport.wordBoxes(try renderFile(booklet, named: name))
            #expect(!words.isEmpty)
            for word in words {
                let frames = booklet.pages[word.page].boxes.filter {
                    if case .text = $0.content { return true } else { return false }
                }.map(\.frame)
                let centreY = (word.box.minY + word.box.maxY) / 2
                let inside = frames.contains { frame in
                    word.box.minX >= frame.minX - 0.5 && word.box.maxX <= frame.maxX + 0.5
                        && centreY >= frame.minY && centreY <= frame.maxY
                }
                #expect(inside, "'\(word.text)' at \(word.box) on page \(word.page + 1) is outside every text frame")
            }
        }
    }

    @Test func rightToLeftLinesEndAtTheRightEdge() throws {
        let booklet = arabic
        let words = try TestSupport.wordBoxes(try renderFile(booklet, named: "arabic.pdf"))
        guard case let body? = booklet.pages[0].boxes.first(where: { $0.role == .body }) else {
            Issue.record("no body box")
            return
        }
        let bodyWords = words.filter { word in
            let centreY = (word.box.minY + word.box.maxY) / 2
            return centreY > body.frame.minY && centreY < body.frame.maxY
        }
        // poppler reports Arabic glyph by glyph, each font with its own box
        // height, so gather words into lines by their vertical centres.
        var lines: [[TestSupport.Word]] = []
        for word in bodyWords.sorted(by: { $0.box.minY + $0.box.maxY < $1.box.minY + $1.box.maxY }) {
            let centreY = (word.box.minY + word.box.maxY) / 2
            if let first = lines.last?.first, abs((first.box.minY + first.box.maxY) / 2 - centreY) < 6 {
                lines[lines.count - 1].append(word)
            } else {
                lines.append([word])
            }
        }
        #expect(lines.count == 2)
        for line in lines {
            let rightEdge = line.map(\.box.maxX).max() ?? 0
            #expect(abs(rightEdge - body.frame.maxX) < 1, "a line ends at \(rightEdge), the frame at \(body.frame.maxX)")
        }
    }

    /// The english booklet with one more picture box on page 2 showing `path`.
    private func booklet(picturing path: String) -> Booklet {
        var booklet = english
        booklet.pages[1].boxes.append(
            Box(role: .picture, frame: Rect(x: 40, y: 400, width: 100, height: 100), content: .picture(path: path)))
        return booklet
    }

    /// Whether painting `booklet` throws `pictureUnreadable` for `path`, naming it.
    private func failsAsUnreadable(_ booklet: Booklet, path: String) -> Bool {
        do {
            _ = try renderer.pdfData(for: booklet)
            return false
        } catch {
            guard case RenderError.pictureUnreadable(let named, _) = error else { return false }
            return named == path && "\(error)".contains(path)
        }
    }

    @Test func missingPictureThrowsNamingThePath() throws {
        let missing = directory.appendingPathComponent("no-such-picture.svg").path
        #expect(failsAsUnreadable(booklet(picturing: missing), path: missing))
    }

    @Test func brokenPictureThrows() throws {
        let broken = try TestSupport.write(Array("not a picture".utf8), named: "broken.png", in: directory)
        var booklet = booklet(picturing: broken)
        #expect(failsAsUnreadable(booklet, path: broken))
        let unknown = try TestSupport.write(Array("GIF89a".utf8), named: "picture.gif", in: directory)
        booklet.pages[1].boxes[booklet.pages[1].boxes.count - 1].content = .picture(path: unknown)
        #expect(throws: RenderError.pictureFormatUnsupported(path: unknown)) {
            try renderer.pdfData(for: booklet)
        }
    }

    @Test func rasterPicturesAreDrawn() throws {
        // A PNG made by the renderer itself, and a tiny JPEG.
        let png = try renderer.pngPages(for: arabic, dpi: 20)[0]
        let pngPath = try TestSupport.write(png, named: "page.png", in: directory)
        let jpegPath = try TestSupport.write(
            Array(Data(base64Encoded: SampleBooklets.tinyJPEG) ?? Data()), named: "tiny.jpg", in: directory)
        var booklet = english
        booklet.pages[1].boxes += [
            Box(role: .picture, frame: Rect(x: 40, y: 380, width: 150, height: 150), content: .picture(path: pngPath)),
            Box(role: .picture, frame: Rect(x: 220, y: 380, width: 150, height: 150), content: .picture(path: jpegPath)),
        ]
        let path = try TestSupport.write(try renderer.pdfData(for: booklet), named: "pictures.pdf", in: directory)
        let images = try TestSupport.output(of: "pdfimages", ["-list", path]).split(separator: "\n").dropFirst(2)
        #expect(images.count == 2)
        #expect(images.contains { $0.contains("jpeg") }, "the JPEG is embedded as it is")
        #expect(
            images.contains { $0.contains(" 117 ") && $0.contains(" 165 ") },
            "the PNG keeps its pixel size:\n\(images.joined(separator: "\n"))")
    }

    @Test func invalidBookletsThrow() throws {
        var empty = english
        empty.pages = []
        #expect(throws: RenderError.noPages) { try renderer.pdfData(for: empty) }

        var badDate = english
        badDate.metadata.date = "31 May 2024"
        #expect(throws: RenderError.invalidDate("31 May 2024")) { try renderer.pdfData(for: badDate) }

        var badOutline = english
        badOutline.outline.append(OutlineEntry(title: "Lost", pageIndex: 5))
        #expect(throws: RenderError.outlinePageOutOfRange(title: "Lost", pageIndex: 5, pageCount: 2)) {
            try renderer.pdfData(for: badOutline)
        }
    }
}
