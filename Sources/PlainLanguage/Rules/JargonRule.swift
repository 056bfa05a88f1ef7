import PlanDiagnostics

/// `jargon`: words of social work, the courts, health and education that
/// families do not use, from the word list.
public struct JargonRule: LintRule {
    public let identity = RuleIdentity(code: "PL101", name: "jargon", severity: .warning)

    public func findings(in context: RuleContext) -> [Diagnostic] {
        let terms = WordListFindings.findings(of: identity, in: context) { match, written in
            "'\(written)' is \(WordListFindings.kind(match.entry.category)) \(WordListFindings.reader(context.target)) may not know"
        }
        return terms
            + context.names.map { name in
                let reader = WordListFindings.reader(context.target)
                let meaning =
                    switch name.kind {
                    case "meeting": "a meeting where …"
                    case "organisation": "the people who …"
                    case "document": "a paper that says …"
                    case "role": "the person who …"
                    default: "what it is"
                    }
                let article = name.kind == "organisation" ? "an" : "a"
                let what = name.kind == "name" ? "a name" : "the name of \(article) \(name.kind)"
                return identity.finding(
                    "'\(name.text)' is \(what) \(reader) may not know; explain it once",
                    at: name.range,
                    help:
                        "Say what it is the first time you use it, in everyday words: '\(name.text) (\(meaning))'. Then the name can stay."
                )
            }
    }
}
