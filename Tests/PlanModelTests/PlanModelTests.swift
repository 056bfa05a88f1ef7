import Foundation
import PlanDiagnostics
import PlanModel
import Testing

@Suite struct PlanModelTests {
    static let context = LoweringContext(
        pictureNames: FixtureTests.pictureNames, pictureFolder: DiskPictureFolder(path: FixtureTests.folder.path))

    private func plan(_ name: String) throws -> SafetyPlan {
        let text = try String(contentsOf: FixtureTests.folder.appendingPathComponent(name), encoding: .utf8)
        let checked = checkPlan(SourceFile(path: name, text: text), context: Self.context)
        #expect(checked.diagnostics.isEmpty, "\(checked.diagnostics.map(\.message))")
        return try #require(checked.plan)
    }

    @Test func detailsAreTyped() throws {
        let plan = try plan("valid.plan")
        #expect(plan.title.text == "Mia's safety plan")
        #expect(plan.child.text == "Mia Thompson")
        #expect(plan.childFirstName == "Mia")
        #expect(plan.age == 7)
        #expect(plan.date?.description == "2026-03-02")
        #expect(plan.writtenBy == Author(name: "Sam Patel", role: "social worker"))
        #expect(plan.language == "en-GB")
        #expect(plan.sharedWithChild?.date.description == "2026-03-09")
        #expect(plan.sharedWithChild?.how == "read together at Gran's house")
        #expect(plan.readingAge == 7)
    }

    @Test func version11DetailsPeopleAndTheSafetyHouseAreTyped() throws {
        let plan = try plan("siblings.plan")
        #expect(plan.children.map(\.name.text) == ["Ruby Evans", "Leo Evans"])
        #expect(plan.children.map(\.age) == [5, 8])
        #expect(plan.age == 5, "type is sized for the youngest")
        #expect(plan.isForSiblings)
        #expect(plan.childFirstName == "Ruby and Leo")
        #expect(plan.picture == .library("sun"))
        #expect(plan.copies == ["Ruby", "Leo", "Mum", "Gran", "Sam"])
        let gran = try #require(plan.section(.safetyNetwork)?.people.first)
        #expect(gran.phone?.text == "+44 (0)7700 900-123")
        #expect(gran.picture == .library("gran"))
        #expect(plan.section(.whoIsWorried)?.people.first?.phone?.text == "0300 123 4567")
        let house = try #require(plan.section(.safetyHouse)?.safetyHouse)
        #expect(house.inside.map(\.name.text) == ["Mum", "Gran"])
        #expect(house.inside.first?.does?.text == "makes our tea and takes us to school")
        #expect(house.roof.map(\.text.text) == ["Nobody hits anybody in our house"])
        #expect(house.outside.map(\.name.text) == ["Dad"])
        #expect(house.path?.score == 6)
        #expect(house.path?.words?.text == "nearly at the front door")
        #expect(SectionKind(name: "My Safety House") == .safetyHouse)
    }

    @Test func aPlanWithoutCopiesSaysNothingAboutThem() throws {
        let plan = try plan("valid.plan")
        #expect(plan.copies == nil)
        #expect(plan.children.count == 1)
        #expect(!plan.isForSiblings)
    }

