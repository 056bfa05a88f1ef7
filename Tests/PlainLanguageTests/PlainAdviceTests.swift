import Foundation
import PlanDiagnostics
import Testing

@testable import PlainLanguage

/// Advice that fits the sentence and the reader: replacements in the form of
/// the words they replace, alternatives for the audience in its person, names
/// and explained terms not flagged word by word.
@Suite struct PlainAdviceTests {
    init() { _ = LintTesting.installData }

    /// The text with every machine fix of some rules applied.
    static func fixed(_ text: String, rules: [String] = ["complex-word", "jargon"], audience: Audience = .parent) -> String {
        let report = PlainLanguageLinter(options: LintOptions(audience: audience)).lint(text: text)
        var bytes = Array(text.utf8)
        let fixes = report.findings.filter { rules.contains($0.name) }.flatMap(\.fixes).sorted { $0.range.start > $1.range.start }
        for fix in fixes { bytes.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func findings(_ rule: String, in text: String, audience: Audience = .parent) -> [Diagnostic] {
        LintTesting.findings(rule, in: text, target: .target(for: audience))
    }

    @Test(arguments: [
        ("Toys were provided by the school.", "Toys were given by the school."),
        ("We provided a bed.", "We gave a bed."),
        ("Sam is facilitating the meeting.", "Sam is helping the meeting."),
        ("The visit was initiated by Gran.", "The visit was started by Gran."),
        ("Gran facilitates the visits.", "Gran helps the visits."),
        ("The visits commenced in May.", "The visits started in May."),
        ("We will commence the visits.", "We will start the visits."),
        ("Commencing on Monday, Gran will visit.", "Starting on Monday, Gran will visit."),
        ("Dad has ascertained the times.", "Dad has found out the times."),
        ("We are endeavouring to help.", "We are trying to help."),
        ("Keira moved between placements.", "Keira moved between homes."),
    ])
    func replacementsKeepTheInflection(sentence: String, expected: String) {
        #expect(Self.fixed(sentence) == expected)
    }

    @Test func aReplacementThatCannotBeMadeToFitIsAdviceNotAFix() throws {
        // `provided` with no subject or auxiliary: `gave` or `given`? The sentence does not say.
        let findings = Self.findings("complex-word", in: "The support provided to the family helped.")
        let finding = try #require(findings.first { $0.message.contains("provided") })
        #expect(finding.fixes.isEmpty)
        #expect(finding.help?.contains("give") == true)
    }

    @Test func anArticleIsMadeToAgree() {
        #expect(Self.fixed("Sam will do an evaluation.") == "Sam will do a check.")
        #expect(Self.fixed("An evaluation is next.") == "A check is next.")
    }

    @Test func aMatchNeverEndsInsideACapitalisedName() {
        let text = "Please come to the Child Protection Plan Meeting on Monday."
        let fixes = PlainLanguageLinter(options: LintOptions(audience: .parent)).lint(text: text).findings.flatMap(\.fixes)
        #expect(fixes.isEmpty)
        let jargon = Self.findings("jargon", in: text)
        #expect(
            jargon.map(\.message) == [
                "'Child Protection Plan Meeting' is the name of a meeting a parent or carer may not know; explain it once"
            ])
    }

    @Test func theSuggestionIsTheAudiences() throws {
        let text = "The child protection conference is on Monday."
        let parent = try #require(Self.findings("jargon", in: text, audience: .parent).first)
        #expect(parent.help == "Write 'meeting about keeping your child safe'.")
        #expect(parent.fixes.first?.replacement == "meeting about keeping your child safe")
        let child = try #require(Self.findings("jargon", in: text, audience: .child).first)
        #expect(child.help == "Write 'big meeting about keeping you safe'.")
        let professional = try #require(Self.findings("jargon", in: text, audience: .professional).first)
        #expect(professional.help == "Write 'meeting about keeping the child safe'.")
    }

    @Test func theReadersPersonAgreesWithItsVerb() throws {
        let parent = try #require(Self.findings("jargon", in: "We will ask about her wishes and feelings.", audience: .parent).first)
        #expect(parent.help == "Write 'what your child thinks and feels'.")
        let child = try #require(Self.findings("jargon", in: "We will ask about your wishes and feelings.", audience: .child).first)
        #expect(child.help == "Write 'what you think and feel'.")
    }

    @Test func alternativesAreReadInBothWordListForms() throws {
        let entries = try JSONDecoder().decode(
            [WordListEntry].self,
            from: Data(
                #"""
                [{"term": "family hub", "rule": "jargon", "category": "social-work",
                  "plain": ["family centre", {"text": "place where {you} can play", "for": ["child"]}]}]
                """#.utf8))
        let entry = try #require(entries.first)
        #expect(entry.plain(for: .parent) == ["family centre"])
        #expect(entry.plain(for: .child) == ["family centre", "place where you can play"])
    }

    @Test func namesAreFlaggedOnceAndNotTheirWords() {
        let text = """
            The City of York Safeguarding Children Partnership wrote this leaflet. \
            The Scottish Children's Reporters Administration may write to you. \
            The City of York Safeguarding Children Partnership meets every month.
            """
        let jargon = Self.findings("jargon", in: text)
        #expect(jargon.count == 2)
        #expect(jargon.allSatisfy { $0.message.contains("is the name of an organisation") })
        #expect(!jargon.contains { $0.message.hasPrefix("'Safeguarding'") || $0.message.hasPrefix("'Children's Reporter") })
    }

    @Test(arguments: [
        "Children who are looked after (in care) have a social worker.",
        "A core group is the people who help your family. The core group meets every month.",
        "The core group – the people who help your family – meets every month.",
        "We will hold a meeting called a core group. The core group meets every month.",
        "Your child is looked after. This means the council shares the care of your child.",
        "What is a core group? It is the people who help your family.",
        "Respite, which means a short break, is on Fridays.",
    ])
    func termsExplainedInTheTextAreNotFlagged(text: String) {
        #expect(Self.findings("jargon", in: text).isEmpty, "\(Self.findings("jargon", in: text).map(\.message))")
    }

    @Test func aTermUsedBeforeItIsExplainedIsFlaggedThere() {
        let text = "The core group meets on Monday. A core group is the people who help your family. The core group will phone you."
        let findings = Self.findings("jargon", in: text)
        #expect(findings.count == 1)
        #expect(findings.first?.range.start == 4)
    }

    @Test func explainedNamesAreNotFlagged() {
        let text =
            "You are invited to a Child Protection Planning Meeting (a meeting where we make a plan with you). The Child Protection Planning Meeting is on Monday."
        #expect(Self.findings("jargon", in: text).isEmpty)
    }

    @Test func theScoreCountsEachTermOnce() throws {
        let report = PlainLanguageLinter(options: LintOptions(audience: .parent)).lint(
            text: "The core group meets on Monday. The core group will phone you. Gran will come to the core group."
        )
        #expect(report.findings.filter { $0.name == "jargon" }.count == 3)
        let words = try #require(report.score?.parts.first { $0.name == "words" })
        #expect(words.reason.hasPrefix("1 jargon or acronym term (3 uses)"))
        let once = PlainLanguageLinter(options: LintOptions(audience: .parent)).lint(
            text: "The core group meets on Monday. Sam will phone you. Gran will come to it.")
        #expect(once.score?.parts.first { $0.name == "words" }?.points == words.points)
    }
}

/// Acronyms: explained in either order and on any earlier line, headings in
/// capitals left alone, the meaning chosen by the text where one fits.
@Suite struct AcronymAdviceTests {
    init() { _ = LintTesting.installData }

    static func acronyms(_ text: String) -> [Diagnostic] {
        LintTesting.findings("acronym", in: text, target: .target(for: .parent))
    }

    @Test(arguments: [
        "The Integration Joint Board (IJB) met. The IJB agreed the budget.",
        "The IJB (Integration Joint Board) met on Monday.",
        "The Integration Joint Board met in May.\n\nIn June the IJB agreed the budget.",
        "The IJB met on Monday. The Integration Joint Board agreed the budget.",
        "We met the family recovery team in May. Later the FRT phoned.",
        "4. REPORT\n\nGran came.",
        "BACKGROUND TO THE REFERRAL\n\nGran came.",
    ])
    func explainedOrShoutedAcronymsAreNotFlagged(text: String) {
        #expect(Self.acronyms(text).isEmpty, "\(Self.acronyms(text).map(\.message))")
    }

    @Test func anUnexplainedAcronymHasNoPlaceholderHelp() throws {
        let finding = try #require(Self.acronyms("The IJB met on Monday.").first)
        #expect(
            finding.help == "Write out what IJB stands for the first time, with the letters after it in brackets, or use everyday words.")
    }

    @Test func theMeaningIsChosenByTheText() throws {
        let plan = try #require(Self.acronyms("Your child is on a CPP. The plan says who will help.").first)
        #expect(plan.help?.contains("child protection plan") == true)
        #expect(plan.fixes.first?.replacement == "plan to keep your child safe")
        let partnership = try #require(Self.acronyms("The CPP board met the community officers.").first)
        #expect(partnership.help?.hasPrefix("Here CPP seems to stand for Community Planning Partnership") == true)
        #expect(partnership.fixes.isEmpty)
        let unknown = try #require(Self.acronyms("We wrote to the CPP.").first)
        #expect(
            unknown.help?.contains("'child protection plan', 'Community Planning Partnership' or 'child protection procedures'") == true)
    }

    @Test func findingsAreTheSameAsBeforeOnTheRuleExamples() {
        #expect(Self.acronyms("The ICPC agreed a CPP and a referral to CAMHS.").count == 3)
        #expect(Self.acronyms("The XYZ and the ABC met. The XYZ met again.").map { $0.message.prefix(5) } == ["'XYZ'", "'ABC'"])
    }
}

/// Headings, table cells, checkbox labels and list items are not sentences
/// for the formulas; list items that carry on a sentence join it.
@Suite struct StructureCountingTests {
    init() { _ = LintTesting.installData }

    static func counted(_ text: String, kind: InputKind = .text) -> (sentences: Int, words: Int, everyBlock: Int) {
        var counter = SyllableCounter()
        let document = LintDocument.document(SourceFile(path: kind == .markdown ? "<text>.md" : "<text>", text: text), kind: kind)
        let analysed = AnalyzedText(file: document.file, pieces: document.pieces, counter: &counter)
        let metrics = ReadabilityMetrics(analysed, counter: &counter)
        let every = ReadabilityMetrics(analysed, counter: &counter, everyBlock: true)
        return (metrics.sentences, metrics.words, every.sentences)
    }

    @Test func aListThatCarriesOnASentenceJoinsIt() {
        let text = "We will:\n\n- visit you every week,\n- phone you on Fridays, and\n- help you find a nursery.\n"
        let counted = Self.counted(text)
        #expect(counted.sentences == 1)
        #expect(counted.words == 16)
        #expect(LintTesting.sentences(text).count == 1)
    }

    @Test func listItemsThatAreSentencesStaySentences() {
        // The line ending with a colon is a heading in a text file; the items are sentences.
        let counted = Self.counted("Things that are going well:\n\n- Gran picks Mia up.\n- Dad makes tea.\n")
        #expect(counted.sentences == 2)
        #expect(counted.everyBlock == 3)
        #expect(LintTesting.sentences("What we agreed:\n- Gran picks Mia up\n- Mum sets an alarm\n").count == 3)
    }

    @Test func fragmentsAreLeftOutOfTheFormulas() {
        let markdown = """
            # Your child protection conference

            | Name | Role |
            |---|---|
            | Sam Patel | Social worker |

            - [ ] I have read this leaflet
            - Housing

            Gran picks Mia up from school. Dad makes tea.
            """
        let counted = Self.counted(markdown, kind: .markdown)
        #expect(counted.sentences == 2)
        #expect(counted.words == 9)
        #expect(counted.everyBlock == 9)
        #expect(Self.counted("☐ Yes ☐ No\n\nGran came.\n").sentences == 1)
    }

    @Test func aTextOfOnlyFragmentsIsCountedWhole() {
        #expect(Self.counted("- Housing\n- Money\n").sentences == 2)
    }

    @Test func theExplanationsFiguresAreTheRulesOwn() throws {
        let report = PlainLanguageLinter(options: LintOptions(audience: .child)).lint(text: ReadingAgeRule.bothWaysExample)
        let finding = try #require(report.findings.first { $0.name == "reading-age" })
        #expect(finding.message.contains("reading age of 12.2"))
        #expect(finding.message.hasSuffix("as sentences it would be 9.0"))
        let checks = try #require(LintTesting.rules.description(named: "reading-age")).documentation.checks
        #expect(checks.contains("need a reading age of 12.2 counting the two sentences"))
        #expect(checks.contains("would seem 9.0 counting the list items"))
    }
}

/// The word lists find a term's other forms and longer variants, and the new
/// entries say who each alternative suits.
@Suite struct WordFormTests {
    init() { _ = LintTesting.installData }

    static func terms(_ text: String) -> [String] {
        let analysed = LintTesting.analyse(text)
        return CompiledWordList.builtIn.matches(in: analysed, units: analysed.matchUnits(), audience: .parent).map(\.entry.term)
    }

    @Test func aSingularOfAListedPluralIsFound() {
        #expect(Self.terms("Each partner agency will help.") == ["partner agencies"])
        #expect(Self.terms("The child is in one of the protective factor groups.").contains("protective factors"))
    }

    @Test func irregularFormsAreFoundByRule() {
        #expect(Self.terms("We undertook the visit.") == ["undertake"])
        #expect(Self.terms("The visit was undertaken by Sam.") == ["undertake"])
    }

    @Test func longerVariantsOfListedPhrasesAreFound() {
        #expect(Self.terms("There is a significant risk of harm.") == ["significant harm"])
        #expect(Self.terms("The core support group met.") == ["core group"])
        // Not across function words or pronouns: "care about the plan" is not a care plan.
        #expect(!Self.terms("We care about the plan.").contains("care plan"))
    }

    @Test func aLongerVariantIsAdviceNotAFix() throws {
        let finding = try #require(LintTesting.findings("jargon", in: "There is a significant risk of harm.").first)
        #expect(finding.fixes.isEmpty)
        #expect(finding.help?.contains("serious harm") == true)
    }

    @Test func newEntriesSayWhoEachAlternativeSuits() {
        let marked = WordList.builtIn.entries.filter { entry in
            guard let plain = entry.plain, !plain.isEmpty else { return false }
            return plain.allSatisfy { $0.audiences != nil }
        }
        #expect(marked.count >= 150)
        for entry in marked {
            let covered = Set(entry.plain!.flatMap { $0.audiences ?? [] })
            #expect(covered == [.child, .parent, .professional], "\(entry.term)")
        }
    }

    @Test func longerFormsOfShortWordsAreNotLongWords() {
        let findings = LintTesting.findings(
            "complex-word", in: "The plan is understandable. There are organisational changes.", target: .target(for: .child, childAge: 9))
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }
}

/// The score on documents written like the ones it is used on
/// (`Tests/PlainLanguageTests/Documents`): council leaflets for parents, a
/// guide for young people in care, a case review and a board report.
@Suite struct DocumentScoreTests {
    init() { _ = LintTesting.installData }

    static func report(_ name: String, audience: Audience = .parent) throws -> LintReport {
        let url = LintTesting.repositoryRoot.appendingPathComponent("Tests/PlainLanguageTests/Documents/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
        let kind: InputKind = name.hasSuffix(".md") ? .markdown : .text
        return PlainLanguageLinter(options: LintOptions(audience: audience)).lint(text: text, path: name, kind: kind)
    }

    static func score(_ name: String) throws -> Double { try #require(try report(name).score?.value) }

    @Test func plainLeafletsScoreAboveDenseReports() throws {
        let leaflets = try ["conference-leaflet.txt", "planning-meeting-leaflet.md", "young-people-guide.txt"].map(Self.score)
        let reports = try ["case-review-extract.txt", "board-report-extract.md"].map(Self.score)
        #expect(leaflets.allSatisfy { $0 >= 8 }, "\(leaflets)")
        #expect(reports.allSatisfy { $0 < 5 }, "\(reports)")
        #expect(leaflets.min()! > reports.max()!)
    }

    @Test func oneRepeatedExplainedTermScoresAboveManyDifferentTerms() throws {
        let one = try Self.report("one-term-explained.txt")
        let many = try Self.report("many-terms.txt")
        #expect(try #require(one.score?.value) > #require(many.score?.value))
        #expect(one.findings.filter { $0.name == "jargon" }.isEmpty, "the core group is explained in its second sentence")
    }

    @Test func aLeafletIsNotMarkedDownForTheNameItExplains() throws {
        let leaflet = try Self.report("conference-leaflet.txt")
        #expect(leaflet.findings.filter { $0.name == "jargon" }.isEmpty, "\(leaflet.findings.map(\.message))")
        let meeting = try Self.report("planning-meeting-leaflet.md")
        #expect(meeting.findings.filter { $0.name == "jargon" }.isEmpty, "\(meeting.findings.map(\.message))")
    }

    @Test func theReviewsNamesAreFlaggedOnceAsNames() throws {
        let review = try Self.report("case-review-extract.txt")
        let names = review.findings.filter { $0.message.contains("is the name of") }
        #expect(names.count == 2, "\(names.map(\.message))")
        #expect(!review.findings.contains { $0.message.hasPrefix("'Safeguarding'") })
        // The heading in capitals is not an acronym.
        let board = try Self.report("board-report-extract.md")
        #expect(!board.findings.contains { $0.message.hasPrefix("'REPORT'") })
        #expect(board.findings.contains { $0.message.hasPrefix("'IJB'") })
    }

    @Test func theTablesCellsAreNotSentencesForTheFormulas() throws {
        let board = try Self.report("board-report-extract.md")
        var counter = SyllableCounter()
        let text = try String(
            contentsOf: LintTesting.repositoryRoot.appendingPathComponent("Tests/PlainLanguageTests/Documents/board-report-extract.md"),
            encoding: .utf8)
        let document = LintDocument.document(SourceFile(path: "board.md", text: text), kind: .markdown)
        let analysed = AnalyzedText(file: document.file, pieces: document.pieces, counter: &counter)
        let everyBlock = ReadabilityMetrics(analysed, counter: &counter, everyBlock: true)
        #expect(board.metrics.sentences < everyBlock.sentences)
        #expect(board.metrics.readingAge > everyBlock.readingAge)
        // The reading-age rule's cheaper count gives the same figure.
        let grade = ReadingAgeRule.gradeCountsOfEveryBlock(analysed)
        #expect(grade.words == everyBlock.words)
        #expect(grade.sentences == everyBlock.sentences)
        #expect(grade.syllables == everyBlock.syllables)
        #expect(grade.readingAge == everyBlock.readingAge)
    }
}
