import PlanDiagnostics

/// The 0–10 plain-language score of a text, as casefile audits give it
/// (5 or more counts as plain), with the four parts it is made of.
///
/// The rubric (docs/linting.md):
///
/// | part | points | full marks | loses |
/// |---|---|---|---|
/// | readability | 4 | reading age at or below the audience's ideal | 1 point a year above it |
/// | words | 3 | no jargon, acronym or complex-word finding | 1 point a jargon or acronym finding per 100 words, ½ a complex-word finding per 100 words |
/// | tone | 1.5 | no judgemental finding | 1.5 points a judgemental finding per 100 words |
/// | sentences | 1.5 | no long and no passive sentence | 1 point × 2 × share of long sentences, ½ point × 2 × share of passive sentences |
///
/// Each part stays between 0 and its points; the score is their sum, rounded
/// to one decimal. Findings that are allowed, or of rules that are ignored,
/// cost nothing; an ignored `reading-age` gives readability full marks.
public struct PlainLanguageScore: Hashable, Sendable {
    /// One part of the score.
    public struct Part: Hashable, Sendable {
        public var name: String
        public var points: Double
        public var maximum: Double
        /// Why, in a few words: "reading age 12.4, 3.4 above 9".
        public var reason: String
    }

    public var parts: [Part]

    /// The score, 0–10, one decimal.
    public var value: Double {
        (parts.reduce(0) { $0 + $1.points } * 10).rounded() / 10
    }

    /// Whether the text counts as plain (a score of 5 or more).
    public var isPlain: Bool { value >= 5 }

    /// Scores a text from its metrics and the findings that count.
    public init(metrics: ReadabilityMetrics, findings: [Diagnostic], target: AudienceTarget, ignoredRules: Set<String> = []) {
        let words = max(metrics.words, 1)
        let per100 = { (count: Int) in Double(count) * 100 / Double(words) }
        func count(_ rule: String) -> Int { findings.count { $0.name == rule } }
        func clamp(_ value: Double, _ maximum: Double) -> Double { min(maximum, max(0, value)) }
        func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }

        var readability = Part(name: "readability", points: 4, maximum: 4, reason: "no words to measure")
        if ignoredRules.contains("reading-age") {
            readability.reason = "reading-age is ignored"
        } else if metrics.words > 0 {
            let above = (metrics.readingAge * 10).rounded() / 10 - target.idealReadingAge
            readability.points = round2(clamp(4 - max(0, above), 4))
            readability.reason = above > 0
                ? "reading age \(format1(metrics.readingAge)), \(format1(above)) above \(format1(target.idealReadingAge))"
                : "reading age \(format1(metrics.readingAge)), at most \(format1(target.idealReadingAge))"
        }

        let jargon = count("jargon") + count("acronym")
        let complex = count("complex-word")
        let wordPoints = round2(clamp(3 - per100(jargon) - 0.5 * per100(complex), 3))
        let wordsPart = Part(
            name: "words", points: wordPoints, maximum: 3,
            reason: "\(jargon) jargon or acronym, \(complex) complex word\(complex == 1 ? "" : "s") in \(metrics.words) words"
        )

        let blame = count("judgemental")
        let tone = Part(
            name: "tone", points: round2(clamp(1.5 - 1.5 * per100(blame), 1.5)), maximum: 1.5,
            reason: blame == 0 ? "no judgemental words" : "\(blame) judgemental word\(blame == 1 ? "" : "s")"
        )

        let sentences = max(metrics.sentences, 1)
        let long = count("long-sentence")
        let passive = Set(findings.filter { $0.name == "passive-voice" }.map(\.range.start)).count
        let longShare = Double(long) / Double(sentences)
        let passiveShare = min(1, Double(passive) / Double(sentences))
        let sentencePoints = clamp(1 - 2 * longShare, 1) + clamp(0.5 - 1 * passiveShare, 0.5)
        let sentencesPart = Part(
            name: "sentences", points: round2(sentencePoints), maximum: 1.5,
            reason: "\(long) long and \(passive) passive of \(metrics.sentences) sentence\(metrics.sentences == 1 ? "" : "s")"
        )
        parts = [readability, wordsPart, tone, sentencesPart]
    }
}
