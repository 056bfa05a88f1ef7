import PlanDiagnostics
import PlanModel

/// What a run of the linter is asked for, on top of a file's configuration.
public struct LintOptions: Sendable {
    /// The audience for every file (`--audience`); nil: a child for plans,
    /// the configuration's audience or parents for other files.
    public var audience: Audience?
    /// Rules to leave out (`--ignore`), by name or code.
    public var ignore: [String]

    public init(audience: Audience? = nil, ignore: [String] = []) {
        self.audience = audience
        self.ignore = ignore
    }
}

/// Runs pieces of work at the same time: the pipeline gives one to the
/// linter, which has no threads of its own, to run a long text's rules side
/// by side.
public protocol ParallelWork: Sendable {
    /// `body(0)…body(count - 1)`, in order.
    func map<Value: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> Value) -> [Value]
}

/// Lints texts: measures the prose of a document, runs every rule, applies
/// allowances and ignores, and scores the result. Text in, findings and
/// measures out: reading files and finding configurations is the pipeline's.
public final class PlainLanguageLinter {
    /// What this run was asked for.
    public let options: LintOptions
    /// Runs a long text's rules side by side; nil: one after another.
    public let parallel: (any ParallelWork)?
    private var wordLists: [String: CompiledWordList] = [:]

    public init(options: LintOptions = LintOptions(), parallel: (any ParallelWork)? = nil) {
        self.options = options
        self.parallel = parallel
    }

    /// Lints a document with a configuration.
    public func lint(_ document: LintDocument, configuration: LintConfiguration) -> LintReport {
        let audience = options.audience ?? (document.kind == .plan ? .child : configuration.audience ?? .parent)
        let target = AudienceTarget.target(
            for: audience, childAge: document.kind == .plan ? document.childAge : nil,
            readingAge: document.kind == .plan ? document.readingAge : nil
        )
        let ignored = Self.ruleNames(configuration.ignore + options.ignore)
        let wordList = compiledWordList(for: configuration)
        guard document.isEnglish || !document.problems.isEmpty else {
            let empty = ReadabilityMetrics(words: 0, sentences: 0, syllables: 0, letters: 0, polysyllables: 0, complexWords: 0)
            return LintReport(
                document: document, target: target, metrics: empty, findings: [FileProblems.notEnglish(document.language ?? "")], score: nil
            )
        }
        var counter = SyllableCounter()
        let text = AnalyzedText(file: document.file, pieces: document.pieces, counter: &counter)
        // A long text's measures, terms and rules are worked out on several cores.
        let parallel = text.words.count > Self.parallelWords ? self.parallel : nil
        let metrics = ReadabilityMetrics(text, counter: &counter, parallel: parallel)
        guard document.problems.isEmpty else {
            return LintReport(
                document: document, target: target, metrics: metrics, findings: document.problems + document.notices, score: nil)
        }
        let context = RuleContext(text: text, metrics: metrics, target: target, wordList: wordList, parallel: parallel)
        let hasAllowances = !document.allowances.fileWide.isEmpty || !document.allowances.byLine.isEmpty
        let terms = Dictionary(context.matches.map { ($0.range, $0.entry.term) }, uniquingKeysWith: { first, _ in first })
        var findings: [Diagnostic] = []
        findings.reserveCapacity(text.words.count / 4)
        let rules = RuleRegistry.rules.filter { !ignored.contains($0.identity.name) }
        for ruleFindings in Self.findings(of: rules, in: context, parallel: parallel) {
            guard hasAllowances else {
                findings += ruleFindings
                continue
            }
            for finding in ruleFindings {
                let line = document.file.location(of: finding.range.start).line
                var names = [finding.name, finding.code, Self.allowanceName(document.file.text(in: finding.range))]
                if let term = terms[finding.range] { names.append(Self.allowanceName(term)) }
                if !document.allowances.allows(names, onLine: line) { findings.append(finding) }
            }
        }
        findings += document.notices
        findings.sort { ($0.range.start, $0.code) < ($1.range.start, $1.code) }
        let score = PlainLanguageScore(
            metrics: metrics, findings: findings, target: target, ignoredRules: ignored, terms: terms, file: document.file)
        return LintReport(document: document, target: target, metrics: metrics, findings: findings, score: score)
    }

    /// Texts of more words than this are worked on in parallel when the pipeline allows.
    static let parallelWords = 20_000

    /// Every rule's findings; the rules run side by side on `parallel`.
    private static func findings(of rules: [any LintRule], in context: RuleContext, parallel: (any ParallelWork)?) -> [[Diagnostic]] {
        ParallelParts.run(rules.count, on: parallel) { rules[$0].findings(in: context) }
    }

    /// Lints the texts of a plan that has already been checked (as `checkPlan`
    /// gives it): what the audit needs for a plan's score.
    public func lint(plan: SafetyPlan, allowances: LintAllowances, file: SourceFile) -> LintReport {
        lint(PlanExtractor.document(plan: plan, allowances: allowances, file: file), configuration: LintConfiguration())
    }

    /// Lints a string as a text file (for tests and examples).
    public func lint(text: String, path: String = "<text>", kind: InputKind = .text) -> LintReport {
        lint(LintDocument.document(SourceFile(path: path, text: text), kind: kind), configuration: LintConfiguration())
    }

    /// Rule names for names or codes; unknown names are dropped.
    static func ruleNames(_ names: [String]) -> Set<String> {
        Set(names.compactMap { RuleRegistry.rule(named: $0)?.identity.name })
    }

    /// How a word or phrase is written in a `// lint: allow` comment: lower case, hyphens for spaces.
    static func allowanceName(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: "-")
    }

    private func compiledWordList(for configuration: LintConfiguration) -> CompiledWordList {
        if configuration.words.isEmpty { return CompiledWordList.builtIn }
        let key = configuration.path ?? ""
        if let cached = wordLists[key] { return cached }
        let list = WordList.builtIn.merged(with: configuration.words)
        let compiled = CompiledWordList(list)
        wordLists[key] = compiled
        return compiled
    }
}
