import BookletLayout
import Foundation
import PlanModel
import Testing

@testable import PlanBook

/// A PDF's structure tree, read back with `qpdf --json` (qpdf is installed by setup).
struct StructureTree {
    struct Element {
        var type: String
        var alternateText: String?
        var language: String?
    }

    /// The catalogue's `/Lang`.
    var language: String?
    var displaysTitle: Bool
    /// Every structure element, depth first in `/K` order.
    var elements: [Element]

    var figures: [Element] { elements.filter { $0.type == "/Figure" } }

    init(pdf: URL) throws {
        let run = try TestSupport.run("qpdf", ["--json=2", "--json-key=qpdf", pdf.path])
        // qpdf exits 3 for warnings, which cairo's PDFs do not give once amended.
        #expect(run.status == 0, "qpdf: \(run.stderr)")
        let json = try run.jsonObject()
        let parts = try #require(json["qpdf"] as? [Any])
        let objects = try #require(parts.last as? [String: Any])
        func value(_ reference: Any?) -> Any? {
            guard let reference = reference as? String, reference.hasSuffix(" R") else { return reference }
            return (objects["obj:" + reference] as? [String: Any])?["value"]
        }
        func text(_ object: Any?) -> String? {
            guard let string = object as? String, string.hasPrefix("u:") else { return nil }
            return String(string.dropFirst(2))
        }
        let trailer = try #require((objects["trailer"] as? [String: Any])?["value"] as? [String: Any])
        let catalog = try #require(value(trailer["/Root"]) as? [String: Any])
        language = text(catalog["/Lang"])
        displaysTitle = ((catalog["/ViewerPreferences"] as? [String: Any])?["/DisplayDocTitle"] as? Bool) == true
        var found: [Element] = []
        func visit(_ object: Any?, depth: Int) {
            guard depth < 64 else { return }
            let resolved = value(object)
            if let array = resolved as? [Any] {
                for item in array { visit(item, depth: depth + 1) }
            } else if let element = resolved as? [String: Any], let type = element["/S"] as? String {
                found.append(Element(type: type, alternateText: text(element["/Alt"]), language: text(element["/Lang"])))
                visit(element["/K"], depth: depth + 1)
            }
        }
        let root = try #require(value(catalog["/StructTreeRoot"]) as? [String: Any])
        visit(root["/K"], depth: 0)
        elements = found
    }
}

/// Booklets a screen reader can read: alt text on every picture, the
/// document's language, and the language of fixed words in another language.
@Suite(.serialized) struct AccessiblePDFTests {
    /// A pipeline of its own for each test: C handles are never shared between tasks.
    static func pipeline() -> PlanPipeline? { try? PlanPipeline(resources: Resources(root: TestSupport.repositoryRoot.path)) }

    static func pdf(of plan: SafetyPlan, in folder: URL, name: String = "booklet.pdf") throws -> URL {
        let pipeline = try #require(Self.pipeline())
        let output = folder.appendingPathComponent(name)
        try Data(try pipeline.pdf(for: plan)).write(to: output)
        return output
    }

    static func check(_ text: String, in folder: URL) throws -> SafetyPlan {
        let pipeline = try #require(Self.pipeline())
        let path = folder.appendingPathComponent("plan.plan")
        try text.write(to: path, atomically: true, encoding: .utf8)
        let report = pipeline.check(path: path.path)
        return try #require(report.plan, "\(report.diagnostics.diagnostics.map(\.message))")
    }