    @Test func aliasesNameTheirSections() throws {
        let plan = try plan("valid.plan")
        #expect(
            plan.sections.map(\.kind) == [
                .whoIsWorried, .whatHappened, .worries, .complicatingFactors, .workingWell, .safetyGoals,
                .nextSteps, .safetyScale, .safetyNetwork, .threeHouses, .wordsAndPictures,
            ])
        #expect(SectionKind(name: "WHAT'S WORKING WELL?") == .workingWell)
        #expect(SectionKind(name: "what  are we worried about") == .worries)
        #expect(SectionKind(name: "Worrys") == nil)
    }

    @Test func itemsJoinContinuationLinesAndCarryAttributes() throws {
        let plan = try plan("valid.plan")
        let harm = try #require(plan.section(.whatHappened)?.items.first)
        #expect(harm.text.text == "On 12 January Mum and Dad had a big fight. Dad hit Mum.")
        #expect(harm.picture == .library("storm"))
        #expect(harm.impact?.text == "Mia heard the shouting and hid under her bed.")
        let steps = try #require(plan.section(.nextSteps)?.items)
        #expect(steps[0].who == ["Mum", "Dad", "Gran"])
        #expect(steps[0].by == .date(PlanDate(iso: "2026-04-01")!))
        #expect(steps[1].by == .words("before the summer holidays"))
        #expect(plan.section(.workingWell)?.items.first?.picture == .library("gran"))
    }

    @Test func peopleHaveRolesRelationshipsAndWhatTheyDo() throws {
        let plan = try plan("valid.plan")
        let worried = try #require(plan.section(.whoIsWorried)?.people)
        #expect(worried[0].name.text == "Sam")
        #expect(worried[0].role == "Mia's social worker")
        #expect(worried[1].name.text == "Mrs Okafor")
        #expect(worried[1].relationship == "Mia's teacher")
        #expect(worried[1].does?.text == "talks to Mia every morning")
        #expect(worried[1].picture == .library("teacher"))
        let network = try #require(plan.section(.safetyNetwork)?.people)
        #expect(network.map(\.name.text) == ["Gran", "Aunt Lucy"])
        #expect(network[1].does?.text == "Mia can phone her any time")
    }

    @Test func scaleHousesQuotesAndStory() throws {
        let plan = try plan("valid.plan")
        let scale = try #require(plan.section(.safetyScale)?.scale)
        #expect(scale.question?.text == "How safe is Mia at home?")
        #expect(scale.zero?.text == "Mia cannot live at home")
        #expect(scale.ten?.text == "Everyone knows Mia is safe")
        #expect(scale.ratings.map { "\($0.name)=\($0.score)" } == ["Mia=6", "Sam=4"])
        let quote = try #require(plan.section(.workingWell)?.quotes.first)
        #expect(quote.text.text == "I like it when Gran picks me up.")
        #expect(quote.speaker == "Mia")
        let houses = try #require(plan.section(.threeHouses)?.houses)
        #expect(houses.worries.map(\.text.text) == ["Dad shouting"])
        #expect(houses.goodThings.map(\.text.text) == ["Swimming with Mum"])
        #expect(houses.dreams.map(\.text.text) == ["Everyone being kind at home"])
        let pages = try #require(plan.section(.wordsAndPictures)?.pages)
        #expect(pages.map(\.title.text) == ["Who is worried about Mia?", "What happened"])
        #expect(pages[1].lines.map(\.text) == ["One night Mum and Dad had a big fight.", "Mia was scared."])
        #expect(pages[0].pictures == [.library("people")])
        guard case .file(let relative, let absolute) = pages[1].pictures.first else {
            Issue.record("expected a picture file")
            return
        }
        #expect(relative == "pictures/sun.svg")
        #expect(absolute.hasSuffix("/Fixtures/pictures/sun.svg"))
    }

    @Test func rangesPointAtTheWordsInTheFile() throws {
        let text = try String(contentsOf: FixtureTests.folder.appendingPathComponent("valid.plan"), encoding: .utf8)
        let file = SourceFile(path: "valid.plan", text: text)
        let plan = try #require(checkPlan(file, context: Self.context).plan)
        #expect(file.text(in: plan.child.range) == "Mia Thompson")
        let network = try #require(plan.section(.safetyNetwork)?.people)
        #expect(file.text(in: network[0].name.range) == "Gran")
        #expect(file.text(in: network[0].does!.range) == "checks on Mia every evening")
        #expect(file.location(of: network[0].name.range.start) == SourceLocation(line: 51, column: 3, offset: network[0].name.range.start))
    }

    @Test func crlfBomAndTabsReadLikeLf() {
        let lf = "# T\nchild: Mia\nage: 7\nshared with child: 2026-01-01\n## Worries\n- one\n  two\n> \"hi\" (Mia)\n"
        let crlf = "\u{FEFF}" + lf.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "  two", with: "\ttwo")
        let a = checkPlan(SourceFile(path: "a", text: lf), context: Self.context)
        let b = checkPlan(SourceFile(path: "b", text: crlf), context: Self.context)
        #expect(a.diagnostics.isEmpty && b.diagnostics.isEmpty)
        #expect(a.plan?.section(.worries)?.items.first?.text.text == "one two")
        #expect(b.plan?.section(.worries)?.items.first?.text.text == "one two")
        #expect(b.plan?.title.text == "T")
    }

    @Test func columnsCountCharactersNotBytes() {
        let file = SourceFile(path: "x", text: "# Zoë\nchild: Zoë\någe: 7\n## Worries\n- a\n")
        let checked = checkPlan(file, context: Self.context)
        let unknown = checked.diagnostics.first { $0.name == "unknown-detail" }
        #expect(unknown.map { file.location(of: $0.range.start).description } == "3:1")
        #expect(unknown.map { file.location(of: $0.range.end).description } == "3:4")
    }

    @Test func datesMustExist() {
        #expect(PlanDate(iso: "2024-02-29") != nil)
        #expect(PlanDate(iso: "2026-02-29") == nil)
        #expect(PlanDate(iso: "2026-04-31") == nil)
        #expect(PlanDate(iso: "2026-4-1") == nil)
        #expect(PlanDate(iso: "1900-02-29") == nil)
        #expect(PlanDate(iso: "2000-02-29") != nil)
    }
}

