import PlanDiagnostics
import Testing

@testable import PlainLanguage

/// The 0–10 score and its rubric.
@Suite struct ScoreTests {
    init() { _ = LintTesting.installData }

    static func finding(_ rule: String, at offset: Int = 0) -> Diagnostic {
        Diagnostic(code: "PL000", name: rule, severity: .warning, message: "", range: SourceRange(start: offset, end: offset + 1))
    }

    static func metrics(words: Int = 100, sentences: Int = 10, syllables: Int = 130) -> ReadabilityMetrics {
        ReadabilityMetrics(words: words, sentences: sentences, syllables: syllables, letters: 400, polysyllables: 5, complexWords: 3)
    }

    @Test func aPlainTextScoresTen() {
        // Reading age 0.39 × 10 + 11.8 × 1.3 − 15.59 + 5 = 8.65, below the parent ideal of 9.
        let score = PlainLanguageScore(metrics: Self.metrics(), findings: [], target: .target(for: .parent))
        #expect(score.value == 10)
        #expect(score.isPlain)
        #expect(score.parts.map(\.name) == ["readability", "words", "tone", "sentences"])
        #expect(score.parts.map(\.maximum) == [4, 3, 1.5, 1.5])
    }

    @Test func readabilityLosesAPointAYearAboveTheIdeal() {
        // Reading age 8.65 against a child's ideal of 6: 2.65 (rounded 2.7 on one decimal → 8.7 − 6) above.
        let score = PlainLanguageScore(metrics: Self.metrics(), findings: [], target: .target(for: .child, childAge: 6))
        #expect(abs(score.parts[0].points - 1.3) < 0.001)
    }

    @Test func wordsLoseAPointAJargonWordPerHundred() {
        let findings = [
            Self.finding("jargon"), Self.finding("acronym", at: 5), Self.finding("complex-word", at: 9),
            Self.finding("complex-word", at: 12),
        ]
        let score = PlainLanguageScore(metrics: Self.metrics(), findings: findings, target: .target(for: .parent))
        #expect(score.parts[1].points == 0) // 3 − 2 − 0.5 × 2
        #expect(score.value == 7)
    }

    @Test func toneLosesOneAndAHalfPointsABlameWordPerHundred() {
        let score = PlainLanguageScore(
            metrics: Self.metrics(words: 200), findings: [Self.finding("judgemental")], target: .target(for: .parent))
        #expect(score.parts[2].points == 0.75)
    }

    @Test func sentencesLoseForLongAndPassiveOnes() {
        let findings = [Self.finding("long-sentence"), Self.finding("passive-voice", at: 20)]
        let score = PlainLanguageScore(metrics: Self.metrics(), findings: findings, target: .target(for: .parent))
        // 1 − 2 × 0.1 + 0.5 − 1 × 0.1
        #expect(abs(score.parts[3].points - 1.2) < 0.001)
    }

    @Test func anIgnoredReadingAgeCostsNothing() {
        let hard = ReadabilityMetrics(words: 100, sentences: 2, syllables: 190, letters: 600, polysyllables: 30, complexWords: 25)
        let scored = PlainLanguageScore(metrics: hard, findings: [], target: .target(for: .parent))
        let ignored = PlainLanguageScore(metrics: hard, findings: [], target: .target(for: .parent), ignoredRules: ["reading-age"])
        #expect(scored.parts[0].points == 0)
        #expect(ignored.parts[0].points == 4)
    }

    @Test func theScoreStaysBetweenZeroAndTen() {
        let hard = ReadabilityMetrics(words: 10, sentences: 1, syllables: 40, letters: 90, polysyllables: 9, complexWords: 9)
        let findings = (0..<20).map { Self.finding(["jargon", "judgemental", "long-sentence", "passive-voice"][$0 % 4], at: $0 * 3) }
        let score = PlainLanguageScore(metrics: hard, findings: findings, target: .target(for: .child, childAge: 7))
        #expect(score.value == 0)
        #expect(!score.isPlain)
    }

    @Test func sampleScoresSeparatePlainFromJargon() {
        let linter = PlainLanguageLinter()
        let plain = linter.lint(text: "Gran picks Mia up from school. Dad makes tea. Mia feels safe at home.")
        let jargon = linter.lint(
            text: """
                Following the strategy discussion, it was agreed that a section 47 enquiry would be undertaken. \
                Mum has been non-compliant with the CPP and has failed to engage with the core group. \
                In order to facilitate supervised contact, the allocated social worker will liaise with the \
                contact centre prior to the next LAC review.
                """)
        #expect(plain.score?.value == 10)
        #expect((jargon.score?.value ?? 10) < 5)
    }
}
