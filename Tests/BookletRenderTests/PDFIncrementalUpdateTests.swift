import BookletLayout
import Foundation
import Testing

@testable import BookletRender

/// The structure tree's notes are appended to cairo's file as an incremental
/// update, not written by parsing and rewriting the whole file.
@Suite struct PDFIncrementalUpdateTests {
    /// A small PDF with a classic cross-reference table, as cairo writes one.
    static func handmadePDF(objects: [String]) -> [UInt8] {
        var bytes = Array("%PDF-1.5\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(bytes.count)
            bytes += Array("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8)
        }
        let xref = bytes.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1)\n   /Root 1 0 R\n>>\nstartxref\n\(xref)\n%%EOF\n"
        return bytes + Array(table.utf8)
    }

    static let objects = [
        "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 4 0 R >>",
        "<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [ 0 0 100 100 ] /Resources << /XObject << /x5 5 0 R /x5 5 0 R >> >> >>",
        "<< /Type /StructTreeRoot /K [ 6 0 R ] >>",
        "<< /Type /XObject /Subtype /Form /BBox [ 0 0 1 1 ] /Length 0 >>\nstream\n\nendstream",
        "<< /Type /StructElem /S /Figure /P 4 0 R /K [ 0 << /Type /MCR /MCID 1 >> ] /T (a \\(b\\)) >>",
    ]

    @Test func replacedObjectsAreReadFromTheUpdateAndTheRestFromTheFile() throws {
        let original = Self.handmadePDF(objects: Self.objects)
        let file = try PDFFile(bytes: original)
        let figure = try #require(try file.object(6)?.dictionary)
        guard case .name("/Figure") = figure["/S"] else {
            Issue.record("the element's type is not read")
            return
        }
        guard case .array(let kids) = figure["/K"], kids.count == 2, case .integer(0) = kids[0] else {
            Issue.record("the element's /K is not read")
            return
        }
        var update = PDFIncrementalUpdate(file: file)
        try update.replace(6, setting: [("/Alt", PDFIncrementalUpdate.textString("A sun (yellow)"))])
        try update.replace(1, setting: [("/Lang", "(en-GB)")])
        let written = try update.write()

        #expect(Array(written.prefix(original.count)) == original, "cairo's bytes are kept as they are")
        let amended = try PDFFile(bytes: written)
        #expect(amended.lastXrefOffset > original.count)
        let trailer = String(decoding: written[amended.lastXrefOffset...], as: UTF8.self)
        let originalXref = try #require(String(decoding: original, as: UTF8.self).range(of: "xref\n0 7"))
        let originalOffset = String(decoding: original, as: UTF8.self).distance(
            from: String(decoding: original, as: UTF8.self).startIndex, to: originalXref.lowerBound)
        #expect(trailer.contains("/Prev \(originalOffset)"))
        #expect(trailer.contains("/Root 1 0 R") && trailer.contains("/Size 7") && trailer.contains("/ID [<"))
        #expect(trailer.hasPrefix("xref\n1 1\n") && trailer.contains("\n6 1\n"), "only the replaced objects are listed: \(trailer)")

        let newFigure = try #require(try amended.object(6)?.dictionary)
        let alt = try #require(newFigure.entries.first { $0.key == "/Alt" })
        #expect(String(decoding: written[alt.valueBytes], as: UTF8.self) == "(A sun \\(yellow\\))")
        let title = try #require(newFigure.entries.first { $0.key == "/T" })
        #expect(String(decoding: written[title.valueBytes], as: UTF8.self) == "(a \\(b\\))", "other entries are copied as written")
        guard case .name("/Catalog") = try amended.object(1)?.dictionary?["/Type"] else {
            Issue.record("the new catalogue keeps its entries")
            return
        }
        #expect(try amended.object(2)?.dictionary?["/Count"] != nil, "objects not replaced are read from the original table")
        #expect(try update.write() == written, "the same update gives the same bytes and /ID")
    }

