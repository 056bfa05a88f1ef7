import PlanDiagnostics

/// A plain-language rule: who it is, and the check it makes. Rules are kinds
/// of checks (code); the words they look for are data (`word-list.json` and a
/// team's word file), and so is how they explain themselves (`rules.json`,
/// read into a `RuleCatalogue`).
public protocol LintRule: Sendable {
    var identity: RuleIdentity { get }
    /// The findings in a text, before allowances and `--ignore` are applied.
    func findings(in context: RuleContext) -> [Diagnostic]
}

/// What a rule gets to look at.
public struct RuleContext: Sendable {
    /// The analysed prose, its measures, the audience, and the word list in use.
    public let text: AnalyzedText
    public let metrics: ReadabilityMetrics
    public let target: AudienceTarget
    public let wordList: CompiledWordList
    /// The word-list terms a reader meets, for the audience: not those
    /// inside a name (see `names`), nor uses after the text explains a term.
    public let matches: [WordListMatch]
    /// Names of several capitalised words that hold a listed term, each once.
    public let names: [NameInText]
    /// The text's words as the word lists see them.
    let units: [MatchUnit]
    /// Whether each word is part of a listed term or a name holding one.
    let listedWords: [Bool]

    /// With `parallel`, a long text's word-list terms are found in two halves at once.
    public init(
        text: AnalyzedText, metrics: ReadabilityMetrics, target: AudienceTarget, wordList: CompiledWordList,
        parallel: (any ParallelWork)? = nil
    ) {
        self.text = text
        self.metrics = metrics
        self.target = target
        self.wordList = wordList
        let units = text.matchUnits()
        self.units = units
        let found = wordList.matches(in: text, units: units, audience: target.audience, parallel: parallel)
        let terms = ReaderTerms(text: text, matches: found)
        self.matches = terms.matches
        self.names = terms.names
        var listed = [Bool](repeating: false, count: text.words.count)
        for match in found {
            for word in match.firstWord...match.lastWord { listed[word] = true }
        }
        for name in terms.names {
            for word in name.words { listed[word] = true }
        }
        self.listedWords = listed
    }

    /// The words of a range as a message quotes them: spaces and line breaks run together.
    func source(_ range: SourceRange) -> String {
        let written = text.file.text(in: range)
        guard written.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return written }
        return written.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
