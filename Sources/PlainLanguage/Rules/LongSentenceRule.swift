import PlanDiagnostics

/// `long-sentence`: a sentence longer than its audience can follow.
public struct LongSentenceRule: LintRule {
    public let identity = RuleIdentity(code: "PL201", name: "long-sentence", severity: .warning)

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
            return identity.finding(
                "this sentence has \(longest) words; for \(WordListFindings.reader(context.target)) keep to \(limit) or fewer",
                at: sentence.range,
                help: "Split it into shorter sentences, one idea each."
            )
        }
    }
}
