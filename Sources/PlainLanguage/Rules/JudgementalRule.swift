import PlanDiagnostics

/// `judgemental`: words that blame or label instead of describing what happened.
public struct JudgementalRule: LintRule {
    public let identity = RuleIdentity(code: "PL103", name: "judgemental", severity: .warning)

    public func findings(in context: RuleContext) -> [Diagnostic] {
        WordListFindings.findings(of: identity, in: context) { _, written in
            "'\(written)' labels or blames instead of saying what happened"
        }
    }
}
