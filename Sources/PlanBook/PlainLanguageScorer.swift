import PlainLanguage
import PlanDiagnostics
import PlanModel

/// Scores the words of a plan that the child and family will read, from 0 to
/// 10, for the child's reading age, with the linter's rules and rubric. One a
/// thread: the linter keeps its compiled word lists.
struct PlainLanguageScorer {
    private let linter = PlainLanguageLinter()

    /// The score, or nil when the plan's language is not one the linter reads.
    func score(_ plan: SafetyPlan, allowances: LintAllowances, file: SourceFile) -> Double? {
        let document = PlanExtractor.document(plan: plan, allowances: allowances, file: file)
        return linter.lint(document, configuration: LintConfiguration()).score?.value
    }
}
