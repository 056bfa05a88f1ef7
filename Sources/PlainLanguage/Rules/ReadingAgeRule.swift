import PlanDiagnostics

/// `reading-age`: a document harder than its audience can read.
public struct ReadingAgeRule: LintRule {
    public let identity = RuleIdentity(code: "PL301", name: "reading-age", severity: .warning)

    /// The text of the example in `checks`, which a test measures both ways.
    public static let bothWaysExample = """
        - A visit from Sam
        - A meeting at school
        - A plan for Mia

        Sam will visit you at home on Monday to talk about the assessment with you and Mia. \
        Then everyone will meet at school on Thursday afternoon to agree what happens next.
        """

    public func findings(in context: RuleContext) -> [Diagnostic] {
        let metrics = context.metrics
        guard metrics.words > 0, (metrics.readingAge * 10).rounded() / 10 > context.target.readingAgeLimit,
            let first = context.text.words.first
        else { return [] }
        let limit = context.target.readingAgeLimit
        let everyBlock = Self.gradeCountsOfEveryBlock(context.text)
        let both =
            everyBlock.sentences == metrics.sentences
            ? ""
            : "; counting its \(everyBlock.sentences - metrics.sentences) other blocks (headings, table cells, list items) as sentences it would be \(format1(everyBlock.readingAge))"
        return [
            identity.finding(
                "the text needs a reading age of \(format1(metrics.readingAge)) (Flesch–Kincaid grade \(format1(metrics.fleschKincaidGrade))); for \(context.target.description) it should be \(format1(limit)) or less"
                    + both,
                at: .at(first.range.start),
                help: "Use shorter sentences and everyday words; the other findings show where to start."
            )
        ]
    }

    /// The text's words, syllables and sentences with every block counted as a
    /// sentence: all the Flesch–Kincaid grade (and so the reading age) needs.
    /// The finding's second figure; the other counts, dearer to make (complex
    /// words), stay 0.
    static func gradeCountsOfEveryBlock(_ text: AnalyzedText) -> ReadabilityMetrics {
        var syllables = 0
        var words = 0
        for range in text.sentenceWords {
            words += range.count
            for word in text.words[range] { syllables += word.syllables }
        }
        return ReadabilityMetrics(
            words: words, sentences: text.sentences.count, syllables: syllables, letters: 0, polysyllables: 0, complexWords: 0)
    }
}
