import PlanDiagnostics

/// A plain-language rule: what it is called, how it explains itself, and the
/// check it makes. Rules are kinds of checks (code); the words they look
/// for are data (`word-list.json` and a team's word file).
public protocol LintRule: Sendable {
    var description: RuleDescription { get }
    /// The findings in a text, before allowances and `--ignore` are applied.
    func findings(in context: RuleContext) -> [Diagnostic]
}

/// What a rule is and how `planbook lint --explain NAME` tells it.
public struct RuleDescription: Hashable, Sendable {
    /// A stable code, `PL101`…; never reused.
    public var code: String
    /// A stable name, `jargon`…
    public var name: String
    /// How serious its findings are, unless a word-list entry says otherwise.
    public var severity: Severity
    /// One line, for listings and SARIF's short description.
    public var summary: String
    /// What the rule checks.
    public var checks: String
    /// Why it matters to children and families.
    public var why: String
    /// A text it reports.
    public var example: String
    /// What to write instead.
    public var instead: String
    /// Texts it must report for `examplesAudience`, each finding's span marked
    /// between `«` and `»` (run as tests through the registry, which fail when a
    /// finding is missing, extra or in another place).
    public var triggering: [String]
    /// Texts it must not report.
    public var nonTriggering: [String]
    /// The audience the examples are written for.
    public var examplesAudience: AudienceTarget

    public init(
        code: String, name: String, severity: Severity, summary: String, checks: String, why: String,
        example: String, instead: String, triggering: [String], nonTriggering: [String],
        examplesAudience: AudienceTarget = .target(for: .child, childAge: 9)
    ) {
        self.code = code
        self.name = name
        self.severity = severity
        self.summary = summary
        self.checks = checks
        self.why = why
        self.example = example
        self.instead = instead
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.examplesAudience = examplesAudience
    }

    /// The text `--explain` prints.
    public var explanation: String {
        """
        \(code) \(name) (\(severity.rawValue))
        \(summary)

        What it checks
        \(Self.indent(checks))

        Why it matters to children and families
        \(Self.indent(why))

        Example
        \(Self.indent(example))

        Write instead
        \(Self.indent(instead))

        """
    }

    /// The text wrapped at 76 columns, each line indented by four spaces.
    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > 72 {
                    lines.append(line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line)
            return lines.map { "    " + $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// A finding of this rule.
    func finding(_ message: String, at range: SourceRange, severity: Severity? = nil, help: String? = nil, fixes: [Fix] = []) -> Diagnostic
    {
        Diagnostic(code: code, name: name, severity: severity ?? self.severity, message: message, range: range, help: help, fixes: fixes)
    }
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
