import BookletLayout
import Foundation
import PlanBook
import PlanBookTestSupport
import PlanModel
import Testing

/// Every layout, on every sample and on a plan with long lists, through the real Pango measurer.
@Suite(.serialized) struct LayoutsTests {
    static let layoutNames = ["child-booklet", "family-plan", "three-houses", "safe-contacts"]
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func pipeline() throws -> PlanPipeline {
        try PlanPipeline(resources: Resources(root: TestSupport.repositoryRoot.path))
    }

    @Test func shippedLayoutsAreAllThereAndValid() throws {
        let catalogue = try Self.pipeline().layouts
        #expect(catalogue.names == Self.layoutNames.sorted())
        for name in catalogue.names {
            #expect(try catalogue.template(named: name).problems().isEmpty, "\(name)")
        }
    }

    @Test(arguments: layoutNames)
    func everyTextColourHasAContrastOfAtLeast4point5(layout: String) throws {
        let template = try Self.pipeline().layouts.template(named: layout)
        for pair in template.textColourPairs {
            #expect(
                Colour.contrast(pair.foreground, pair.background) >= 4.5,
                "\(layout): \(pair.name) is \(Colour.contrast(pair.foreground, pair.background))")
        }
    }

    @Test func contrastFollowsWCAG() {
        #expect(Colour.contrast(.black, .white) == 21)
        #expect(Colour.contrast(Colour(hex: "#777777")!, .white) == 4.47)
        let template = try? Self.pipeline().layouts.template(named: "child-booklet")
        var pale = template
        pale?.colours.text = Colour(hex: "#BBBBBB")!
        #expect(pale?.problems().contains { $0.contains("text on background") } == true)
    }

    /// The plan with only the sections a layout shows.
    static func shown(_ plan: SafetyPlan, in template: LayoutTemplate) -> SafetyPlan {
        var copy = plan
        let kinds: Set<SectionKind>
        switch template.kind {
        case .booklet, .columns: kinds = Set(template.sectionOrder + template.columnOrder.flatMap { $0 })
        case .houses: kinds = []
        case .card: kinds = []
        }
        copy.sections = plan.sections.filter { kinds.contains($0.kind) }
        return copy
    }

    /// All the words in a booklet's text boxes, white space folded.
    static func folded(_ booklet: Booklet) -> String {
        BookletPDFTests.folded(
            booklet.pages.flatMap(\.boxes).compactMap { box -> String? in
                if case .text(let text, _) = box.content { return text } else { return nil }
            }.joined(separator: " "))
    }

    static let plans =
        TestSupport.samplePlans().map(\.path) + ["long-lists.plan", "urdu.plan"].map { fixtures.appendingPathComponent($0).path }

    @Test(arguments: layoutNames)
    func everyPlanLaysOutWithoutOverflowOverlapOrLostWords(layout: String) throws {
        let pipeline = try Self.pipeline()
        let template = try pipeline.layouts.template(named: layout)
        for path in Self.plans {
            let plan = try #require(pipeline.check(path: path).plan, "\(path)")
            let booklet = try pipeline.layout(plan, layout: layout)
            let name = URL(fileURLWithPath: path).lastPathComponent
            #expect(!booklet.pages.isEmpty)
            let problems = LayoutInspection.geometryProblems(booklet)
            #expect(problems.isEmpty, "\(layout) \(name): \(problems.prefix(3))")
            switch template.kind {
            case .booklet, .columns:
                let missing = LayoutInspection.missingWords(Self.shown(plan, in: template), in: booklet)
                #expect(missing.isEmpty, "\(layout) \(name): \(missing.prefix(8))")
            case .houses, .card:
                let shown = Self.folded(booklet)
                let houses = plan.section(.threeHouses)?.houses
                let expected =
                    template.kind == .houses
                    ? ((houses?.worries ?? []) + (houses?.goodThings ?? []) + (houses?.dreams ?? [])).map(\.text.text)
                    : (plan.section(.safetyNetwork)?.people ?? []).flatMap { person in
                        person.phone.map { [person.name.text, $0.text] } ?? []
                    }
                // The card shows only names with phone numbers, never what people do.
                // Long houses flow over pages column by column, so compare words, not sentences.
                var available = LayoutInspection.words(in: shown).reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
                for word in expected.flatMap(LayoutInspection.words(in:)) {
                    #expect((available[word] ?? 0) > 0, "\(layout) \(name): '\(word)' is missing")
                    available[word, default: 0] -= 1
                }
            }
            let pdf = try pipeline.pdf(for: plan, layout: layout)
            #expect(pdf.starts(with: Array("%PDF-".utf8)))
        }
    }

    @Test func longListsFlowOverManyPagesAtFullSize() throws {
        let pipeline = try Self.pipeline()
        let plan = try #require(pipeline.check(path: Self.fixtures.appendingPathComponent("long-lists.plan").path).plan)
        let booklet = try pipeline.layout(plan)
        #expect(booklet.pages.count > 15)
        let bodySizes = Set(
            booklet.pages.flatMap(\.boxes).compactMap { box -> Double? in
                if case .text(_, let style) = box.content, box.role == .body { return style.size }
                return nil
            })
        #expect(bodySizes == [18], "age 6 reads 18 pt everywhere; nothing is shrunk")
        // Twelve people are too many for one page at 18 pt: the network runs on over pages, Sam drawn again in each.
        let captions = booklet.pages.flatMap(\.boxes).compactMap { box -> String? in
            guard box.role == .caption, case .text(let text, _) = box.content else { return nil }
            return text
        }
        for person in 1...12 { #expect(captions.filter { $0 == "Person\(person)" }.count == 1, "Person\(person) is drawn once") }
        #expect(captions.filter { $0 == "Sam" }.count >= 2)
    }

    @Test func safeContactsSayNothingAboutTheWorries() throws {
        let pipeline = try Self.pipeline()
        let plan = try #require(pipeline.check(path: TestSupport.samples.appendingPathComponent("mia.plan").path).plan)
        let folder = try TestSupport.temporaryFolder()
        let pdf = folder.appendingPathComponent("card.pdf")
        try Data(try pipeline.pdf(for: plan, layout: "safe-contacts")).write(to: pdf)
        let text = BookletPDFTests.folded(try TestSupport.run("pdftotext", [pdf.path, "-"]).stdout)
        for person in plan.section(.safetyNetwork)?.people ?? [] {
            // Only people with a number: a name the child cannot call is no use on the card.
            #expect(text.contains(person.name.text) == (person.phone != nil), "\(person.name.text) on the card")
            // What people do can tell what the worry is ("knows about this plan"): only names and numbers.
            if let does = person.does { #expect(!text.contains(BookletPDFTests.folded(does.text))) }
            if let phone = person.phone { #expect(text.contains(phone.text)) }
        }
        var secrets = [plan.title.text, "safety", "worried", "plan", plan.children[0].firstName]
        for kind in [SectionKind.worries, .whatHappened, .nextSteps, .complicatingFactors] {
            secrets += plan.section(kind)?.items.map(\.text.text) ?? []
        }
        for secret in secrets {
            #expect(!text.lowercased().contains(BookletPDFTests.folded(secret).lowercased()), "the card says '\(secret)'")
        }
        let info = try TestSupport.run("pdfinfo", [pdf.path]).stdout.lowercased()
        #expect(
            !info.contains("safety") && !info.contains(plan.writtenBy?.name.lowercased() ?? "-"), "the file's metadata gives nothing away")
    }

    @Test func threeHousesPosterIsOneLandscapePage() throws {
        let pipeline = try Self.pipeline()
        let plan = try #require(pipeline.check(path: TestSupport.samples.appendingPathComponent("mia.plan").path).plan)
        let booklet = try pipeline.layout(plan, layout: "three-houses")
        #expect(booklet.pages.count == 1)
        #expect(booklet.pages[0].size.width > booklet.pages[0].size.height)
        #expect(booklet.pages[0].boxes.filter { $0.role == .drawing }.count == 3)
    }

    @Test func arabicPagesMirrorWithPicturesOnTheRight() throws {
        let pipeline = try Self.pipeline()
        let plan = try #require(pipeline.check(path: TestSupport.samples.appendingPathComponent("amira.plan").path).plan)
        let booklet = try pipeline.layout(plan)
        #expect(booklet.direction == .rightToLeft)
        var pairs = 0
        for page in booklet.pages {
            for picture in page.boxes where picture.role == .picture && picture.tag.role == .item {
                // The words beside an item's picture stand to its left.
                if let words = page.boxes.first(where: {
                    $0.role == .body && $0.tag.item == picture.tag.item && abs($0.frame.minY - picture.frame.minY) < 1
                }) {
                    #expect(words.frame.maxX <= picture.frame.minX)
                    pairs += 1
                }
            }
        }
        #expect(pairs > 5)
        // Arabic headings come from the Arabic words file.
        let texts = booklet.pages.flatMap(\.boxes).compactMap { box -> String? in
            if case .text(let t, _) = box.content { return t } else { return nil }
        }
        #expect(texts.contains("ماذا سيحدث بعد ذلك؟"))
    }

    @Test func everyLibraryPictureHasItsFile() throws {
        let library = try Self.pipeline().pictures
        #expect(library.entries.count >= 120)
        for entry in library.entries {
            #expect(FileManager.default.fileExists(atPath: library.folder + "/" + entry.file), "\(entry.name)")
        }
    }

    @Test func fixedWordsExistForEveryLanguageTheIssueNames() throws {
        let catalogue = try Self.pipeline().layouts
        for language in ["en-GB", "pl", "ar", "ur", "ro", "pa"] {
            let words = try catalogue.fixedWords(for: language)
            #expect(words.language == language)
            #expect(words.sections.count == SectionKind.allCases.count, "\(language)")
        }
        #expect(try catalogue.fixedWords(for: "pl-PL").language == "pl", "a region falls back to its language")
        #expect(try catalogue.fixedWords(for: "xx").language == "en-GB")
    }
}

@Suite struct ScriptTypographyTests {
    @Test func urduIsSetBiggerWithLooserLines() throws {
        let pipeline = try LayoutsTests.pipeline()
        let plan = try #require(pipeline.check(path: LayoutsTests.fixtures.appendingPathComponent("urdu.plan").path).plan)
        let booklet = try pipeline.layout(plan)
        let body = try #require(booklet.pages.flatMap(\.boxes).first { $0.role == .body })
        guard case .text(_, let style) = body.content else {
            Issue.record("not text")
            return
        }
        #expect(abs(style.size - 16 * 1.3) < 0.01, "age 8 is 16 pt, Nastaliq 1.3 times bigger")
        #expect(style.lineSpacing >= 2.1)
        #expect(booklet.direction == .rightToLeft)
        #expect(LayoutInspection.geometryProblems(booklet).isEmpty)
        let fonts = try TestSupport.run("pdffonts", [try writePDF(pipeline, plan).path]).stdout
        #expect(fonts.contains("Nastaliq"))
    }

    private func writePDF(_ pipeline: PlanPipeline, _ plan: SafetyPlan) throws -> URL {
        let url = try TestSupport.temporaryFolder().appendingPathComponent("urdu.pdf")
        try Data(try pipeline.pdf(for: plan)).write(to: url)
        return url
    }
}
