import PlanDiagnostics

/// What linting one file found: its measures, its findings and its score.
public struct LintReport: Sendable {
    public var document: LintDocument
    /// The audience and what it needs.
    public var target: AudienceTarget
    public var metrics: ReadabilityMetrics
    /// Every finding, in the order of the file; the file's own problems too.
    public var findings: [Diagnostic]
    /// The score; nil when the file could not be read.
    public var score: PlainLanguageScore?

    public init(
        document: LintDocument, target: AudienceTarget, metrics: ReadabilityMetrics, findings: [Diagnostic], score: PlainLanguageScore?
    ) {
        self.document = document
        self.target = target
        self.metrics = metrics
        self.findings = findings
        self.score = score
    }

    public var file: SourceFile { document.file }
    public var path: String { document.file.path }

    /// Whether the file could not be linted.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The findings as the one diagnostic list of the file.
    public var diagnostics: FileDiagnostics { FileDiagnostics(file: file, diagnostics: findings) }
}
