import PlanDiagnostics
import PlanModel

/// Scores the words of a plan that the child and family will read, from 0 to
/// 10, for the child's reading age.
struct PlainLanguageScorer {
    func score(_ plan: SafetyPlan, allowances: LintAllowances, file: SourceFile) -> Double {
        // Wired to the PlainLanguage linter.
        0
    }
}