@Suite struct LayoutDetailTests {
    @Test func unknownLayoutIsAnErrorNamingTheLayouts() {
        let file = SourceFile(path: "x", text: "# T\nchild: A\nage: 5\nlayout: famly-plan\n## Worries\n- x\n")
        let context = LoweringContext(pictureNames: [], layoutNames: ["child-booklet", "family-plan"], pictureFolder: nil)
        let checked = checkPlan(file, context: context)
        let error = checked.diagnostics.first { $0.name == "unknown-layout" }
        #expect(error.map { file.location(of: $0.range.start).description } == "4:9")
        #expect(error?.message == "there is no layout called 'famly-plan' — did you mean 'family-plan'?")
        #expect(
            checkPlan(SourceFile(path: "x", text: file.text.replacingOccurrences(of: "famly", with: "family")), context: context).plan?
                .layout == "family-plan")
    }

    @Test func pictureFilesNeedAFolder() {
        let file = SourceFile(path: "-", text: "# T\nchild: A\nage: 5\n## Worries\n- x [picture: me.png]\n")
        let checked = checkPlan(file, context: LoweringContext(pictureNames: [], pictureFolder: nil))
        #expect(checked.diagnostics.contains { $0.name == "picture-outside-folder" })
    }
}

@Suite struct ReviewFindingTests {
    private func check(_ text: String) -> CheckedPlan {
        checkPlan(SourceFile(path: "x", text: text), context: PlanModelTests.context)
    }

    @Test func aRoleMayFollowARelationship() throws {
        let plan = try #require(
            check("# T\nchild: A\nage: 5\n## Safety network\n- Gran (Mum's mum), retired nurse: visits\n## Worries\n- x\n").plan)
        let person = try #require(plan.section(.safetyNetwork)?.people.first)
        #expect(person.relationship == "Mum's mum")
        #expect(person.role == "retired nurse")
        #expect(person.does?.text == "visits")
    }

    @Test func storyLinesWithAColonKeepTheirPicture() throws {
        let plan = try #require(
            check("# T\nchild: A\nage: 5\n## Worries\n- x\n## Story\n### One\nMum said: we will try. [picture: sun]\n").plan)
        let page = try #require(plan.section(.wordsAndPictures)?.pages.first)
        #expect(page.lines.map(\.text) == ["Mum said: we will try."])
        #expect(page.pictures == [.library("sun")])
    }

    @Test func shortWordsBeforeAColonAreText() throws {
        let checked = check("# T\nchild: A\nage: 5\n## Worries\n- Mum asked\n  Why: because\n")
        #expect(!checked.hasErrors)
        #expect(checked.plan?.section(.worries)?.items.first?.text.text == "Mum asked Why: because")
    }

    @Test func numbersHaveNoSign() {
        #expect(check("# T\nchild: A\nage: +7\n## Worries\n- x\n").diagnostics.contains { $0.name == "invalid-age" })
        #expect(check("# T\nchild: A\nage: 7\n## Scale\n- Mia: +5\n## Worries\n- x\n").diagnostics.contains { $0.name == "invalid-rating" })
    }

    @Test func lintAllowMustBeItsOwnWord() {
        let checked = check("# T\nchild: A\nage: 7\n// lint: allowing not-shared-with-child\n## Worries\n- x\n")
        #expect(checked.diagnostics.contains { $0.name == "not-shared-with-child" })
    }

    @Test func aDottedNameIsAMisspeltLibraryPicture() {
        let checked = check("# T\nchild: A\nage: 7\n## Worries\n- x [picture: su.n]\n")
        #expect(checked.diagnostics.contains { $0.name == "unknown-picture" })
    }

    @Test func dayFirstDatesAreNotInTheRightShape() {
        let checked = check("# T\nchild: A\nage: 7\ndate: 01-03-2026\n## Worries\n- x\n")
        #expect(checked.diagnostics.first { $0.name == "invalid-date" }?.message == "'01-03-2026' is not a date written YYYY-MM-DD")
    }

    @Test func aQuoteOnAStoryPageStaysOnThatPage() throws {
        let plan = try #require(
            check("# T\nchild: A\nage: 5\n## Worries\n- x\n## Story\n### One\nWords.\n> \"Mine\" (A)\n### Two\nMore.\n").plan)
        let pages = try #require(plan.section(.wordsAndPictures)?.pages)
        #expect(pages[0].quotes.map(\.text.text) == ["Mine"])
        #expect(pages[1].quotes.isEmpty)
        #expect(plan.section(.wordsAndPictures)?.quotes.isEmpty == true)
    }
}

