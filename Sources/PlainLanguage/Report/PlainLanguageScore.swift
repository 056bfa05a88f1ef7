import PlanDiagnostics

/// The 0–10 plain-language score of a text, as casefile audits give it
/// (5 or more counts as plain), with the four parts it is made of.
///
/// The rubric (docs/linting.md):
///
/// | part | points | full marks | loses |
/// |---|---|---|---|
/// | readability | 4 | reading age at or below the audience's ideal | 1 point a year above it |
/// | words | 3 | no jargon, acronym or complex-word finding | 1 point a jargon or acronym term per 100 words, ½ a complex word per 100 words |
/// | tone | 1.5 | no judgemental finding | 1.5 points a judgemental term per 100 words |
///
/// A term is counted once however often it is used: a reader who has met
/// it once meets it again as something known.
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

    /// Scores a text from its metrics and the findings that count. Word
    /// findings count once a term: `terms` names the term a finding's range
    /// holds (its list entry), else a finding's term is its words in lower case.
    public init(
        metrics: ReadabilityMetrics, findings: [Diagnostic], target: AudienceTarget, ignoredRules: Set<String> = [],
        terms: [SourceRange: String] = [:], file: SourceFile? = nil
    ) {
        let words = max(metrics.words, 1)
        let per100 = { (count: Int) in Double(count) * 100 / Double(words) }
        func count(_ rule: String) -> Int { findings.count { $0.name == rule } }
        /// The distinct terms of some rules' findings, and how many findings they have.
        func distinct(_ rules: Set<String>) -> (terms: Int, uses: Int) {
            var seen: Set<String> = []
            var uses = 0
            for finding in findings where rules.contains(finding.name) {
                uses += 1
                let written = file.map { $0.text(in: finding.range).lowercased() } ?? "\(finding.range.start)"
                seen.insert(finding.name + ":" + (terms[finding.range] ?? written))
            }
            return (seen.count, uses)
        }
        func termsReason(_ counted: (terms: Int, uses: Int), _ noun: String, _ plural: String) -> String {
            let uses = counted.uses == counted.terms ? "" : " (\(counted.uses) uses)"
            return "\(counted.terms) \(counted.terms == 1 ? noun : plural)\(uses)"
        }
        func clamp(_ value: Double, _ maximum: Double) -> Double { min(maximum, max(0, value)) }
        func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }

        var readability = Part(name: "readability", points: 4, maximum: 4, reason: "no words to measure")
        if ignoredRules.contains("reading-age") {
            readability.reason = "reading-age is ignored"
        } else if metrics.words > 0 {
            let above = (metrics.readingAge * 10).rounded() / 10 - target.idealReadingAge
            readability.points = round2(clamp(4 - max(0, above), 4))
            readability.reason =
                above > 0
                ? "reading age \(format1(metrics.readingAge)), \(format1(above)) above \(format1(target.idealReadingAge))"
                : "reading age \(format1(metrics.readingAge)), at most \(format1(target.idealReadingAge))"
        }

        let jargon = distinct(["jargon", "acronym"])
        let complex = distinct(["complex-word"])
        let wordPoints = round2(clamp(3 - per100(jargon.terms) - 0.5 * per100(complex.terms), 3))
        let wordsPart = Part(
            name: "words", points: wordPoints, maximum: 3,
            reason: "\(termsReason(jargon, "jargon or acronym term", "jargon or acronym terms")), "
                + "\(termsReason(complex, "complex word", "complex words")) in \(metrics.words) words"
        )

        let blame = distinct(["judgemental"])
        let tone = Part(
            name: "tone", points: round2(clamp(1.5 - 1.5 * per100(blame.terms), 1.5)), maximum: 1.5,
            reason: blame.terms == 0 ? "no judgemental words" : termsReason(blame, "judgemental word", "judgemental words")
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
