import Foundation
import PlainLanguage
import Testing
import ZIPFoundation

@testable import PlanBook

/// Lint's inputs: files found and read by the pipeline (text, Markdown,
/// Word, plans), configuration files, and the one encoding policy.
@Suite struct LintFilesTests {
    /// The sentences of a document's prose: their words, joined by spaces.
    static func prose(_ document: LintDocument) -> [String] {
        var counter = SyllableCounter()
        let text = AnalyzedText(file: document.file, pieces: document.pieces, counter: &counter)
        return text.sentences.indices.map { index in
            text.words(inSentence: index).map { $0.text(in: text.file) }.joined(separator: " ")
        }
    }

    @Test func aConfigurationFileBesideTheFilesIsUsed() throws {
        let folder = try TestSupport.temporaryFolder()
        let sub = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let configuration = """
            {"audience": "professional", "ignore": ["passive-voice"],
             "words": [{"term": "FRT", "rule": "acronym", "category": "acronym", "expansion": "family recovery team", "plain": ["the family recovery team"]}],
             "remove": ["placement"]}
            """
        try configuration.write(to: folder.appendingPathComponent(LintConfiguration.fileName), atomically: true, encoding: .utf8)
        let file = sub.appendingPathComponent("note.txt")
        try "The FRT visited. Mia was taken home. Her placement is stable.".write(to: file, atomically: true, encoding: .utf8)
        #expect(LintConfigurationFile.find(for: file.path) == folder.appendingPathComponent(LintConfiguration.fileName).path)
        let report = try FileLinter().lint(path: file.path)
        #expect(report.target.audience == .professional)
        #expect(report.findings.map(\.name) == ["acronym"])
        #expect(report.findings.first?.help?.lowercased().contains("the family recovery team") == true)
        let without = try FileLinter(request: LintRequest(findsConfiguration: false)).lint(path: file.path)
        #expect(without.findings.contains { $0.name == "jargon" })
    }

    @Test func aBrokenConfigurationIsReported() throws {
        let folder = try TestSupport.temporaryFolder()
        try "{\"ignore\": [\"no-such-rule\"]}".write(
            to: folder.appendingPathComponent(LintConfiguration.fileName), atomically: true, encoding: .utf8)
        let file = folder.appendingPathComponent("note.txt")
        try "Mia is fine.".write(to: file, atomically: true, encoding: .utf8)
        let report = try FileLinter().lint(path: file.path)
        #expect(report.hasErrors)
        #expect(report.findings.first?.message.contains("no-such-rule") == true)
    }

    @Test func aWordFileCanBeAListOfEntries() throws {
        let folder = try TestSupport.temporaryFolder()
        let words = folder.appendingPathComponent("team-words.json")
        try "[{\"term\": \"hub\", \"rule\": \"jargon\", \"category\": \"social-work\", \"plain\": [\"team\"]}]".write(
            to: words, atomically: true, encoding: .utf8)
        let configuration = try LintConfigurationFile.load(path: words.path)
        let linter = try FileLinter(request: LintRequest(words: configuration, findsConfiguration: false))
        let report = linter.lint(
            path: try {
                let file = folder.appendingPathComponent("a.txt")
                try "The hub called.".write(to: file, atomically: true, encoding: .utf8)
                return file.path
            }())
        #expect(report.findings.map(\.name) == ["jargon"])
        #expect(report.findings.first?.fixes.first?.replacement == "team")
    }

    @Test func theAuditCanScoreACheckedPlan() throws {
        let samples = TestSupport.repositoryRoot.appendingPathComponent("samples/mia.plan")
        let text = try String(contentsOf: samples, encoding: .utf8)
        let file = SourceFile(path: samples.path, text: text)
        let document = LintDocument.document(file, kind: .plan)
        let direct = try FileLinter().lint(path: samples.path)
        let viaPlan = PlainLanguageLinter().lint(document, configuration: LintConfiguration())
        #expect(direct.score?.value == viaPlan.score?.value)
        #expect((direct.score?.value ?? 0) >= 5)
    }

