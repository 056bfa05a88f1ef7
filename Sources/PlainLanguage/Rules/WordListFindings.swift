import PlanDiagnostics

/// Turns the word-list terms a rule owns into findings.
enum WordListFindings {
    static func findings(
        of rule: RuleDescription, in context: RuleContext, message: (WordListMatch, String) -> String
    ) -> [Diagnostic] {
        var suggestions: [Int: String] = [:]
        var findings: [Diagnostic] = []
        for match in context.matches where match.rule == rule.name {
            let entry = match.entry
            let written = context.source(match.range)
            let suggestion = suggestions[match.entryIndex] ?? entry.suggestion
            suggestions[match.entryIndex] = suggestion
            findings.append(rule.finding(
                message(match, written), at: match.range, severity: entry.severity,
                help: suggestion, fixes: fixes(for: entry, range: match.range, written: written)
            ))
        }
        return findings
    }

    /// The first plain word as a replacement, in the case of the words it replaces.
    static func fixes(for entry: WordListEntry, range: SourceRange, written: String) -> [Fix] {
        guard entry.fix ?? true, let plain = entry.plain?.first, !plain.isEmpty else { return [] }
        var replacement = plain
        if let first = written.first, first.isUppercase, written.dropFirst().contains(where: \.isLowercase) || written.count == 1 {
            replacement = replacement.prefix(1).uppercased() + replacement.dropFirst()
        }
        return [Fix(range: range, replacement: replacement)]
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
