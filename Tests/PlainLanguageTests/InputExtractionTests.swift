import Foundation
import PlanDiagnostics
import Testing
import ZIPFoundation
@testable import PlainLanguage

/// What prose is read from each kind of file.
@Suite struct InputExtractionTests {
    static func prose(_ document: LintDocument) -> [String] {
        LintTesting.sentencesOf(document)
    }

    @Test func markdownLeavesOutCodeMarkupAndLinkTargets() {
        let markdown = """
        ---
        title: Notes
        ---
        # Mia's *review*

        Mia saw the [doctor](https://example.org/gp) on **Monday**. Run `planbook lint` first.

        ```
        let placement = "code is not prose"
        ```

            indented code is not prose either

        <div class="box">HTML is not prose</div>

        <!-- a comment
        over lines -->
        - Gran helps ![a picture](gran.png)
        - See www.example.org for more

        | Who | What |
        |-----|------|
        | Gran | Picks Mia up |

        [ref]: https://example.org
        """
        let document = LintDocument.document(SourceFile(path: "notes.md", text: markdown), kind: .markdown)
        #expect(Self.prose(document) == [
            "Mia's review",
            "Mia saw the doctor on Monday",
            "Run first",
            "Gran helps",
            "See for more",
            "Who", "What", "Gran", "Picks Mia up",
        ])
    }

    @Test func plainTextHeadingsAndListItemsAreSentences() {
        let text = "Background\nMia is 7 and lives with Mum.\n\nWhat we agreed:\n- Gran helps\n- Dad drives\n1. Sam visits\n"
        let document = LintDocument.document(SourceFile(path: "notes.txt", text: text), kind: .text)
        #expect(Self.prose(document) == ["Background", "Mia is 7 and lives with Mum", "What we agreed", "Gran helps", "Dad drives", "Sam visits"])
    }

    @Test func aPlanGivesOnlyWhatTheChildReads() throws {
        let plan = """
        # Mia's plan
        child: Mia
        age: 7
        // lint: allow contact

        ## What happened
        - Dad drinks beer. [picture: bottle]
          Then he falls asleep.
          impact: Mia is scared.

        ## Next steps
        - Dad will phone Gran.
          who: Dad
          by: 2026-05-01
        > "I love Gran." (Mia)
        """
        let document = LintDocument.document(SourceFile(path: "mia.plan", text: plan), kind: .plan)
        #expect(document.childAge == 7)
        #expect(document.allowances.fileWide.contains("contact"))
        #expect(Self.prose(document) == ["Mia's plan", "Dad drinks beer", "Then he falls asleep", "Mia is scared", "Dad will phone Gran", "I love Gran"])
    }

    @Test func aPlanWithoutAnAgeIsAProblem() {
        let document = LintDocument.document(SourceFile(path: "bad.plan", text: "# Plan\nchild: Mia\n\n## Worries\n- x\n"), kind: .plan)
        #expect(document.problems.map(\.code) == ["PL002"])
    }

    @Test func everySamplePlanReads() throws {
        let samples = LintTesting.repositoryRoot.appendingPathComponent("samples")
        let plans = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".plan") }
        #expect(plans.count >= 4)
        for plan in plans {
            let document = LintDocument.read(path: samples.appendingPathComponent(plan).path)
            #expect(document.problems.isEmpty, "\(plan)")
            #expect(!document.pieces.isEmpty, "\(plan)")
        }
    }

    @Test func aWordDocumentsParagraphsAreItsLines() throws {
        let folder = try LintTesting.temporaryFolder()
        let url = folder.appendingPathComponent("report.docx")
        try WordFixture.write(paragraphs: ["Background", "", "Mum was non-compliant with the plan.", "Mia sees her siblings."], to: url)
        let document = LintDocument.read(path: url.path)
        #expect(document.problems.isEmpty)
        #expect(document.file.lineCount == 4)
        #expect(Self.prose(document) == ["Background", "Mum was non-compliant with the plan", "Mia sees her siblings"])
        let report = PlainLanguageLinter().lint(path: url.path)
        let blame = try #require(report.findings.first { $0.name == "judgemental" })
        #expect(report.file.location(of: blame.range.start).line == 3)
        #expect(report.file.location(of: blame.range.start).column == 9)
    }

    @Test func aBrokenWordDocumentIsReported() throws {
        let folder = try LintTesting.temporaryFolder()
        let url = folder.appendingPathComponent("broken.docx")
        try Data("not a zip".utf8).write(to: url)
        let report = PlainLanguageLinter().lint(path: url.path)
        #expect(report.findings.map(\.code) == ["PL001"])
        #expect(report.score == nil)
    }

    @Test func wordXMLSkipsDeletedTextAndFieldCodes() throws {
        let xml = """
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
        <w:p><w:r><w:t>Mia</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">is safe.</w:t></w:r></w:p>
        <w:p><w:del><w:r><w:delText>removed words</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText><w:t>Kept.</w:t></w:r></w:p>
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>In a table.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        </w:body></w:document>
        """
        #expect(try WordDocumentReader.paragraphs(ofXML: Data(xml.utf8)) == ["Mia is safe.", "Kept.", "In a table."])
    }

    @Test func foldersAreSearchedForWhatLintReads() throws {
        let folder = try LintTesting.temporaryFolder()
        for name in ["a.txt", "b.md", "c.plan", "d.docx", "e.pdf", ".hidden.txt", "~$lock.docx"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("sub/f.markdown"))
        let found = LintInputs.expand([folder.path]).map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(found == ["a.txt", "b.md", "c.plan", "d.docx", "f.markdown"])
    }

    @Test func windowsTextIsRead() throws {
        let folder = try LintTesting.temporaryFolder()
        let url = folder.appendingPathComponent("old.txt")
        try Data([0x4D, 0x75, 0x6D, 0x92, 0x73, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x2E]).write(to: url) // Mum’s café.
        let document = LintDocument.read(path: url.path)
        #expect(document.problems.isEmpty)
        #expect(document.file.text == "Mum\u{2019}s caf\u{E9}.")
    }
}

/// Writes minimal Word documents for tests.
enum WordFixture {
    static func write(paragraphs: [String], to url: URL) throws {
        let body = paragraphs.map { text in
            text.isEmpty ? "<w:p/>" : "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
        }.joined()
        let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
        """
        let archive = try Archive(url: url, accessMode: .create)
        let data = Data(xml.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
