import PlanDiagnostics

/// A word list made ready for finding its terms quickly. Terms are indexed
/// by their first word's base form (and any irregular forms); a text's
/// distinct spellings are taken back to their possible base forms once each
/// (`failed` → `fail`, `families` → `family`), so a text is searched with one
/// array lookup a word, and compiling the list at start-up costs little.
public final class CompiledWordList: Sendable {
    /// The list as given.
    public let list: WordList
    private let patterns: [Pattern]
    private let index: [String: [Int]]
    /// Long words children know, in lower case.
    let familiar: Set<String>
    /// Acronyms everybody knows, as written.
    let wellKnownAcronyms: Set<String>
    /// The list's acronyms by their letters, in upper case.
    let acronyms: [String: WordListEntry]
    /// Puts replacements in the form of the words they replace.
    let inflector: Inflector

    /// One word of a term: its base form, forms that count besides the
    /// regular inflections, and whether it may be inflected at all.
    private struct Unit: Sendable {
        let base: String
        let extra: Set<String>
        let inflects: Bool

        /// Whether a text's spelling (with its possible base forms) is this word.
        func accepts(_ key: String, stems: [String]) -> Bool {
            key == base || extra.contains(key) || (inflects && stems.contains(base))
        }
    }

    private final class Pattern: Sendable {
        let entry: Int
        /// The term's own words, to prefer the term written exactly over another's inflected form.
        let base: [String]
        let units: [Unit]
        /// For terms whose case matters: each unit's written form as the term has it (nil: any case).
        let caseSensitiveWords: [Substring?]?
        let followedBy: [[String]]
        let precededBy: [[String]]
        let notFollowedBy: [[String]]
        let notPrecededBy: [[String]]
        let audiences: Set<Audience>?
        /// Whether other words may stand between two of its words (`significant risk of harm`).
        let allowsGaps: Bool

        init(
            entry: Int, base: [String], units: [Unit], caseSensitiveWords: [Substring?]?,
            followedBy: [[String]], precededBy: [[String]], notFollowedBy: [[String]], notPrecededBy: [[String]],
            audiences: Set<Audience>?, allowsGaps: Bool
        ) {
            self.entry = entry
            self.base = base
            self.units = units
            self.caseSensitiveWords = caseSensitiveWords
            self.followedBy = followedBy
            self.precededBy = precededBy
            self.notFollowedBy = notFollowedBy
            self.notPrecededBy = notPrecededBy
            self.audiences = audiences
            self.allowsGaps = allowsGaps
        }
    }

    /// planbook's own list, compiled once.
    public static var builtIn: CompiledWordList { LanguageData.compiledWordList }

    public init(_ list: WordList) {
        self.list = list
        var patterns: [Pattern] = []
        var index: [String: [Int]] = [:]
        var acronyms: [String: WordListEntry] = [:]
        let inflector = Inflector(list.irregular)
        for (entryIndex, entry) in list.entries.enumerated() {
            let words = Self.units(of: entry.term)
            guard !words.isEmpty else { continue }
            if entry.rule == "acronym" { acronyms[entry.term.uppercased()] = entry }
            let context = entry.context
            let phrases = { (list: [String]?) in (list ?? []).map(Self.units(of:)).filter { !$0.isEmpty } }
            let otherForms = (entry.forms ?? []).map(Self.units(of:))
            var extras = [Set<String>](repeating: [], count: words.count)
            for form in otherForms where form.count == words.count {
                for (position, unit) in form.enumerated() where unit != words[position] { extras[position].insert(unit) }
            }
            for position in words.indices where !Self.isFunctionWord(words[position]) {
                extras[position].formUnion(inflector.irregularForms(of: words[position]))
                extras[position].formUnion(Self.singulars(of: words[position], irregular: list.irregular))
            }
            var shapes: [[Unit]] = [
                words.indices.map { Unit(base: words[$0], extra: extras[$0], inflects: !Self.isFunctionWord(words[$0])) }
            ]
            if words.count > 1, entry.term.contains(where: { $0 == "-" || $0 == "\u{2010}" }) {
                shapes.append([Unit(base: words.joined(), extra: [], inflects: true)]) // noncompliant
            }
            for form in otherForms where form.count != words.count && !form.isEmpty {
                shapes.append(form.map { Unit(base: $0, extra: [], inflects: false) })
            }
            for shape in shapes {
                let pattern = Pattern(
                    entry: entryIndex, base: words, units: shape,
                    caseSensitiveWords: entry.isCaseSensitive ? Self.casedWords(of: entry.term, count: shape.count) : nil,
                    followedBy: phrases(context?.followedBy), precededBy: phrases(context?.precededBy),
                    notFollowedBy: phrases(context?.notFollowedBy), notPrecededBy: phrases(context?.notPrecededBy),
                    audiences: entry.audiences.map(Set.init),
                    allowsGaps: shape.count > 1 && entry.rule != "acronym" && entry.context == nil && !entry.isCaseSensitive
                )
                for key in [shape[0].base] + shape[0].extra.sorted() { index[key, default: []].append(patterns.count) }
                patterns.append(pattern)
            }
        }
        self.patterns = patterns
        self.index = index
        self.acronyms = acronyms
        self.inflector = inflector
        self.familiar = Set(list.familiar.map { $0.lowercased() })
        self.wellKnownAcronyms = Set(list.wellKnownAcronyms)
    }

