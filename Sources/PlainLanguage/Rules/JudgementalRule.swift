import PlanDiagnostics

/// `judgemental`: words that blame or label instead of describing what happened.
public struct JudgementalRule: LintRule {
    public init() {}

    public let description = RuleDescription(
        code: "PL103", name: "judgemental", severity: .warning,
        summary: "A word that labels or blames a child or parent instead of saying what happened.",
        checks: """
            Words and phrases from the word list whose rule is `judgemental`: labels such as \
            non-compliant, failed to engage, disguised compliance, hard to reach, attention seeking, \
            chaotic, manipulative, absconded, and words that blame children for what adults did to \
            them (putting herself at risk, child prostitute, promiscuous).
            """,
        why: """
            A label tells the reader what the writer thinks, not what happened, and it sticks: children \
            read their files as adults, and parents read plans about themselves. Blaming words make \
            families defensive and can hide harm (a child "putting herself at risk" is a child being \
            exploited). Describing behaviour — who did what, when — is fairer and more useful to \
            everyone who reads it.
            """,
        example: "Mum was non-compliant and failed to engage with the plan.",
        instead: "Mum did not come to the three meetings in May. She says the times clash with her shifts.",
        triggering: [
            "Mum has been «non-compliant» with the plan.",
            "Dad «failed to engage» with services.",
            "Jayden «absconded» from the unit.",
            "Her behaviour is «attention seeking».",
        ],
        nonTriggering: [
            "Mum did not come to the meeting on Tuesday.",
            "Jayden left the house without telling anyone.",
            "Dad says the meeting times clash with his work.",
        ]
    )

    public func findings(in context: RuleContext) -> [Diagnostic] {
        WordListFindings.findings(of: description, in: context) { _, written in
            "'\(written)' labels or blames instead of saying what happened"
        }
    }
}
