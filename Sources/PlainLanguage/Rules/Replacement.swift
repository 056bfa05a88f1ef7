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
    private static let betweenWords: Set<String> = [
        "not", "never", "also", "already", "all", "both", "just", "now", "then", "recently", "still",
    ]
    /// Subjects after which `-ed` is a past tense: `we provided`.
    private static let subjects: Set<String> = ["i", "we", "you", "he", "she", "they", "it", "who", "mum", "dad", "gran", "grandad", "nan"]
    /// Words after which a noun phrase's head has ended: `meeting` in `meeting about keeping you safe`.
    private static let headEnders: Set<String> = [
        "about", "of", "for", "with", "to", "who", "that", "which", "where", "from", "at", "in", "on", "by", "when", "after", "before",
    ]
    private static let leadingFunctionWords: Set<String> = [
        "a", "an", "the", "to", "more", "some", "any", "your", "their", "his", "her", "our", "my",
    ]

    /// Words a noun phrase may start with; after one, a replacement that
    /// brings its own (`your social worker` for `the allocated social worker`)
    /// replaces it too.
    private static let determiners: Set<String> = ["a", "an", "the", "this", "that", "your", "their", "his", "her", "our", "my"]
    /// Words after a term that show it is not a noun's modifier (`the MASH did…`, not `multi-agency response`).
    private static let afterANounPhrase: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
        "must", "should", "shall", "did", "does", "do", "not", "and", "or", "but", "of", "to", "for", "with", "in", "on",
        "at", "by", "from", "about", "if", "because", "so", "who", "which", "that", "when", "where", "as", "than",
        "met", "meets", "said", "says", "agreed", "decided", "thinks", "wants", "needs",
    ]
    /// Nouns that end in `-ing` (an alternative starting with another `-ing` word is an explanation: `getting to know…`).
    private static let nounsInIng: Set<String> = [
        "meeting", "meetings", "building", "evening", "morning", "wedding", "feeling", "feelings", "thing", "things",
        "something", "nothing", "everything", "anything", "sibling", "siblings", "housing", "training", "funding",
        "hearing", "setting", "clothing", "spring", "string", "king", "ring",
    ]
    /// First words of an alternative that is an explanation, not a swap: `what people are worried about`.
    private static let explanationStarts: Set<String> = [
        "what", "how", "who", "when", "where", "whether", "if", "had", "be", "being", "to", "by", "for", "with", "in", "on",
        "at", "from", "about", "before", "after",
    ]

    /// The match's alternatives for the audience, each put into the sentence.
    func replacements(for match: WordListMatch) -> [Replacement] {
        let entry = match.entry
        let written = source(match.range)
        return entry.plain(for: target.audience).map { plain in
            var replacement = inflected(plain, for: match) ?? Replacement(text: plain, range: match.range, fits: false)
            if entry.fix == false || plain.contains("…") || plain.contains("...") { replacement.fits = false }
            if entry.rule != "complex-word", replacement.fits, !fitsAsANounPhrase(replacement.text, at: match) { replacement.fits = false }
            if replacement.fits, replacement.text.hasSuffix(" to") || replacement.text == "to", nextWordEndsInIng(after: match) {
                replacement.fits = false
            }
            replacement.text = Self.cased(replacement.text, like: written)
            if replacement.fits { replacement = withArticle(replacement, before: match) }
            return replacement
        }
    }

    /// Whether the word after the match ends in `-ing` (`with a view to achieving`: `to achieving` does not read).
    private func nextWordEndsInIng(after match: WordListMatch) -> Bool {
        let next = match.units.upperBound
        return next < units.count && units[next].sentence == match.sentence && text.lexicon.keys[units[next].form].hasSuffix("ing")
    }

    /// Whether a jargon word's alternative can stand where the word stands:
    /// not an explanation (`getting to know…`, `what…`), not before a noun the
    /// term describes (`multi-agency response`), and short, or a noun phrase
    /// in a noun's place (`the MASH did` → `the team that decides who helps did`).
    private func fitsAsANounPhrase(_ text: String, at match: WordListMatch) -> Bool {
        let words = text.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first, !Self.explanationStarts.contains(first),
            !(first.hasSuffix("ing") && words.count > 1 && !Self.nounsInIng.contains(first))
        else { return false }
        let keys = self.text.lexicon.keys
        let next = match.units.upperBound
        let sameSentence = next < units.count && units[next].sentence == match.sentence
        let lastWord = self.text.words[match.lastWord]
        let punctuationFollows = lastWord.token + 1 < self.text.tokens.count && self.text.tokens[lastWord.token + 1].kind != .word
        var endsNounPhrase = !sameSentence || punctuationFollows
        if !endsNounPhrase {
            let key = keys[units[next].form]
            endsNounPhrase = Self.afterANounPhrase.contains(key) || key.hasSuffix("ed")
        }
        guard endsNounPhrase else { return false }
        if words.count <= 4 { return true }
        let before = match.units.lowerBound - 1
        return before >= 0 && units[before].sentence == match.sentence && Self.determiners.contains(keys[units[before].form])
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
            isVerb =
                termWords.count > 1 && changed.offset == 0
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
            if Self.subjects.contains(key)
                || text.words[units[position].word].casing == .capitalised && !text.words[units[position].word].isSentenceStart
            {
                return .past
            }
            break
        }
        let next = match.units.upperBound
        if next < units.count, units[next].sentence == match.sentence, keys[units[next].form] == "by" { return .participle }
        return nil
    }

    /// The replacement with `a` or `an` before it changed to suit its first
    /// word, or the determiner before it dropped when the replacement brings
    /// its own (`the allocated social worker` → `your social worker`).
    private func withArticle(_ replacement: Replacement, before match: WordListMatch) -> Replacement {
        let before = match.units.lowerBound - 1
        guard before >= 0, units[before].sentence == match.sentence else { return replacement }
        let article = text.file.text(in: units[before].range)
        let lowered = article.lowercased()
        let isCapitalised = article.first?.isUppercase == true
        let own = replacement.text.split(separator: " ").first.map { $0.lowercased() } ?? ""
        if Self.determiners.contains(own), ["a", "an", "the", "this", "that"].contains(lowered) {
            let text = isCapitalised ? replacement.text.prefix(1).uppercased() + replacement.text.dropFirst() : replacement.text
            return Replacement(text: text, range: SourceRange(start: units[before].range.start, end: replacement.range.end), fits: true)
        }
        guard lowered == "a" || lowered == "an" else { return replacement }
        let wanted = Self.startsWithVowelSound(replacement.text) ? "an" : "a"
        guard wanted != lowered else { return replacement }
        let cased = isCapitalised ? wanted.prefix(1).uppercased() + wanted.dropFirst() : wanted
        let rest = isCapitalised ? replacement.text.prefix(1).lowercased() + replacement.text.dropFirst() : replacement.text
        return Replacement(
            text: cased + " " + rest,
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
        guard let first = written.first, first.isUppercase, written.count == 1 || written.contains(where: \.isLowercase) else {
            return replacement
        }
        return replacement.prefix(1).uppercased() + replacement.dropFirst()
    }
}
