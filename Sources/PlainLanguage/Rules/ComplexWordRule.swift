import PlanDiagnostics

/// `complex-word`: officialese with an everyday word to use instead, and
/// (for children and parents) very long words.
public struct ComplexWordRule: LintRule {
    public let identity = RuleIdentity(code: "PL104", name: "complex-word", severity: .warning)

    public func findings(in context: RuleContext) -> [Diagnostic] {
        var findings = WordListFindings.findings(of: identity, in: context) { _, written in
            "'\(written)' is a formal way of saying something simple"
        }
        guard let limit = context.target.longWordSyllables else { return findings }
        var counter = SyllableCounter()
        var hard = [Bool?](repeating: nil, count: context.text.lexicon.count)
        for (index, word) in context.text.words.enumerated() where word.syllables >= limit && !context.listedWords[index] {
            let normalized = context.text.normalized(word)
            guard isOrdinaryWord(word, normalized) else { continue }
            let isHard: Bool
            if let known = hard[word.form] {
                isHard = known
            } else {
                isHard =
                    !context.wordList.familiar.contains(normalized)
                    && !ComplexWords.isCompoundOfShortWords(normalized)
                    && (Self.shorterFormSyllables(normalized, counter: &counter) ?? limit) >= limit
                hard[word.form] = isHard
            }
            guard isHard else { continue }
            findings.append(
                identity.finding(
                    "'\(word.text(in: context.text.file))' has \(word.syllables) syllables; \(WordListFindings.reader(context.target)) may find it hard",
                    at: word.range, severity: .note,
                    help: "Use a shorter word, or explain it in the next sentence."
                ))
        }
        return findings
    }

    /// Not a name, an acronym, a figure or a hyphenated compound.
    private func isOrdinaryWord(_ word: Word, _ normalized: String) -> Bool {
        guard !word.hasDigits, !normalized.containsASCII("-"), !normalized.containsASCII(".") else { return false }
        switch word.casing {
        case .lower, .uncased: return true
        case .capitalised: return word.isSentenceStart
        case .allCaps, .mixed: return false
        }
    }

    /// Endings that make a longer form of a word: inflections and the
    /// everyday derivations (`understandable`, `organisational`, `carefully`).
    private static let endings = [
        "ings", "ing", "ers", "er", "est", "ed", "es", "s", "ly", "ness", "ment", "ments", "able", "ible", "ably",
        "al", "ally", "ation", "ations", "isation", "ization", "ity", "ities", "ive", "ively", "ful", "fully", "less",
    ]

    /// The fewest syllables of a shorter form of the word, with up to two
    /// endings taken off (`remembering` → `remember`, `organisational` →
    /// `organisation` → `organise`); nil when no shorter form is a dictionary word.
    static func shorterFormSyllables(_ word: String, counter: inout SyllableCounter, depth: Int = 2) -> Int? {
        let dictionary = SyllableDictionary.shared
        var fewest: Int?
        for ending in endings where word.hasSuffix(ending) && word.count > ending.count + 3 {
            let stem = String(word.dropLast(ending.count))
            var candidates = [stem, stem + "e"]
            if stem.hasSuffix("i") { candidates.append(String(stem.dropLast()) + "y") }
            if let last = stem.last, stem.dropLast().last == last { candidates.append(String(stem.dropLast())) }
            if ending == "ation" || ending == "ations" { candidates += [stem + "e", stem + "ise", stem + "ize"] }
            if ending.hasPrefix("ab") || ending.hasPrefix("ib") { candidates.append(stem + "ate") }
            for candidate in candidates {
                let known =
                    dictionary.syllables(of: candidate)
                    ?? BritishSpelling.americanForms(of: candidate).lazy.compactMap({ dictionary.syllables(of: $0) }).first
                let shorter = depth > 1 ? shorterFormSyllables(candidate, counter: &counter, depth: depth - 1) : nil
                for value in [known, shorter].compactMap({ $0 }) { fewest = min(fewest ?? value, value) }
            }
        }
        return fewest
    }
}
