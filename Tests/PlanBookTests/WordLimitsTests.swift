import Foundation
import PlainLanguage
import PlanDiagnostics
import Testing
import ZIPFoundation

@testable import PlanBook

/// Word files that lie about their sizes, or are simply big (issue 14, items 3 and 9).
struct WordLimitsTests {
    /// A .docx whose word/document.xml inflates to `size` bytes of one long text, while
    /// its local and central headers both claim 1,000 bytes.
    static func lyingDocument(inflatingTo size: Int) throws -> URL {
        let url = try TestSupport.temporaryFolder().appendingPathComponent("lying.docx")
        let head = Data("<w:document><w:body><w:p><w:r><w:t>".utf8)
        let tail = Data("</w:t></w:r></w:p></w:body></w:document>".utf8)
        let total = head.count + size + tail.count
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(total), compressionMethod: .deflate) {
            position, chunk in
            let start = Int(position)
            if start >= head.count, start + chunk <= total - tail.count { return Data(repeating: UInt8(ascii: "a"), count: chunk) }
            let bytes = (0..<chunk).map { index -> UInt8 in
                let at = Int(position) + index
                return at < head.count ? head[at] : at >= total - tail.count ? tail[at - (total - tail.count)] : UInt8(ascii: "a")
            }
            return Data(bytes)
        }
        var bytes = [UInt8](try Data(contentsOf: url))
        func patch(_ offset: Int) { bytes.replaceSubrange(offset..<offset + 4, with: [0xE8, 0x03, 0, 0]) }
        patch(22)
        let central = (0..<bytes.count - 4).last { bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4B && bytes[$0 + 2] == 1 && bytes[$0 + 3] == 2 }!
        patch(central + 24)
        try Data(bytes).write(to: url)
        return url
    }

    @Test func aWordFileWhoseHeadersLieIsStoppedAtTheLimitWhileInflating() throws {
        let url = try Self.lyingDocument(inflatingTo: 40 << 20)
        #expect(try Data(contentsOf: url).count < 1 << 20, "small on disk")
        let started = Date()
        let document = FileLinter.document(path: url.path)
        #expect(document.problems.map(\.code) == ["PL005"])
        #expect(document.problems.first?.message.contains("33554432") == true)
        #expect(document.problems.first?.help?.contains("--max-word-part-bytes") == true)
        #expect(Date().timeIntervalSince(started) < 60)
        let raised = FileLinter.document(path: url.path, limits: InputLimits(wordPartBytes: 64 << 20, textBytes: 64 << 20))
        #expect(raised.problems.isEmpty)
        #expect(raised.file.utf8.count == 40 << 20)
    }

    @Test func aValidWordFileWithTwelveMegabytesOfXMLIsRead() throws {
        let folder = try TestSupport.temporaryFolder()
        let url = folder.appendingPathComponent("big.docx")
        let paragraph = "Mia walks to school with Gran &amp; her dog every single day."
        let count = 12_000_000 / (paragraph.count + 60)
        try WordFixture.write(paragraphs: Array(repeating: paragraph, count: count), to: url)
        let document = FileLinter.document(path: url.path, limits: InputLimits(textBytes: 16 << 20))
        #expect(document.problems.isEmpty, "\(document.problems.map(\.message))")
        #expect(document.file.lineCount == count)
        #expect(document.file.lineText(count) == "Mia walks to school with Gran & her dog every single day.")
        let limited = FileLinter.document(path: url.path)
        #expect(limited.problems.map(\.code) == ["PL004"], "its text is over the 1 MiB standard limit")
    }

    @Test func theScannerReadsEntitiesCDATAAndNestedParagraphsAndRefusesADoctype() throws {
        let xml =
            #"<?xml version="1.0"?><!-- c --><w:document><w:body><w:p><w:r><w:t>a &lt;b&gt; &#x2019;&#39;</w:t><w:t><![CDATA[<c>]]></w:t></w:r><w:p><w:r><w:t>inner</w:t></w:r></w:p><w:r><w:t a=">">z</w:t></w:r></w:p><w:p/></w:body></w:document>"#
        #expect(try WordDocumentReader.paragraphs(ofXML: Data(xml.utf8)) == ["inner", "a <b> \u{2019}'<c>z", ""])
        #expect(throws: WordDocumentReader.ReadError.self) {
            try WordDocumentReader.paragraphs(ofXML: Data(#"<!DOCTYPE d [<!ENTITY a "aaaa">]><w:p><w:t>&a;</w:t></w:p>"#.utf8))
        }
        #expect(throws: WordDocumentReader.ReadError.self) { try WordDocumentReader.paragraphs(ofXML: Data("<w:p><w:t>a &bogus; b".utf8)) }
        #expect(throws: WordDocumentReader.ReadError.self) { try WordDocumentReader.paragraphs(ofXML: Data("<w:p".utf8)) }
    }
}