    @Test func theNewestCrossReferenceSectionDecides() throws {
        let original = Self.handmadePDF(objects: Self.objects)
        var update = PDFIncrementalUpdate(file: try PDFFile(bytes: original))
        try update.replace(6, withValue: "<< /Type /StructElem /S /P >>")
        var written = try update.write()
        // A further update that frees object 5.
        let xref = written.count
        let previous = try PDFFile(bytes: written).lastXrefOffset
        written += Array(
            "xref\n5 1\n0000000000 00001 f \ntrailer\n<< /Size 7 /Root 1 0 R /Prev \(previous) >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        let file = try PDFFile(bytes: written)
        #expect(try file.object(5) == nil, "a free entry hides the object's older one")
        guard case .name("/P") = try file.object(6)?.dictionary?["/S"] else {
            Issue.record("the second section's version of object 6 is read")
            return
        }
        #expect(try file.object(2)?.dictionary != nil, "the first section's objects are still read")
    }

    @Test func aKeyNamedTwiceIsWrittenOnce() throws {
        let file = try PDFFile(bytes: Self.handmadePDF(objects: Self.objects))
        let pages = try file.pages(catalog: try #require(try file.object(1)?.dictionary))
        #expect(pages.map(\.number) == [3])
        let resources = try #require(pages.first?.page.entries.first { $0.key == "/Resources" })
        #expect(file.withoutRepeatedKeys(resources.value, at: resources.valueBytes) == "<< /XObject << /x5 5 0 R >> >>")
        let catalog = try #require(try file.objectWithRange(1))
        #expect(file.withoutRepeatedKeys(catalog.value, at: catalog.bytes) == nil)
    }

    @Test func textStringsAreLiteralInASCIIAndUTF16Otherwise() {
        #expect(PDFIncrementalUpdate.textString(#"A (big) \ sun"#) == #"(A \(big\) \\ sun)"#)
        #expect(PDFIncrementalUpdate.textString("Mañana") == "<FEFF004D006100F10061006E0061>")
        #expect(PDFIncrementalUpdate.textString("so") == "(so)")
    }

    @Test func aFileWithoutAPlainCrossReferenceTableIsAnError() {
        #expect(throws: RenderError.self) { try PDFFile(bytes: Array("%PDF-1.5\nstartxref\n9\n%%EOF\n".utf8)) }
        #expect(throws: RenderError.self) { try PDFFile(bytes: Array("%PDF-1.5\n".utf8)) }
    }

    @Test func aBookletIsCairosFileWithOneSmallUpdate() throws {
        let fonts = try TestSupport.makeFonts()
        let folder = try TestSupport.temporaryFolder(prefix: "PDFIncrementalUpdateTests")
        let picture = try SampleBooklets.writeHouseSVG(in: folder)
        let booklet = SampleBooklets.english(measurer: PangoTextMeasurer(fonts: fonts), picturePath: picture)
        let pdf = try BookletPainter(fonts: fonts).pdfData(for: booklet) { box in
            StructureNote(alternateText: box.role == .picture ? "A house" : nil, language: box.role == .heading ? "fr" : nil)
        }
        let text = String(decoding: pdf, as: UTF8.self)
        let endOfCairo = try #require(text.range(of: "%%EOF\n"))
        let update = text[endOfCairo.upperBound...]
        #expect(text.components(separatedBy: "startxref").count == 3, "cairo's cross-reference table and one update")
        #expect(update.contains("/Prev ") && update.contains("/Alt (A house)") && update.contains("/Lang (fr)"))
        #expect(update.utf8.count * 4 < pdf.count, "only the changed objects are written again")
        let path = folder.appendingPathComponent("booklet.pdf")
        try Data(pdf).write(to: path)
        let check = try TestSupport.run("qpdf", ["--check", path.path])
        #expect(check.status == 0, "qpdf --check: \(check.stdout) \(check.stderr)")
    }
}