    @Test func everySamplePlanIsPlain() throws {
        let samples = TestSupport.repositoryRoot.appendingPathComponent("samples")
        for path in FileFinder.plans([samples.path]).map(\.path) {
            let report = try FileLinter().lint(path: path)
            #expect(!report.hasErrors, "\(path)")
            if let score = report.score { #expect(score.isPlain, "\(path): \(score.value)") }
        }
    }

    @Test func everySamplePlanReads() throws {
        let samples = TestSupport.repositoryRoot.appendingPathComponent("samples")
        let plans = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".plan") }
        #expect(plans.count >= 4)
        for plan in plans {
            let document = FileLinter.document(path: samples.appendingPathComponent(plan).path)
            #expect(document.problems.isEmpty, "\(plan)")
            #expect(!document.pieces.isEmpty, "\(plan)")
        }
    }

    @Test func aWordDocumentsParagraphsAreItsLines() throws {
        let folder = try TestSupport.temporaryFolder()
        let url = folder.appendingPathComponent("report.docx")
        try WordFixture.write(paragraphs: ["Background", "", "Mum was non-compliant with the plan.", "Mia sees her siblings."], to: url)
        let document = FileLinter.document(path: url.path)
        #expect(document.problems.isEmpty)
        #expect(document.file.lineCount == 4)
        #expect(LintFilesTests.prose(document) == ["Background", "Mum was non-compliant with the plan", "Mia sees her siblings"])
        let report = try FileLinter().lint(path: url.path)
        let blame = try #require(report.findings.first { $0.name == "judgemental" })
        #expect(report.file.location(of: blame.range.start).line == 3)
        #expect(report.file.location(of: blame.range.start).column == 9)
    }

    @Test func aBrokenWordDocumentIsReported() throws {
        let folder = try TestSupport.temporaryFolder()
        let url = folder.appendingPathComponent("broken.docx")
        try Data("not a zip".utf8).write(to: url)
        let report = try FileLinter().lint(path: url.path)
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
        let folder = try TestSupport.temporaryFolder()
        for name in ["a.txt", "b.md", "c.plan", "d.docx", "e.pdf", ".hidden.txt", "~$lock.docx"] {
            try Data().write(to: folder.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("sub/f.markdown"))
        let found = FileFinder.lintInputs([folder.path]).map { URL(fileURLWithPath: $0.path).lastPathComponent }
        #expect(found == ["a.txt", "b.md", "c.plan", "d.docx", "f.markdown"])
    }

    @Test func windowsTextIsRead() throws {
        let folder = try TestSupport.temporaryFolder()
        let url = folder.appendingPathComponent("old.txt")
        try Data([0x4D, 0x75, 0x6D, 0x92, 0x73, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x2E]).write(to: url) // Mum’s café.
        let document = FileLinter.document(path: url.path)
        #expect(document.problems.isEmpty)
        #expect(document.file.text == "Mum\u{2019}s caf\u{E9}.")
    }

    @Test func anUnreadableFileHasANullScore() throws {
        let report = try FileLinter().lint(path: "/no/such/file.txt")
        let json = LintOutput.json([report])
        #expect(json.contains("\"score\" : null"))
        #expect(report.findings.map(\.code) == ["PL001"])
    }
}

/// Writes minimal Word documents for tests.
enum WordFixture {
    static func write(paragraphs: [String], to url: URL) throws {
        let body = paragraphs.map { text in
            text.isEmpty ? "<w:p/>" : "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
        }.joined()
        try write(body: body, to: url)
    }

    /// A document whose `w:body` is `body` (WordprocessingML, the `w:` prefix bound).
    static func write(body: String, to url: URL) throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
        let archive = try Archive(url: url, accessMode: .create)
        let data = Data(xml.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
            position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}

/// Word documents: footnotes and endnotes are read after the body, and a text
/// box is read once (not again in the copy Word keeps for older readers).
@Suite struct WordNotesTests {
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:v="urn:schemas-microsoft-com:vml"
        """

    static func write(_ parts: [String: String], to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (name, xml) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(xml.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    @Test func footnotesEndnotesAndTextBoxesAreRead() throws {
        let box = "<w:txbxContent><w:p><w:r><w:t>Gran is the key worker.</w:t></w:r></w:p></w:txbxContent>"
        let document = """
            <w:document \(Self.namespaces)><w:body>
            <w:p><w:r><w:t>Mum came to the meeting.</w:t></w:r></w:p>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><wps:txbx>\(box)</wps:txbx></mc:Choice>\
            <mc:Fallback><v:textbox>\(box)</v:textbox></mc:Fallback></mc:AlternateContent></w:r></w:p>
            </w:body></w:document>
            """
        let footnotes = """
            <w:footnotes \(Self.namespaces)><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
            <w:footnote w:id="1"><w:p><w:r><w:t>The chronology is attached.</w:t></w:r></w:p></w:footnote></w:footnotes>
            """
        let endnotes =
            "<w:endnotes \(Self.namespaces)><w:endnote w:id=\"1\"><w:p><w:r><w:t>Respite was agreed.</w:t></w:r></w:p></w:endnote></w:endnotes>"
        let url = try TestSupport.temporaryFolder().appendingPathComponent("review.docx")
        try Self.write(["word/document.xml": document, "word/footnotes.xml": footnotes, "word/endnotes.xml": endnotes], to: url)
        let paragraphs = try WordDocumentReader.paragraphs(of: url, limit: 1 << 20)
        #expect(
            paragraphs.filter { !$0.isEmpty } == [
                "Mum came to the meeting.", "Gran is the key worker.", "The chronology is attached.", "Respite was agreed.",
            ])
    }
}
