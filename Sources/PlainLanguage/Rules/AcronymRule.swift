import PlanDiagnostics

/// `acronym`: letters standing for words, not spelled out where first used.
public struct AcronymRule: LintRule {
    public let identity = RuleIdentity(code: "PL102", name: "acronym", severity: .warning)

    private static let stopWords: Set<String> = ["and", "of", "the", "for", "in", "to", "&", "a", "on", "at", "with"]
    private static let romanNumerals: Set<String> = ["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX"]

    public func findings(in context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var seen: Set<String> = []
        var seenEntries: Set<Int> = []
        let spelled = SpelledOut(context: context)
        for match in context.matches where match.rule == identity.name {
            guard !isShouted(sentence: match.sentence, context: context) else { continue }
            guard seenEntries.insert(match.entryIndex).inserted else { continue }
            let entry = match.entry
            guard seen.insert(entry.term.uppercased()).inserted else { continue }
            if entry.expansions.contains(where: { spelled.phrase($0, before: match.sentence + 1) }) { continue }
            let written = context.source(match.range)
            let meaning = chosenExpansion(of: entry, context: context)
            let replacements = meaning == entry.expansion ? context.replacements(for: match) : []
            findings.append(
                identity.finding(
                    "'\(written)' is an acronym \(WordListFindings.reader(context.target)) may not know, and it is not spelled out",
                    at: match.range, severity: entry.severity,
                    help: help(for: entry, meaning: meaning, replacements: replacements, audience: context.target.audience),
                    fixes: WordListFindings.fixes(for: entry, replacements: replacements)
                ))
        }
        for (index, word) in context.text.words.enumerated() where word.casing == .allCaps && !context.listedWords[index] {
            let written = word.text(in: context.text.file)
            let letters = written.hasSuffix("s") ? String(written.dropLast()) : written
            guard (2...6).contains(letters.count), !Self.romanNumerals.contains(letters),
                !context.wordList.wellKnownAcronyms.contains(letters), !context.wordList.wellKnownAcronyms.contains(written),
                !isShouted(sentence: word.sentence, context: context),
                seen.insert(letters.uppercased()).inserted,
                !spelled.initials(letters, explain: index)
            else { continue }
            findings.append(
                identity.finding(
                    "'\(written)' is an acronym \(WordListFindings.reader(context.target)) may not know, and it is not spelled out",
                    at: word.range,
                    help:
                        "Write out what \(letters) stands for the first time, with the letters after it in brackets, or use everyday words."
                ))
        }
        return findings
    }

    /// The meaning of an acronym with several that the text's words point to;
    /// nil when they point to none or to more than one.
    private func chosenExpansion(of entry: WordListEntry, context: RuleContext) -> String? {
        let expansions = entry.expansions
        guard expansions.count > 1 else { return expansions.first }
        let words = expansions.map { Set(CompiledWordList.units(of: $0)).subtracting(Self.stopWords) }
        let shared = words.dropFirst().reduce(words[0]) { $0.intersection($1) }
        let present = Set(context.text.lexicon.keys)
        let scores = words.map { $0.subtracting(shared).filter(present.contains).count }
        guard let best = scores.max(), best > 0, scores.filter({ $0 == best }).count == 1,
            let index = scores.firstIndex(of: best)
        else { return nil }
        return expansions[index]
    }

    private func help(for entry: WordListEntry, meaning: String?, replacements: [Replacement], audience: Audience) -> String {
        guard let meaning else {
            let all = entry.expansions.map { "'\($0)'" }
            return
                "\(entry.term) can stand for \(all.dropLast().joined(separator: ", ")) or \(all.last ?? ""): write out the one you mean the first time, or use everyday words."
        }
        guard meaning == entry.expansion else {
            return "Here \(entry.term) seems to stand for \(meaning): write that out the first time, or use everyday words."
        }
        var help = WordListFindings.help(for: entry, replacements: replacements, audience: audience)
        if entry.plain != nil || entry.advice != nil {
            help += " (\(entry.term) stands for \(meaning).)"
        }
        return help
    }

    /// Whether the sentence is a heading in capitals: most of its words in
    /// capitals (figures aside), or a single long word in capitals that is an
    /// ordinary word, alone in its block (`4. REPORT`).
    private func isShouted(sentence: Int, context: RuleContext) -> Bool {
        let words = context.text.words(inSentence: sentence)
        if ReaderTerms.isShouted(words) { return true }
        let cased = words.filter { $0.casing != .uncased }
        guard cased.count == 1, let word = cased.first, word.casing == .allCaps, word.letters >= 4,
            context.text.tokens[context.text.sentences[sentence].tokens.upperBound - 1].endsBlock
        else { return false }
        let key = context.text.normalized(word)
        return context.wordList.acronyms[key.uppercased()] == nil && SyllableDictionary.shared.syllables(of: key) != nil
    }
}

/// Where a text spells out an acronym's words, found in one pass over the
/// text (not one pass per acronym): the initials of every run of words, kept
/// for the letters of the acronyms the text uses.
struct SpelledOut {
    private let context: RuleContext
    /// Each word's place among its sentence's words that are not `and`, `of`, `the`…
    private let contentIndex: [Int32]
    /// For each sentence, its words that are not stop words, with their initials.
    private let content: [[(word: Int, initial: UInt8, capitalised: Bool)]]
    /// For each sequence of initials an acronym of the text might have: the
    /// first sentence holding it in capitalised words, and in any words.
    private var earliest: [UInt64: (capitalised: Int, any: Int)] = [:]

