import PlanDiagnostics

/// Turns the word-list terms a rule owns into findings.
enum WordListFindings {
    static func findings(
        of rule: RuleIdentity, in context: RuleContext, message: (WordListMatch, String) -> String
    ) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for match in context.matches where match.rule == rule.name {
            let written = context.source(match.range)
            let replacements = context.replacements(for: match)
            findings.append(
                rule.finding(
                    message(match, written), at: match.range, severity: match.entry.severity,
                    help: help(for: match.entry, replacements: replacements, audience: context.target.audience),
                    fixes: fixes(for: match.entry, replacements: replacements)
                ))
        }
        return findings
    }

    /// The help line: the alternatives as they would stand in the sentence, and the advice.
    static func help(for entry: WordListEntry, replacements: [Replacement], audience: Audience) -> String {
        guard !replacements.isEmpty else { return entry.suggestion(for: audience) }
        var parts = ["Write " + replacements.map { "'\($0.text)'" }.joined(separator: " or ") + "."]
        if let advice = entry.advice { parts.append(PlainAlternative.inPerson(advice, for: audience)) }
        return parts.joined(separator: " ")
    }

    /// The first alternative as a machine fix, when it replaces the term whole and grammatically.
    static func fixes(for entry: WordListEntry, replacements: [Replacement]) -> [Fix] {
        guard entry.fix ?? true, let first = replacements.first, first.fits, !first.text.isEmpty else { return [] }
        return [Fix(range: first.range, replacement: first.text)]
    }

    /// "a child", "a parent", "a reader".
    static func reader(_ target: AudienceTarget) -> String {
        switch target.audience {
        case .child: target.childAge.map { "a child of \($0)" } ?? "a child"
        case .parent: "a parent or carer"
        case .professional: "a reader from another service"
        }
    }

    /// "social-work jargon", "legal jargon".
    static func kind(_ category: String) -> String {
        switch category {
        case "social-work", "care-system": "social-work jargon"
        case "legal", "court": "legal jargon"
        case "health": "health jargon"
        case "education": "education jargon"
        case "scottish": "Scottish care-system jargon"
        default: "\(category) jargon"
        }
    }
}
