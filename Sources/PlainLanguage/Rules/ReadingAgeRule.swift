import PlanDiagnostics

/// `reading-age`: a document harder than its audience can read.
public struct ReadingAgeRule: LintRule {
    public init() {}

    public let description = RuleDescription(
        code: "PL301", name: "reading-age", severity: .warning,
        summary: "The whole text needs a higher reading age than its readers have.",
        checks: """
        The text's UK reading age (Flesch–Kincaid grade + 5) against its audience: for a child, \
        the plan's `reading age`, or the child's age kept between 6 and 11; 11 for parents and \
        carers (aim for 9); 14 for professionals. It is reported once, at the start of the text.
        """,
        why: """
        A plan only works if the people in it can read it. Public information in the UK aims at a \
        reading age of 9; many parents in child protection read below that, and a child's plan has \
        to fit the child. Reading age is a blunt measure, so the other findings show what to change.
        """,
        example: "Following consideration of the information available, the conference determined that continued multi-agency intervention is necessary.",
        instead: "Everyone at the meeting thinks your family still needs help from us and from school.",
        triggering: [
            "Following consideration of the information available, the conference determined that continued multi-agency intervention is necessary.",
        ],
        nonTriggering: [
            "Gran picks Mia up from school. Dad makes tea. Mia feels safe at home.",
        ]
    )

    public func findings(in context: RuleContext) -> [Diagnostic] {
        let metrics = context.metrics
        guard metrics.words > 0, (metrics.readingAge * 10).rounded() / 10 > context.target.readingAgeLimit,
              let first = context.text.words.first else { return [] }
        let limit = context.target.readingAgeLimit
        return [description.finding(
            "the text needs a reading age of \(format1(metrics.readingAge)) (Flesch–Kincaid grade \(format1(metrics.fleschKincaidGrade))); for \(context.target.description) it should be \(format1(limit)) or less",
            at: .at(first.range.start),
            help: "Use shorter sentences and everyday words; the other findings show where to start."
        )]
    }
}