    /// The words of a term or phrase: lower case, split at spaces and hyphens, without possessives.
    static func units(of phrase: String) -> [String] {
        asciiUnits(of: phrase) ?? unicodeUnits(of: phrase)
    }

    /// `units(of:)` for any text, Unicode's way.
    static func unicodeUnits(of phrase: String) -> [String] {
        phrase.lowercased().split { $0 == " " || $0 == "-" || $0 == "\u{2010}" || $0 == "," || $0 == ";" }.map { part in
            var unit = String(part)
            if unit.utf8.contains(0xE2) { unit = String(unit.map { $0 == "\u{2019}" ? "'" : $0 }) }
            return AnalyzedText.withoutPossessive(unit)
        }
    }

    /// `units(of:)` for an ASCII phrase, byte by byte (most terms; a tenth of
    /// the time Unicode's lower-casing and splitting take); nil for other text.
    static func asciiUnits(of phrase: String) -> [String]? {
        var phrase = phrase
        return phrase.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var units: [String] = []
            var unit: [UInt8] = []
            for byte in bytes + [0x20] {
                switch byte {
                case 0x20, 0x2D, 0x2C, 0x3B: // space, hyphen, comma, semicolon
                    if !unit.isEmpty { units.append(AnalyzedText.withoutPossessive(String(decoding: unit, as: UTF8.self))) }
                    unit.removeAll(keepingCapacity: true)
                case 0x41...0x5A: unit.append(byte + 32)
                default: unit.append(byte)
                }
            }
            return units
        }
    }

    /// The words of a case-sensitive term as written; words in lower case may be written in any case.
    private static func casedWords(of term: String, count: Int) -> [Substring?] {
        let words = term.split { $0 == " " || $0 == "-" || $0 == "\u{2010}" }
        guard words.count == count else { return [Substring?](repeating: nil, count: count) }
        return words.map { $0.contains(where: \.isUppercase) ? $0 : nil }
    }

    /// The singular of a plural term word, by rule and from the irregular
    /// plurals: `siblings` → `sibling`, `families` → `family`, `children` → `child`.
    static func singulars(of word: String, irregular: IrregularForms) -> [String] {
        var found = irregular.plurals.filter { $0.value == word }.map(\.key)
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") else { return found }
        if word.hasSuffix("ies") {
            found.append(String(word.dropLast(3)) + "y")
        } else if word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") || word.hasSuffix("sses") {
            found.append(String(word.dropLast(2)))
        } else {
            found.append(String(word.dropLast()))
        }
        return found
    }

    /// Words that may stand inside a listed phrase, making a longer variant of
    /// it: not function words, pronouns or forms of "be" and "have" (`of` may).
    private static let notInGaps: Set<String> = [
        "to", "with", "in", "and", "the", "a", "an", "for", "on", "at", "by", "from", "or", "as", "is", "be", "not", "no",
        "off", "up", "out", "about", "into", "than", "that", "this", "it", "their", "his", "her", "its", "our", "your", "my",
        "them", "him", "me", "us", "you", "we", "they", "he", "she", "i", "was", "were", "are", "am", "been", "being", "has",
        "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does", "did",
        "who", "which", "what", "when", "where", "why", "how", "but", "if", "so", "because", "these", "those", "there",
    ]

    private static let functionWords: Set<String> = [
        "to", "of", "with", "in", "and", "the", "a", "an", "for", "on", "at", "by", "from", "or", "as", "is",
        "be", "not", "no", "off", "up", "out", "about", "into", "than", "that", "this", "it", "their", "his", "her",
    ]

    private static func isFunctionWord(_ word: String) -> Bool { functionWords.contains(word) }

    /// Every place in the text where a term of the list stands, longest first
    /// where terms overlap, for an audience. With `parallel`, the spellings
    /// are worked out and the text searched in two halves at once, split
    /// between sentences: no term crosses a sentence, so the matches are the same.
    func matches(in text: AnalyzedText, units: [MatchUnit], audience: Audience, parallel: (any ParallelWork)? = nil) -> [WordListMatch] {
        // Each spelling's possible base forms, and the terms that may start with it, worked out once.
        let keys = text.lexicon.keys
        let formParts = ParallelParts.even(keys.count, parts: parallel == nil ? 1 : 2)
        let byForm = ParallelParts.run(formParts.count, on: parallel) { part in
            formParts[part].map { form -> (stems: [String], candidates: [Int]?) in
                let stems = Inflections.stems(of: keys[form])
                var candidates: [Int] = []
                for stem in stems {
                    for candidate in self.index[stem] ?? [] where self.patterns[candidate].units[0].accepts(keys[form], stems: stems) {
                        if !candidates.contains(candidate) { candidates.append(candidate) }
                    }
                }
                return (stems, candidates.isEmpty ? nil : candidates)
            }
        }.flatMap { $0 }
        let stems = byForm.map(\.stems)
        let candidatesByForm = byForm.map(\.candidates)
        let unitParts = ParallelParts.split(units.count, parts: parallel == nil ? 1 : 2) { units[$0].sentence != units[$0 - 1].sentence }
        return ParallelParts.run(unitParts.count, on: parallel) { part in
            self.matches(
                in: unitParts[part], text: text, units: units, audience: audience, stems: stems, candidatesByForm: candidatesByForm)
        }.flatMap { $0 }
    }

    /// The matches that start in `span`, a run of whole sentences.
    private func matches(
        in span: Range<Int>, text: AnalyzedText, units: [MatchUnit], audience: Audience, stems: [[String]], candidatesByForm: [[Int]?]
    ) -> [WordListMatch] {
        var found: [WordListMatch] = []
        let keys = text.lexicon.keys
        var position = span.lowerBound
        while position < span.upperBound {
            guard let candidates = candidatesByForm[units[position].form] else {
                position += 1
                continue
            }
            var best: (length: Int, entry: Int, exact: Bool)?
            for candidate in candidates {
                let pattern = patterns[candidate]
                guard let end = matchEnd(pattern, at: position, units: units, keys: keys, stems: stems, file: text.file) else { continue }
                let length = end - position
                let exact =
                    end - position == pattern.base.count
                    && pattern.base.indices.allSatisfy { offset in
                        keys[units[position + offset].form] == pattern.base[offset]
                    }
                if let best, best.length > length || (best.length == length && best.exact) { continue }
                if let audiences = pattern.audiences, !audiences.contains(audience) { continue }
                if let cased = pattern.caseSensitiveWords, !casesMatch(cased, at: position, units: units, file: text.file) { continue }
                guard contextAllows(pattern, start: position, end: end, units: units, keys: keys) else { continue }
                best = (length, pattern.entry, exact)
            }
            if let best {
                let last = units[position + best.length - 1]
                found.append(
                    WordListMatch(
                        entries: list.entries, entryIndex: best.entry,
                        range: SourceRange(start: units[position].range.start, end: last.range.end),
                        sentence: units[position].sentence,
                        firstWord: units[position].word, lastWord: last.word, units: position..<(position + best.length)
                    ))
                position += best.length
            } else {
                position += 1
            }
        }
        return found
    }

    private func casesMatch(_ cased: [Substring?], at start: Int, units: [MatchUnit], file: SourceFile) -> Bool {
        for (offset, word) in cased.enumerated() {
            guard let word else { continue }
            let written = Substring(file.text(in: units[start + offset].range))
            let stripped = written.hasSuffix("'s") || written.hasSuffix("\u{2019}s") ? written.dropLast(2) : written
            let singular = word.hasSuffix("s") ? word.dropLast() : word
            guard stripped == word || stripped == word + "s" || stripped == singular else { return false }
        }
        return true
    }

    /// Where a pattern's match starting at `start` ends (exclusive), or nil.
    /// Up to two words may stand between two of its words when it allows
    /// gaps (`significant risk of harm` for `significant harm`).
    private func matchEnd(_ pattern: Pattern, at start: Int, units: [MatchUnit], keys: [String], stems: [[String]], file: SourceFile)
        -> Int?
    {
        let sentence = units[start].sentence
        var position = start + 1
        var gaps = 0
        for offset in 1..<max(1, pattern.units.count) {
            while true {
                guard position < units.count, units[position].sentence == sentence else { return nil }
                let form = units[position].form
                if pattern.units[offset].accepts(keys[form], stems: stems[form]) { break }
                guard pattern.allowsGaps, gaps < 2, !Self.notInGaps.contains(keys[form]),
                    !Self.isFunctionWord(pattern.units[offset - 1].base), !Self.isFunctionWord(pattern.units[offset].base),
                    file.utf8[units[position].range.start] >= 0x61 || keys[form] == "of"
                else { return nil }
                gaps += 1
                position += 1
            }
            position += 1
        }
        return position
    }

    private func contextAllows(_ pattern: Pattern, start: Int, end: Int, units: [MatchUnit], keys: [String]) -> Bool {
        let sentence = units[start].sentence
        func follows(_ phrase: [String]) -> Bool {
            for (offset, word) in phrase.enumerated() {
                let position = end + offset
                guard position < units.count, units[position].sentence == sentence, keys[units[position].form] == word else { return false }
            }
            return true
        }
        func precedes(_ phrase: [String]) -> Bool {
            for (offset, word) in phrase.reversed().enumerated() {
                let position = start - 1 - offset
                guard position >= 0, units[position].sentence == sentence, keys[units[position].form] == word else { return false }
            }
            return true
        }
        if pattern.notFollowedBy.contains(where: follows) || pattern.notPrecededBy.contains(where: precedes) { return false }
        if pattern.followedBy.isEmpty && pattern.precededBy.isEmpty { return true }
        return pattern.followedBy.contains(where: follows) || pattern.precededBy.contains(where: precedes)
    }
}

/// A term of a word list found in a text.
public struct WordListMatch: Sendable {
    private let entries: [WordListEntry]
    /// The entry's place in the word list.
    public let entryIndex: Int
    /// The rule of the entry.
    public let rule: String
    /// The list entry that matched.
    public var entry: WordListEntry { entries[entryIndex] }
    /// The words that matched, in source bytes.
    public var range: SourceRange
    /// The sentence, and the first and last words, the match covers.
    public var sentence: Int
    public var firstWord: Int
    public var lastWord: Int
    /// The text's match units it covers.
    var units: Range<Int>

    init(entries: [WordListEntry], entryIndex: Int, range: SourceRange, sentence: Int, firstWord: Int, lastWord: Int, units: Range<Int>) {
        self.entries = entries
        self.entryIndex = entryIndex
        self.rule = entries[entryIndex].rule
        self.range = range
        self.sentence = sentence
        self.firstWord = firstWord
        self.lastWord = lastWord
        self.units = units
    }
}
