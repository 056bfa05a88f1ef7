import PlanDiagnostics

/// A plain alternative put into the sentence in place of a listed term: in
/// the form the text gave the term (`were provided` → `were given`, `is
/// facilitating` → `is helping`, `placements` → `homes`), with `a`/`an` and
/// capitals made to agree.
struct Replacement: Equatable {
    /// The words to write.
    var text: String
    /// What they replace: the term, and the article before it when that changes.
    var range: SourceRange
    /// Whether the words replace the term whole and grammatically, so that a
    /// tool may apply them (a machine fix); otherwise they are advice.
    var fits: Bool
}

extension RuleContext {
    /// Verbs that mark a past participle after them: `was given`, `has given`, `got given`.
    private static let participleMarkers: Set<String> = [
        "am", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "get", "gets",
        "got", "getting", "gotten", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
    ]
    /// Words that may stand between such a verb and the participle.
    private static let betweenWords: Set<String> = ["not", "never", "also", "already", "all", "both", "just", "now", "then", "recently", "still"]
    /// Subjects after which `-ed` is a past tense: `we provided`.
    private static let subjects: Set<String> = ["i", "we", "you", "he", "she", "they", "it", "who", "mum", "dad", "gran", "grandad", "nan"]
    /// Words after which a noun phrase's head has ended: `meeting` in `meeting about keeping you safe`.
    private static let headEnders: Set<String> = [
        "about", "of", "for", "with", "to", "who", "that", "which", "where", "from", "at", "in", "on", "by", "when", "after", "before",
    ]
    private static let leadingFunctionWords: Set<String> = ["a", "an", "the", "to", "more", "some", "any", "your", "their", "his", "her", "our", "my"]

    /// The match's alternatives for the audience, each put into the sentence.
    func replacements(for match: WordListMatch) -> [Replacement] {
        let entry = match.entry
        let written = source(match.range)
        return entry.plain(for: target.audience).map { plain in
            var replacement = inflected(plain, for: match) ?? Replacement(text: plain, range: match.range, fits: false)
            if entry.fix == false || plain.contains("…") || plain.contains("...") { replacement.fits = false }
            replacement.text = Self.cased(replacement.text, like: written)
            if replacement.fits { replacement = withArticle(replacement, before: match) }
            return replacement
        }
    }

    /// The alternative in the form the text gave the term, or nil when that cannot be worked out.
    private func inflected(_ plain: String, for match: WordListMatch) -> Replacement? {
        let keys = text.lexicon.keys
        let termWords = CompiledWordList.units(of: match.entry.term)
        let writtenWords = match.units.map { keys[units[$0].form] }
        guard termWords.count == writtenWords.count else {
            // `noncompliant` for `non-compliant`: the same words run together.
            let same = writtenWords.joined() == termWords.joined()
            return same ? Replacement(text: plain, range: match.range, fits: true) : nil
        }
        let inflector = wordList.inflector
        var changed: (offset: Int, form: Inflector.Form)?
        for (offset, word) in writtenWords.enumerated() where word != termWords[offset] {
            guard changed == nil, let form = inflector.form(of: word, base: termWords[offset]) else { return nil }
            changed = (offset, form)
        }
        guard let changed, changed.form != .base else { return Replacement(text: plain, range: match.range, fits: true) }
        var words = plain.split(separator: " ").map(String.init)
        guard !words.isEmpty, !words.contains(where: { $0.contains("'") && $0 != words.last }) else { return nil }
        var form = changed.form
        let isVerb: Bool
        switch form {
        case .progressive, .past, .participle, .pastOrParticiple:
            isVerb = true
        case .s:
            isVerb = termWords.count > 1 && changed.offset == 0
                || (words.count > 1 && inflector.irregular.verbs[words[0]] != nil && termWords.count == 1)
        case .base:
            isVerb = false
        }
        let position: Int
        if isVerb {
            guard !Self.leadingFunctionWords.contains(words[0]) else { return nil }
            position = 0
            if form == .pastOrParticiple { form = pastOrParticiple(before: match) ?? form }
        } else {
            guard !words.contains("and"), !words.contains("or") else { return nil }
            let ender = words.indices.dropFirst().first { Self.headEnders.contains(words[$0]) }
            position = ender.map { $0 - 1 } ?? words.count - 1
            let head = words[position]
            guard !(head.hasSuffix("s") && !head.hasSuffix("ss")) else { return nil }
        }
        guard let word = inflector.inflect(words[position], to: form, asVerb: isVerb) else { return nil }
        words[position] = word
        return Replacement(text: words.joined(separator: " "), range: match.range, fits: true)
    }

    /// Whether an `-ed` word is a participle (after `was`, `has`, `got`, or
    /// before `by`) or a past tense (after a subject); nil when the sentence does not say.
    private func pastOrParticiple(before match: WordListMatch) -> Inflector.Form? {
        let keys = text.lexicon.keys
        var position = match.units.lowerBound - 1
        var skipped = 0
        while position >= 0, units[position].sentence == match.sentence {
            let key = keys[units[position].form]
            if Self.participleMarkers.contains(key) { return .participle }
            if skipped < 2, Self.betweenWords.contains(key) || key.hasSuffix("ly") {
                skipped += 1
                position -= 1
                continue
            }
            if Self.subjects.contains(key) || text.words[units[position].word].casing == .capitalised && !text.words[units[position].word].isSentenceStart {
                return .past
            }
            break
        }
        let next = match.units.upperBound
        if next < units.count, units[next].sentence == match.sentence, keys[units[next].form] == "by" { return .participle }
        return nil
    }

    /// The replacement with `a` or `an` before it changed to suit its first word.
    private func withArticle(_ replacement: Replacement, before match: WordListMatch) -> Replacement {
        let before = match.units.lowerBound - 1
        guard before >= 0, units[before].sentence == match.sentence else { return replacement }
        let article = text.file.text(in: units[before].range)
        guard article.lowercased() == "a" || article.lowercased() == "an" else { return replacement }
        let wanted = Self.startsWithVowelSound(replacement.text) ? "an" : "a"
        guard wanted != article.lowercased() else { return replacement }
        let cased = article.first?.isUppercase == true ? wanted.prefix(1).uppercased() + wanted.dropFirst() : wanted
        let lowered = article.first?.isUppercase == true ? replacement.text.prefix(1).lowercased() + replacement.text.dropFirst() : replacement.text
        return Replacement(
            text: cased + " " + lowered,
            range: SourceRange(start: units[before].range.start, end: replacement.range.end), fits: true
        )
    }

    private static func startsWithVowelSound(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if ["uni", "use", "usu", "one", "eu"].contains(where: lowered.hasPrefix) { return false }
        if ["hour", "honest", "honour"].contains(where: lowered.hasPrefix) { return true }
        return lowered.first.map { "aeiou".contains($0) } ?? false
    }

    /// The replacement with a capital first letter when the words it
    /// replaces have one (not for words in capitals: `CAMHS`).
    static func cased(_ replacement: String, like written: String) -> String {
        guard let first = written.first, first.isUppercase, written.count == 1 || written.contains(where: \.isLowercase) else { return replacement }
        return replacement.prefix(1).uppercased() + replacement.dropFirst()
    }
}
