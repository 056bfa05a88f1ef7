import BookletLayout
import Foundation
import PlanBook
import PlanBookTestSupport
import PlanModel
import Testing

/// The booklets' PDFs, read back through poppler's tools.
@Suite(.serialized) struct BookletPDFTests {
    /// A pipeline of its own for each test: C handles are never shared between tasks.
    static var pipeline: PlanPipeline? { try? PlanPipeline(resources: Resources(root: TestSupport.repositoryRoot.path)) }

    static func rendered(_ name: String) throws -> (plan: SafetyPlan, pdf: URL) {
        let pipeline = try #require(pipeline)
        let source = TestSupport.samples.appendingPathComponent(name)
        let report = pipeline.check(path: source.path)
        let plan = try #require(report.plan, "\(report.diagnostics.diagnostics.map(\.message))")
        let bytes = try pipeline.pdf(for: plan)
        let output = try TestSupport.temporaryFolder().appendingPathComponent(name + ".pdf")
        try Data(bytes).write(to: output)
        return (plan, output)
    }

    /// Text with all white space folded to single spaces, for comparing wrapped PDF text.
    static func folded(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func withoutMarks(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }))
    }

    static func hasLamAlef(_ word: Substring) -> Bool {
        ["لا", "لأ", "لإ", "لآ"].contains { word.contains($0) }
    }

    static let sampleNames = ["mia.plan", "jayden.plan", "amira.plan", "kacper.plan", "ellie.plan"]

    @Test(arguments: sampleNames)
    func pdfHoldsEveryWorryAndNextStepAsText(name: String) throws {
        let (plan, pdf) = try Self.rendered(name)
        let text = Self.folded(try TestSupport.run("pdftotext", [pdf.path, "-"]).stdout)
        var expected: [String] = []
        for kind in [SectionKind.worries, .nextSteps, .workingWell, .whatHappened] {
            expected += plan.section(kind)?.items.map(\.text.text) ?? []
        }
        expected += plan.section(.whatHappened)?.items.compactMap(\.impact?.text) ?? []
        expected.append(plan.title.text)
        #expect(!expected.isEmpty)
        for sentence in expected where plan.language.hasPrefix("en") {
            #expect(text.contains(Self.folded(sentence)), "\(name): '\(sentence)' is not in the PDF's text")
        }
        // Right-to-left text comes back from pdftotext in visual order, so check its words.
        // pdftotext cannot map a lam-alef ligature back to its two letters, and drops
        // vowel marks; words with a ligature are left out and marks are removed on both sides.
        let bare = Self.withoutMarks(text)
        for sentence in expected where !plan.language.hasPrefix("en") {
            for word in sentence.split(separator: " ") where word.count > 3 && word.allSatisfy({ $0.isLetter }) && !Self.hasLamAlef(word) {
                #expect(bare.contains(Self.withoutMarks(String(word))), "\(name): '\(word)' is not in the PDF's text")
            }
        }
    }

    @Test(arguments: sampleNames)
    func everyFontIsEmbedded(name: String) throws {
        let (_, pdf) = try Self.rendered(name)
        let lines = try TestSupport.run("pdffonts", [pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        #expect(!lines.isEmpty)
        for line in lines {
            let columns = line.split(separator: " ")
            // name type... encoding emb sub uni id gen: emb and sub are the 5th and 4th from the end.
            #expect(columns[columns.count - 5] == "yes", "not embedded: \(line)")
            #expect(columns[columns.count - 4] == "yes", "not subset: \(line)")
        }
        #expect(lines.contains { $0.contains("Andika") })
    }

    @Test func arabicBookletUsesAnArabicFont() throws {
        let (_, pdf) = try Self.rendered("amira.plan")
        let fonts = try TestSupport.run("pdffonts", [pdf.path]).stdout
        #expect(fonts.contains("Noto") && fonts.contains("Arabic"))
    }

    @Test(arguments: sampleNames)
    func renderingTwiceGivesTheSameBytes(name: String) throws {
        let pipeline = try #require(Self.pipeline)
        let report = pipeline.check(path: TestSupport.samples.appendingPathComponent(name).path)
        let plan = try #require(report.plan)
        let first = try pipeline.pdf(for: plan)
        let second = try pipeline.pdf(for: plan)
        #expect(first == second)
        // A fresh process, with its own fonts, gives the same bytes too.
        let folder = try TestSupport.temporaryFolder()
        let run = try TestSupport.planbook([
            "render", TestSupport.samples.appendingPathComponent(name).path, "-o", folder.appendingPathComponent("x.pdf").path,
        ])
        #expect(run.status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("x.pdf")) == Data(first))
    }

    @Test func pdfInfoShowsA5TitleAndTags() throws {
        let (plan, pdf) = try Self.rendered("mia.plan")
        let info = Self.folded(try TestSupport.run("pdfinfo", [pdf.path]).stdout)
        #expect(info.contains("Title: \(plan.title.text)"))
        #expect(info.contains("Page size: 419.53 x 595.28 pts"))
        #expect(info.contains("Tagged: yes"))
        #expect(info.contains("CreationDate:") && info.contains("2026"))
    }

    @Test(arguments: sampleNames)
    func realMeasurerLayoutsHaveNoOverflowOrOverlap(name: String) throws {
        let pipeline = try #require(Self.pipeline)
        let plan = try #require(pipeline.check(path: TestSupport.samples.appendingPathComponent(name).path).plan)
        let booklet = try pipeline.layout(plan)
        #expect(LayoutInspection.geometryProblems(booklet).isEmpty, "\(LayoutInspection.geometryProblems(booklet).prefix(3))")
        #expect(LayoutInspection.missingWords(plan, in: booklet).isEmpty, "\(LayoutInspection.missingWords(plan, in: booklet).prefix(10))")
    }
}

@Suite struct PDFStructureTests {
    @Test func pdfHasBookmarksPageLabelsAndAStructureTree() throws {
        let (plan, pdf) = try BookletPDFTests.rendered("mia.plan")
        let bytes = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        #expect(bytes.contains("/PageLabels"))
        #expect(bytes.contains("/Outlines"))
        #expect(bytes.contains("/StructTreeRoot"))
        // One bookmark for each section the plan has, and the title.
        let titles = bytes.components(separatedBy: "/Title (").count - 1
        #expect(titles >= plan.sections.count + 1)
    }
}
