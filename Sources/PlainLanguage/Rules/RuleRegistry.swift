import PlanDiagnostics

/// Every plain-language rule, by code and name. Codes and names never change
/// meaning; a retired rule's code is not reused.
public enum RuleRegistry {
    /// The rules, in the order their findings are listed.
    public static let rules: [any LintRule] = [
        JargonRule(), AcronymRule(), JudgementalRule(), ComplexWordRule(),
        LongSentenceRule(), PassiveVoiceRule(), ReadingAgeRule(),
    ]

    /// Who every rule and every file problem is, in the order they are described.
    public static var identities: [RuleIdentity] { rules.map(\.identity) + FileProblems.all }

    /// The rule with a name or code, in any case.
    public static func rule(named name: String) -> (any LintRule)? {
        let key = name.lowercased()
        return rules.first { $0.identity.name == key || $0.identity.code.lowercased() == key }
    }
}
