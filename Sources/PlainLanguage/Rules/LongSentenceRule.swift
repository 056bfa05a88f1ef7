import PlanDiagnostics

/// `long-sentence`: a sentence longer than its audience can follow.
public struct LongSentenceRule: LintRule {
    public init() {}

    public let description = RuleDescription(
        code: "PL201", name: "long-sentence", severity: .warning,
        summary: "A sentence with more words than its readers can hold in mind.",
        checks: """
            The words in each sentence against a limit set by the audience: 12 for a child with a \
            target reading age of 8 or less, 15 for an older child, 20 for parents and carers, 25 for \
            professionals. Headings, table cells and list items are blocks of their own; a list item that \
            carries on a sentence ("We will:" / "- visit every week,") is part of it, and such a \
            sentence is as long as its longest part: it is read an item at a time.
            """,
        why: """
            Long sentences are the biggest cause of hard reading. Easy-read guidance asks for 10 to 15 \
            words with one idea each; a parent who is upset, tired or reads in a second language loses \
            the thread of a long sentence, and a child cannot follow it at all.
            """,
        example: """
            Following the strategy meeting on Monday it was agreed that Mia would stay with her \
            grandmother while the assessment is completed and Dad attends the group.
            """,
        instead: "We met on Monday. Mia will stay with Gran for now. Dad will go to the group.",
        triggering: [
            "«Mia will stay with her Gran for a few weeks while Dad goes to the group at the health centre every Thursday.»"
        ],
        nonTriggering: [
            "Mia will stay with Gran for now. Dad will go to the group every Thursday."
        ]
    )

    public func findings(in context: RuleContext) -> [Diagnostic] {
        let limit = context.target.sentenceLimit
        let tokens = context.text.tokens
        return context.text.sentenceWords.enumerated().compactMap { index, words in
            guard words.count > limit else { return nil }
            // A sentence that runs on through a list is read an item at a time: its longest part counts.
            let sentence = context.text.sentences[index]
            var longest = 0
            var run = 0
            for token in sentence.tokens {
                if tokens[token].kind == .word { run += 1 }
                if tokens[token].endsBlock {
                    longest = max(longest, run)
                    run = 0
                }
            }
            longest = max(longest, run)
            guard longest > limit else { return nil }
            return description.finding(
                "this sentence has \(longest) words; for \(WordListFindings.reader(context.target)) keep to \(limit) or fewer",
                at: sentence.range,
                help: "Split it into shorter sentences, one idea each."
            )
        }
    }
}