/// `SafetyPlan.parts`, the one walk over a plan's texts and pictures.
@Suite struct PlanPartsTests {
    static func plan(_ text: String) throws -> SafetyPlan {
        let checked = checkPlan(
            SourceFile(path: "walk.plan", text: text), context: LoweringContext(pictureNames: ["house", "tea", "bus"], pictureFolder: nil))
        #expect(!checked.hasErrors, "\(checked.diagnostics.map(\.message))")
        return try #require(checked.plan)
    }

    @Test func theWalkMeetsEveryPictureWithTheWordsItStandsFor() throws {
        let plan = try Self.plan(
            """
            # Mia's plan
            child: Mia
            age: 7

            ## Worries
            - Dad shouts.

            ## Three houses
            worries:
            - The bus is late. [picture: bus]

            ## Words and pictures
            ### At home
            We live here. [picture: house]
            > "Gran makes tea." (Mia) [picture: tea]
            """)
        let pictures = plan.pictures.map { "\($0.picture): \($0.standsFor)" }
        #expect(pictures == ["library(\"bus\"): The bus is late.", "library(\"house\"): At home", "library(\"tea\"): Mia"])
        #expect(plan.prose.map(\.text) == ["Mia's plan", "Dad shouts.", "The bus is late.", "At home", "We live here.", "Gran makes tea."])
        #expect(plan.parts.contains(.label("Mia")), "who said a quote is a label the booklet shows")
    }
}

/// Lowering learns about picture files only through a `PictureFolder`, so a
/// plan with picture files can be checked with no disk: this folder is a
/// dictionary.
@Suite struct PictureFolderTests {
    struct MemoryFolder: PictureFolder {
        var files: [String: [UInt8]] = [:]
        var linksOut: Set<String> = []
        var pipes: Set<String> = []

        func locate(_ relativePath: String) -> PictureFileLocation {
            if linksOut.contains(relativePath) { return .outsideFolder }
            if pipes.contains(relativePath) { return .notAFile }
            return files[relativePath] == nil ? .missing : .file(path: "/memory/" + relativePath)
        }
        func head(of path: String, count: Int) -> [UInt8]? { files[String(path.dropFirst(8))].map { Array($0.prefix(count)) } }
        func read(_ path: String, limit: Int) -> Result<[UInt8], RegularFile.Failure> {
            guard let bytes = files[String(path.dropFirst(8))] else { return .failure(.missing) }
            return bytes.count > limit ? .failure(.tooLarge(size: bytes.count)) : .success(bytes)
        }
    }

    /// A PNG header saying `width` × `height` pixels.
    static func png(width: UInt8, height: UInt8) -> [UInt8] {
        [
            0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, width, 0, 0, 0, height, 8, 6, 0,
            0, 0,
        ]
    }

    static func codes(_ picture: String, in folder: MemoryFolder) -> (codes: [String], picture: Picture?) {
        let text = "# Mia's plan\nchild: Mia\nage: 7\n\n## Worries\n- Dad shouts. [picture: \(picture)]\n"
        let checked = checkPlan(SourceFile(path: "mia.plan", text: text), context: LoweringContext(pictureNames: [], pictureFolder: folder))
        return (checked.diagnostics.filter { $0.severity == .error }.map(\.code), checked.plan?.allPictures.first)
    }

    @Test func everyAnswerOfTheFolderIsItsOwnDiagnostic() {
        let folder = MemoryFolder(
            files: [
                "me.png": Self.png(width: 10, height: 10), "fake.png": Array("<svg/>".utf8),
                "drawings/me.svg": Array("<svg width='10' height='10'/>".utf8),
            ],
            linksOut: ["away.png"], pipes: ["pipe.png"])
        let found = Self.codes("me.png", in: folder)
        #expect(found.codes == [])
        #expect(found.picture == .file(relativePath: "me.png", absolutePath: "/memory/me.png"))
        #expect(Self.codes("drawings/me.svg", in: folder).codes == [])
        #expect(Self.codes("gone.png", in: folder).codes == ["PB502"])
        #expect(Self.codes("away.png", in: folder).codes == ["PB503"])
        #expect(Self.codes("../me.png", in: folder).codes == ["PB503"], "'..' is refused before the folder is asked")
        #expect(Self.codes("fake.png", in: folder).codes == ["PB504"])
        #expect(Self.codes("pipe.png", in: folder).codes == ["PB510"])
        let text = "# Mia's plan\nchild: Mia\nage: 7\n\n## Worries\n- Dad shouts. [picture: me.png]\n"
        for (limits, code) in [(InputLimits(picturePixels: 99), "PB506"), (InputLimits(pictureFileBytes: 20), "PB507")] {
            let checked = checkPlan(
                SourceFile(path: "mia.plan", text: text), context: LoweringContext(pictureNames: [], pictureFolder: folder, limits: limits))
            #expect(checked.diagnostics.filter { $0.severity == .error }.map(\.code) == [code])
        }
    }
}
