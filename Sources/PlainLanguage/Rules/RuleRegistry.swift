import PlanDiagnostics

/// Every plain-language rule, by code and name. Codes and names never change
/// meaning; a retired rule's code is not reused.
public enum RuleRegistry {
    /// The rules, in the order their findings are listed.
    public static let rules: [any LintRule] = [
        JargonRule(), AcronymRule(), JudgementalRule(), ComplexWordRule(),
        LongSentenceRule(), PassiveVoiceRule(), ReadingAgeRule(),
    ]

    /// The rule with a name or code, in any case.
    public static func rule(named name: String) -> (any LintRule)? {
        let key = name.lowercased()
        return rules.first { $0.description.name == key || $0.description.code.lowercased() == key }
    }

    /// The descriptions of every rule, and of the problems with files themselves.
    public static var descriptions: [RuleDescription] {
        rules.map(\.description) + [
            FileProblems.unreadable, FileProblems.notAPlan, FileProblems.otherLanguage, FileProblems.tooMuchText,
            FileProblems.wordPartTooLarge, FileProblems.notRegular,
        ]
    }
}
