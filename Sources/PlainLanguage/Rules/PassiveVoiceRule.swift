import PlanDiagnostics

/// `passive-voice`: "Mia was taken", which hides who did it.
public struct PassiveVoiceRule: LintRule {
    public let identity = RuleIdentity(code: "PL202", name: "passive-voice", severity: .note)

    private static let auxiliaries: Set<String> = [
        "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't",
        "get", "gets", "got", "getting", "gotten",
    ]
    private static let between: Set<String> = [
        "not", "never", "also", "always", "often", "just", "then", "still", "already", "all", "both", "now",
        "sometimes", "usually", "being", "been", "recently", "previously", "currently", "later", "soon",
    ]
    private static let irregular: Set<String> = [
        "taken", "given", "seen", "told", "made", "known", "shown", "held", "kept", "left", "brought", "thought",
        "found", "done", "written", "spoken", "hit", "hurt", "put", "sent", "built", "caught", "taught", "heard",
        "met", "paid", "said", "sold", "bought", "fed", "led", "beaten", "bitten", "broken", "chosen", "driven",
        "eaten", "forgotten", "forgiven", "hidden", "shaken", "stolen", "thrown", "woken", "worn", "begun",
        "shut", "cut", "hung", "struck", "sworn", "torn", "shot", "kicked", "grabbed", "slapped", "punched",
        "sent", "understood", "withheld", "overheard", "overseen", "undertaken", "rung", "bound", "spent",
    ]
    /// Participles that read as adjectives of feeling or state.
    private static let stative: Set<String> = [
        "worried", "scared", "tired", "bored", "excited", "interested", "concerned", "pleased", "married",
        "divorced", "separated", "surprised", "frightened", "annoyed", "confused", "embarrassed", "ashamed",
        "relieved", "shocked", "amazed", "determined", "involved", "allowed", "called", "named", "based",
        "related", "located", "prepared", "qualified", "satisfied", "disappointed", "delighted", "thrilled",
        "terrified", "petrified", "stressed", "depressed", "settled", "attached", "closed", "finished", "done",
        "drunk", "dressed", "born", "supposed", "used", "engaged", "committed", "tied", "stuck", "lost",
        "mixed", "unsettled", "upset", "exhausted", "overwhelmed", "isolated", "entitled", "aged", "blocked",
        "crowded",
    ]

    public func findings(in context: RuleContext) -> [Diagnostic] {
        let forms = context.text.lexicon.forms
        let auxiliary = forms.map { Self.auxiliaries.contains($0) }
        let between = forms.map { Self.between.contains($0) || $0.hasSuffix("ly") }
        let participle = forms.map(isParticiple)
        var findings: [Diagnostic] = []
        let words = context.text.words
        for sentence in context.text.sentenceWords {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard auxiliary[words[index].form] else {
                    index += 1
                    continue
                }
                var next = index + 1
                while next < sentence.upperBound, next - index <= 2, between[words[next].form] { next += 1 }
                guard next < sentence.upperBound, participle[words[next].form] else {
                    index += 1
                    continue
                }
                let range = SourceRange(start: words[index].range.start, end: words[next].range.end)
                findings.append(
                    identity.finding(
                        "'\(context.source(range))' is passive: it does not say who did it",
                        at: range,
                        help: "Say who did it: 'Mum took Mia …' rather than 'Mia was taken …'."
                    ))
                index = next + 1
            }
        }
        return findings
    }

    private func isParticiple(_ word: String) -> Bool {
        if Self.stative.contains(word) { return false }
        if Self.irregular.contains(word) { return true }
        return word.count > 4 && word.hasSuffix("ed") && word.allSatisfy(\.isLetter)
    }
}
