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

            The formulas count the sentences a reader reads as sentences. Headings, table cells, \
            checkbox labels and list items are not sentences unless they end with a full stop, "!" or \
            "?": their words are left out of the counts, so a form full of short labels does not look \
            easier than its prose. A list item that carries on a sentence ("We will:" / "- visit every \
            week," / "- phone on Fridays.") joins it. A text with nothing but such blocks is counted \
            whole. The finding gives the figure both ways. For example, the list items "A visit from \
            Sam", "A meeting at school" and "A plan for Mia" above two sentences of prose (the text in \
            `ReadingAgeRule.bothWaysExample`) need a reading age of 12.2 counting the two sentences, \
            and would seem 9.0 counting the list items as sentences too.
            """,
        why: """
            A plan only works if the people in it can read it. Public information in the UK aims at a \
            reading age of 9; many parents in child protection read below that, and a child's plan has \
            to fit the child. Reading age is a blunt measure, so the other findings show what to change.
            """,
        example:
            "Following consideration of the information available, the conference determined that continued multi-agency intervention is necessary.",
        instead: "Everyone at the meeting thinks your family still needs help from us and from school.",
        triggering: [
            "«»Following consideration of the information available, the conference determined that continued multi-agency intervention is necessary."
        ],
        nonTriggering: [
            "Gran picks Mia up from school. Dad makes tea. Mia feels safe at home."
        ]
    )

    /// The text of the example in `checks`, which a test measures both ways.
    public static let bothWaysExample = """
        - A visit from Sam
        - A meeting at school
        - A plan for Mia

        Sam will visit you at home on Monday to talk about the assessment with you and Mia. \
        Then everyone will meet at school on Thursday afternoon to agree what happens next.
        """

    public func findings(in context: RuleContext) -> [Diagnostic] {
        let metrics = context.metrics
        guard metrics.words > 0, (metrics.readingAge * 10).rounded() / 10 > context.target.readingAgeLimit,
            let first = context.text.words.first
        else { return [] }
        let limit = context.target.readingAgeLimit
        var counter = SyllableCounter()
        let everyBlock = ReadabilityMetrics(context.text, counter: &counter, everyBlock: true)
        let both =
            everyBlock.sentences == metrics.sentences
            ? ""
            : "; counting its \(everyBlock.sentences - metrics.sentences) other blocks (headings, table cells, list items) as sentences it would be \(format1(everyBlock.readingAge))"
        return [
            description.finding(
                "the text needs a reading age of \(format1(metrics.readingAge)) (Flesch–Kincaid grade \(format1(metrics.fleschKincaidGrade))); for \(context.target.description) it should be \(format1(limit)) or less"
                    + both,
                at: .at(first.range.start),
                help: "Use shorter sentences and everyday words; the other findings show where to start."
            )
        ]
    }
}
