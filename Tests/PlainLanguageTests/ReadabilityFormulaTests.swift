import Testing

@testable import PlainLanguage

/// Every formula against its textbook definition, on texts counted by hand.
@Suite struct ReadabilityFormulaTests {
    init() { _ = LintTesting.installData }

    static func close(_ value: Double, _ expected: Double, _ tolerance: Double = 0.005) -> Bool {
        abs(value - expected) <= tolerance
    }

    /// "The cat sat on the mat. The dog ran to the big red ball."
    /// 14 words, 2 sentences, 14 syllables, 41 letters, no word of three syllables.
    @Test func monosyllablesCountedByHand() {
        let text = LintTesting.analyse("The cat sat on the mat. The dog ran to the big red ball.")
        var counter = SyllableCounter()
        let metrics = ReadabilityMetrics(text, counter: &counter)
        #expect(metrics == ReadabilityMetrics(words: 14, sentences: 2, syllables: 14, letters: 41, polysyllables: 0, complexWords: 0))
        // 206.835 − 1.015 × 7 − 84.6 × 1
        #expect(Self.close(metrics.fleschReadingEase, 115.13))
        // 0.39 × 7 + 11.8 × 1 − 15.59
        #expect(Self.close(metrics.fleschKincaidGrade, -1.06))
        // 0.4 × (7 + 0)
        #expect(Self.close(metrics.gunningFog, 2.8))
        // 1.0430 × √0 + 3.1291
        #expect(Self.close(metrics.smogIndex, 3.1291))
        // 0.0588 × 292.857 − 0.296 × 14.286 − 15.8
        #expect(Self.close(metrics.colemanLiauIndex, -2.8086, 0.001))
        // 4.71 × 41/14 + 0.5 × 7 − 21.43
        #expect(Self.close(metrics.automatedReadabilityIndex, -4.1364, 0.001))
        #expect(Self.close(metrics.readingAge, 3.94))
    }

    /// "Mia's grandmother telephoned the hospital immediately. Everybody was anxious."
    /// 9 words; 2 sentences; syllables 2+3+3+1+3+5 + 4+1+2 = 24; letters 4+11+10+3+8+11 + 9+3+7 = 66;
    /// five words of 3+ syllables; hard words for fog: telephoned, hospital, immediately
    /// (grandmother and everybody are compounds of short words).
    @Test func polysyllablesCountedByHand() {
        let text = LintTesting.analyse("Mia's grandmother telephoned the hospital immediately. Everybody was anxious.")
        var counter = SyllableCounter()
        let metrics = ReadabilityMetrics(text, counter: &counter)
        #expect(metrics == ReadabilityMetrics(words: 9, sentences: 2, syllables: 24, letters: 66, polysyllables: 5, complexWords: 3))
        #expect(Self.close(metrics.fleschReadingEase, 206.835 - 1.015 * 4.5 - 84.6 * 24 / 9))
        #expect(Self.close(metrics.fleschReadingEase, -23.3325, 0.001))
        #expect(Self.close(metrics.fleschKincaidGrade, 17.6317, 0.001))
        #expect(Self.close(metrics.gunningFog, 15.1333, 0.001))
        #expect(Self.close(metrics.smogIndex, 12.1617, 0.001))
        #expect(Self.close(metrics.colemanLiauIndex, 20.7422, 0.001))
        #expect(Self.close(metrics.automatedReadabilityIndex, 15.36, 0.001))
        #expect(Self.close(metrics.readingAge, 22.6317, 0.001))
    }

    @Test func formulasFromCounts() {
        let metrics = ReadabilityMetrics(words: 100, sentences: 5, syllables: 150, letters: 450, polysyllables: 10, complexWords: 8)
        #expect(Self.close(metrics.fleschReadingEase, 206.835 - 1.015 * 20 - 84.6 * 1.5))
        #expect(Self.close(metrics.fleschKincaidGrade, 0.39 * 20 + 11.8 * 1.5 - 15.59))
        #expect(Self.close(metrics.gunningFog, 0.4 * (20 + 8)))
        #expect(Self.close(metrics.smogIndex, 1.0430 * (10.0 * 30 / 5).squareRoot() + 3.1291))
        #expect(Self.close(metrics.colemanLiauIndex, 0.0588 * 450 - 0.296 * 5 - 15.8))
        #expect(Self.close(metrics.automatedReadabilityIndex, 4.71 * 4.5 + 0.5 * 20 - 21.43))
        #expect(Self.close(metrics.readingAge, metrics.fleschKincaidGrade + 5))
    }

    @Test func emptyTextHasZeroes() {
        let metrics = ReadabilityMetrics(words: 0, sentences: 0, syllables: 0, letters: 0, polysyllables: 0, complexWords: 0)
        #expect(metrics.fleschReadingEase == 0)
        #expect(metrics.readingAge == 0)
    }

    @Test func fogLeavesOutProperNounsAndInflections() {
        // Everybody (compound), Manchester (a name), created and arriving (three syllables by -ed / -ing).
        let text = LintTesting.analyse("Everybody went to Manchester. Gran created a plan. Mia is arriving.")
        var counter = SyllableCounter()
        let metrics = ReadabilityMetrics(text, counter: &counter)
        #expect(metrics.polysyllables == 4)
        #expect(metrics.complexWords == 0)
    }
}