    @Test(arguments: ["mia.plan", "amira.plan", "ellie.plan"])
    func everyPictureHasAltTextAndTheDocumentItsLanguage(name: String) throws {
        let pipeline = try #require(Self.pipeline())
        let plan = try #require(pipeline.check(path: TestSupport.samples.appendingPathComponent(name).path).plan)
        let pdf = try Self.pdf(of: plan, in: try TestSupport.temporaryFolder())
        let tree = try StructureTree(pdf: pdf)
        #expect(tree.language == plan.language)
        #expect(tree.displaysTitle)
        let pictureBoxes = try pipeline.layout(plan).pages.flatMap(\.boxes).filter { $0.role == .picture }
        #expect(!tree.figures.isEmpty)
        #expect(tree.figures.count == pictureBoxes.count, "one Figure a picture")
        let descriptions = Set(pipeline.pictures.entries.map(\.description))
        let planText = try String(contentsOf: TestSupport.samples.appendingPathComponent(name), encoding: .utf8)
        for figure in tree.figures {
            let alt = try #require(figure.alternateText, "every Figure has /Alt")
            #expect(!alt.isEmpty && alt != "A picture", "\(name): a Figure has no real description")
            #expect(
                descriptions.contains(alt) || alt == "A drawing by \(plan.childFirstName)" || planText.contains(alt),
                "\(name): '\(alt)' is neither a library description nor the plan's words")
        }
    }

    @Test func libraryPicturesAreDescribedInTheOrderTheyAreDrawn() throws {
        let pipeline = try #require(Self.pipeline())
        let plan = try #require(pipeline.check(path: TestSupport.samples.appendingPathComponent("mia.plan").path).plan)
        let booklet = try pipeline.layout(plan)
        let pdf = try Self.pdf(of: plan, in: try TestSupport.temporaryFolder())
        let byFile = Dictionary(
            pipeline.pictures.entries.map { (pipeline.pictures.folder + "/" + $0.file, $0.description) }, uniquingKeysWith: { a, _ in a })
        let expected = booklet.pages.flatMap(\.boxes).compactMap { box -> String? in
            guard box.role == .picture, case .picture(let path) = box.content else { return nil }
            return byFile[path]
        }
        #expect(expected.count > 5)
        #expect(try StructureTree(pdf: pdf).figures.map(\.alternateText) == expected)
    }

    @Test func aChildsOwnDrawingIsDescribedByItsWordsOrAsTheirDrawing() throws {
        let folder = try TestSupport.temporaryFolder()
        let svg =
            ##"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100"><circle cx="50" cy="50" r="40" fill="#fc0"/></svg>"##
        try svg.write(to: folder.appendingPathComponent("sun-drawing.svg"), atomically: true, encoding: .utf8)
        try svg.write(to: folder.appendingPathComponent("cover-drawing.svg"), atomically: true, encoding: .utf8)
        let plan = try Self.check(
            """
            # Zara's safety plan

            child: Zara Ahmed
            age: 6
            picture: cover-drawing.svg

            ## Working well
            - Zara plays in the garden with Gran on sunny days. [picture: sun-drawing.svg]
            """, in: folder)
        let tree = try StructureTree(pdf: try Self.pdf(of: plan, in: folder))
        let alts = tree.figures.compactMap(\.alternateText)
        #expect(alts.contains("Zara plays in the garden with Gran on sunny days."), "\(alts)")
        // The cover's own picture has no words of its own: it is the child's drawing.
        let pipeline = try #require(Self.pipeline())
        let notes = ScreenReaderNotes(
            plan: plan, library: pipeline.pictures, fixedWords: try pipeline.layouts.fixedWords(for: plan.language))
        let cover = Box(
            role: .picture, frame: Rect(x: 0, y: 0, width: 10, height: 10),
            content: .picture(path: folder.appendingPathComponent("cover-drawing.svg").path))
        #expect(notes.note(for: cover).alternateText == "A drawing by Zara")
        if tree.figures.count > 2 { #expect(alts.contains("A drawing by Zara"), "a cover drawing on the page is described: \(alts)") }
    }

    @Test func fixedWordsInAnotherLanguageSayWhichLanguageTheyAre() throws {
        let folder = try TestSupport.temporaryFolder()
        // No Somali fixed words yet: the headings are English inside a Somali booklet.
        let plan = try Self.check(
            """
            # Qorshaha badbaadada Cali

            child: Cali
            age: 8
            language: so

            ## Working well
            - Ayeeyo ayaa Cali ka qaadda dugsiga maalin kasta.
            """, in: folder)
        let tree = try StructureTree(pdf: try Self.pdf(of: plan, in: folder))
        #expect(tree.language == "so")
        let english = tree.elements.filter { $0.language == "en-GB" }
        #expect(!english.isEmpty, "the English headings are marked en-GB")
        #expect(english.allSatisfy { $0.type == "/H2" || $0.type == "/P" || $0.type == "/H1" })
        #expect(!tree.elements.contains { $0.type == "/H1" && $0.language != nil }, "the plan's own title is in the plan's language")

        // The same plan in English marks nothing.
        let englishPlan = try Self.check(
            "# Ali's safety plan\n\nchild: Ali\nage: 8\n\n## Working well\n- Gran picks Ali up from school every day.\n", in: folder)
        let englishTree = try StructureTree(pdf: try Self.pdf(of: englishPlan, in: folder, name: "english.pdf"))
        #expect(englishTree.language == "en-GB")
        #expect(englishTree.elements.allSatisfy { $0.language == nil })
    }

    @Test func thePictureCatalogueDescribesEveryPicture() throws {
        let pipeline = try #require(Self.pipeline())
        let output = try TestSupport.temporaryFolder().appendingPathComponent("pictures.pdf")
        try Data(try pipeline.pictureCataloguePDF()).write(to: output)
        let alts = try StructureTree(pdf: output).figures.compactMap(\.alternateText)
        #expect(alts == pipeline.pictures.entries.map(\.description))
    }
}
