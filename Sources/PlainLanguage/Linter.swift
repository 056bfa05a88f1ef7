import Foundation
import PlanDiagnostics
import PlanModel

/// What a run of the linter is asked for, on top of the configuration files.
public struct LintOptions: Sendable {
    /// The audience for every file (`--audience`); nil: a child for plans,
    /// the configuration's audience or parents for other files.
    public var audience: Audience?
    /// Rules to leave out (`--ignore`), by name or code.
    public var ignore: [String]
    /// A team's word file (`--words`), applied after any configuration file.
    public var words: LintConfiguration?
    /// Whether to look for `.planbook-lint.json` beside the inputs.
    public var findsConfiguration: Bool

    public init(audience: Audience? = nil, ignore: [String] = [], words: LintConfiguration? = nil, findsConfiguration: Bool = true) {
        self.audience = audience
        self.ignore = ignore
        self.words = words
        self.findsConfiguration = findsConfiguration
    }
}

/// Lints files and texts: finds the prose, measures it, runs every rule,
/// applies allowances and ignores, and scores the result.
public final class PlainLanguageLinter {
    /// What this run was asked for.
    public let options: LintOptions
    private var wordLists: [String: CompiledWordList] = [:]
    private var configurations: [String: LintConfiguration] = [:]

    public init(options: LintOptions = LintOptions()) {
        self.options = options
    }

    /// Reads and lints one file. A configuration file that cannot be used is
    /// reported as a problem of the file.
    public func lint(path: String) -> LintReport {
        let document = LintDocument.read(path: path)
        do {
            return lint(document, configuration: try configuration(for: path))
        } catch {
            var failed = document
            failed.problems.append(FileProblems.unreadableFile("\(error)"))
            return lint(failed, configuration: LintConfiguration())
        }
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
            return LintReport(document: document, target: target, metrics: empty, findings: [FileProblems.notEnglish(document.language ?? "")], score: nil)
        }
        var counter = SyllableCounter()
        let text = AnalyzedText(file: document.file, pieces: document.pieces, counter: &counter)
        let metrics = ReadabilityMetrics(text, counter: &counter)
        guard document.problems.isEmpty else {
            return LintReport(document: document, target: target, metrics: metrics, findings: document.problems, score: nil)
        }
        let context = RuleContext(text: text, metrics: metrics, target: target, wordList: wordList)
        let hasAllowances = !document.allowances.fileWide.isEmpty || !document.allowances.byLine.isEmpty
        let terms = !hasAllowances ? [:] : Dictionary(context.matches.map { ($0.range, $0.entry.term) }, uniquingKeysWith: { first, _ in first })
        var findings: [Diagnostic] = []
        findings.reserveCapacity(text.words.count / 4)
        let rules = RuleRegistry.rules.filter { !ignored.contains($0.description.name) }
        for ruleFindings in Self.findings(of: rules, in: context) {
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
        findings.sort { ($0.range.start, $0.code) < ($1.range.start, $1.code) }
        let score = PlainLanguageScore(metrics: metrics, findings: findings, target: target, ignoredRules: ignored)
        return LintReport(document: document, target: target, metrics: metrics, findings: findings, score: score)
    }

    /// Every rule's findings; for a long text the rules share the processor's cores.
    private static func findings(of rules: [any LintRule], in context: RuleContext) -> [[Diagnostic]] {
        guard context.text.words.count > 20_000, ProcessInfo.processInfo.activeProcessorCount > 1 else {
            return rules.map { $0.findings(in: context) }
        }
        let slots = Slots<[Diagnostic]>(count: rules.count)
        DispatchQueue.concurrentPerform(iterations: rules.count) { index in
            slots.store(rules[index].findings(in: context), at: index)
        }
        return slots.values.map { $0 ?? [] }
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
        Set(names.compactMap { RuleRegistry.rule(named: $0)?.description.name })
    }

    /// How a word or phrase is written in a `// lint: allow` comment: lower case, hyphens for spaces.
    static func allowanceName(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: "-")
    }

    private func configuration(for path: String) throws -> LintConfiguration {
        var configuration = LintConfiguration()
        if options.findsConfiguration, let found = LintConfiguration.find(for: path) {
            if let cached = configurations[found] {
                configuration = cached
            } else {
                configuration = try LintConfiguration.load(path: found)
                configurations[found] = configuration
            }
        }
        if let words = options.words {
            configuration.ignore += words.ignore
            configuration.words = configuration.words.followed(by: words.words)
            configuration.audience = words.audience ?? configuration.audience
            configuration.path = [configuration.path, words.path].compactMap { $0 }.joined(separator: " + ")
        }
        return configuration
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

