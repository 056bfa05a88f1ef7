import PlanDiagnostics

/// `jargon`: words of social work, the courts, health and education that
/// families do not use, from the word list.
public struct JargonRule: LintRule {
    public init() {}

    public let description = RuleDescription(
        code: "PL101", name: "jargon", severity: .warning,
        summary: "A word of the care system, the courts, health or education that families do not use.",
        checks: """
            Words and phrases from the word list whose rule is `jargon`: social-work, legal, health and \
            education words of both the Scottish and the English systems (placement, contact with a \
            parent, respite, core group, chronology, threshold, safeguarding, multi-agency, looked after \
            child, Children's Hearing, care proceedings, paediatrician, EHCP words…). Some words count \
            only next to others: "contact with Keira" is jargon, "contact me" is not. Each entry says \
            what to write instead. A name of several capitalised words that holds such a term (City of \
            York Safeguarding Children Partnership, Child Protection Planning Meeting) is reported once, \
            as a name to explain, and not the words inside it. A term or name the text explains — in \
            brackets or after a dash right after it, with "called" before it or "which means" after \
            it, or in a sentence that defines it ("A core group is the people who…") — is not \
            reported from there on.
            """,
        why: """
            Children and parents read these words in documents about their own lives. Words the \
            professionals use among themselves shut the family out: a child who reads that their \
            "placement" is "under review" does not know that it means where they live. Care-experienced \
            young people have asked for everyday words ("home", "family time", "brothers and sisters").
            """,
        example: "Supervised contact with Keira will continue at the family centre while the placement is reviewed.",
        instead: "Keira will see Mum at the family centre, with Sam there, while we think about where Keira should live.",
        triggering: [
            "Keira has «contact» with Mum on Saturdays.",
            "Mia is settled in her «placement».",
            "Her «siblings» will visit.",
            "The «core group» met on Monday.",
        ],
        nonTriggering: [
            "Please contact me if you are worried.",
            "Mia lives with Gran and sees Mum on Saturdays.",
            "Her brothers and sisters will visit.",
        ]
    )

    public func findings(in context: RuleContext) -> [Diagnostic] {
        let terms = WordListFindings.findings(of: description, in: context) { match, written in
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
                return description.finding(
                    "'\(name.text)' is \(what) \(reader) may not know; explain it once",
                    at: name.range,
                    help:
                        "Say what it is the first time you use it, in everyday words: '\(name.text) (\(meaning))'. Then the name can stay."
                )
            }
    }
}