    private static let stopWords: Set<String> = ["and", "of", "the", "for", "in", "to", "&", "a", "on", "at", "with"]

    init(context: RuleContext) {
        self.context = context
        let text = context.text
        let keys = text.lexicon.keys
        let stop = keys.map { Self.stopWords.contains($0) }
        var contentIndex = [Int32](repeating: -1, count: text.words.count)
        var content: [[(word: Int, initial: UInt8, capitalised: Bool)]] = []
        content.reserveCapacity(text.sentenceWords.count)
        var lengths: Set<Int> = []
        var firstLetters: Set<UInt8> = []
        // The keys `initials` may look up (every all-caps word's letters) and
        // their beginnings: runs of initials that begin no acronym of the text
        // are not followed further, nor kept.
        var targets: Set<UInt64> = []
        var beginnings: Set<UInt64> = []
        for word in text.words where word.casing == .allCaps {
            let written = word.text(in: text.file)
            let key = Self.key(written.hasSuffix("s") ? String(written.dropLast()) : written)
            targets.insert(key)
            var rest = key
            while rest != 0 {
                beginnings.insert(rest)
                rest >>= 8
            }
            guard (2...7).contains(word.letters) else { continue }
            let bytes = text.file.utf8[word.range.start..<word.range.end]
            let letters = bytes.last == UInt8(ascii: "s") ? bytes.dropLast().count : bytes.count
            lengths.insert(letters)
            if let first = bytes.first { firstLetters.insert(first) }
        }
        for range in text.sentenceWords {
            var list: [(word: Int, initial: UInt8, capitalised: Bool)] = []
            for index in range where !stop[text.words[index].form] {
                let word = text.words[index]
                let first = text.file.utf8[word.range.start]
                let initial = first >= 0x61 && first <= 0x7A ? first - 32 : first
                contentIndex[index] = Int32(list.count)
                list.append((index, initial, word.casing == .capitalised || word.casing == .allCaps))
            }
            content.append(list)
        }
        self.contentIndex = contentIndex
        self.content = content
        guard !lengths.isEmpty else { return }
        var earliest: [UInt64: (capitalised: Int, any: Int)] = [:]
        for (sentence, list) in content.enumerated() {
            for start in list.indices where firstLetters.contains(list[start].initial) && text.words[list[start].word].casing != .allCaps {
                var key: UInt64 = 0
                var allCapitalised = true
                for length in 1...min(7, list.count - start) {
                    let item = list[start + length - 1]
                    guard text.words[item.word].casing != .allCaps else { break }
                    key = key << 8 | UInt64(item.initial)
                    guard beginnings.contains(key) else { break }
                    allCapitalised = allCapitalised && item.capitalised
                    guard length >= 2, lengths.contains(length), targets.contains(key) else { continue }
                    var found = earliest[key] ?? (Int.max, Int.max)
                    if allCapitalised { found.capitalised = min(found.capitalised, sentence) }
                    found.any = min(found.any, sentence)
                    earliest[key] = found
                }
            }
        }
        self.earliest = earliest
    }

    private static func key(_ letters: String) -> UInt64 {
        letters.uppercased().utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Whether the acronym at `index` is explained: the words just before or
    /// after it start with its letters (in any case), or capitalised words
    /// starting with them stand in an earlier sentence or the next one
    /// (`Integration Joint Board` for `IJB`), or, for three letters or more,
    /// any words do in an earlier sentence.
    func initials(_ letters: String, explain index: Int) -> Bool {
        let target = Array(letters.uppercased().utf8)
        let word = context.text.words[index]
        let list = content[word.sentence]
        if let position = Int(exactly: contentIndex[index]), position >= 0 {
            let before = list[max(0, position - target.count)..<position].map(\.initial)
            let after = list[min(list.count, position + 1)..<min(list.count, position + 1 + target.count)].map(\.initial)
            if before == target || after == target { return true }
        }
        guard let found = earliest[Self.key(letters)] else { return false }
        return found.capitalised <= word.sentence + 1 || (target.count >= 3 && found.any < word.sentence)
    }

    /// Whether an expansion's words (in any of their forms) stand in the text
    /// before the end of a sentence (the one after the acronym's first use:
    /// "The IJB meets monthly. The Integration Joint Board…" explains it too).
    func phrase(_ expansion: String, before sentence: Int) -> Bool {
        let words = CompiledWordList.units(of: expansion).map(Inflections.forms(of:))
        guard let first = words.first else { return false }
        let units = context.units
        let keys = context.text.lexicon.keys
        var position = 0
        while position < units.count, units[position].sentence <= sentence {
            if first.contains(keys[units[position].form]) {
                var matched = true
                for (offset, forms) in words.enumerated().dropFirst() {
                    let at = position + offset
                    guard at < units.count, forms.contains(keys[units[at].form]) else {
                        matched = false
                        break
                    }
                }
                if matched { return true }
            }
            position += 1
        }
        return false
    }
}
