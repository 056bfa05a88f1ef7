import PlanDiagnostics

/// Who a rule is: its stable code and name, and how serious its findings are.
/// What it checks and why is data (`RuleCatalogue`).
public struct RuleIdentity: Hashable, Sendable {
    /// A stable code, `PL101`…; never reused.
    public var code: String
    /// A stable name, `jargon`…
    public var name: String
    /// How serious its findings are, unless a word-list entry says otherwise.
    public var severity: Severity

    /// A finding of this rule.
    func finding(_ message: String, at range: SourceRange, severity: Severity? = nil, help: String? = nil, fixes: [Fix] = []) -> Diagnostic
    {
        Diagnostic(code: code, name: name, severity: severity ?? self.severity, message: message, range: range, help: help, fixes: fixes)
    }
}
