import PlainLanguage
import PlanDiagnostics
import PlanModel

/// A plan's text checked and linted at once, as `planbook serve` shows it
/// while a worker types: the checker's errors and warnings, and the
/// plain-language findings and score of the words the child and family read.
public struct PlanReview: Sendable {
    /// The checker's diagnostics, and the plan when it has no error.
    public var check: PlanReport
    /// The plan as far as it could be read, even with errors; nil without a title, the child or the age.
    public var draft: SafetyPlan?
    /// The plain-language report; nil when the plan lacks what linting needs (a title, the child, the age).
    public var lint: LintReport?
}

/// Checks and lints plans' texts, keeping the linter's compiled word lists
/// between calls. Not for use on two threads at once.
public final class PlanReviewer {
    private let pipeline: PlanPipeline
    private let linter = PlainLanguageLinter()
    private let configuration: LintConfiguration

    /// `configuration` is a team's `.planbook-lint.json`, when there is one.
    /// Installs the word list and syllable table first (`Resources.installLanguageData`).
    public init(pipeline: PlanPipeline, configuration: LintConfiguration = LintConfiguration()) throws {
        try Resources.installLanguageData()
        self.pipeline = pipeline
        self.configuration = configuration
    }

    /// Checks and lints a plan's text; picture paths are relative to the file's folder.
    public func review(_ file: SourceFile) -> PlanReview {
        let checked = checkPlan(file, context: pipeline.loweringContext(for: file.path))
        let report = PlanReport(
            diagnostics: FileDiagnostics(file: file, diagnostics: checked.diagnostics), plan: checked.hasErrors ? nil : checked.plan)
        let lint = checked.plan.map { plan in
            linter.lint(PlanExtractor.document(plan: plan, allowances: checked.allowances, file: file), configuration: configuration)
        }
        return PlanReview(check: report, draft: checked.plan, lint: lint)
    }
}
