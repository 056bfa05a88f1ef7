/// A sentence split into words for choosing pictures by meaning: each word
/// lower-cased with its other forms (Arabic without its article), the part of
/// the sentence it is in, whether that part is a side part ("if…", "when…"),
/// and whether a "not" comes before it there.
struct MeaningText {
    struct Word {
        /// The word and its other forms, normalised.
        var forms: [String]
        /// Which part of the sentence (between commas, full stops, "if", "when"…) it is in.
        var clause: Int
        var inSideClause: Bool
        /// A "not", "never", "no"… comes before it in the same part.
        var negated: Bool
        /// It ended in 's ("Mum's mum").
        var possessive: Bool
    }

    private(set) var words: [Word] = []

    /// Splits `text`; `grammar` gives the words that start side parts and say "not", for `language`.
    init(_ text: String, language: String, grammar: PictureMeanings.Grammar?) {
        let negators = Set((grammar?.negation.forLanguage(language) ?? []).map(Self.normalise))
        let subordinators = Set((grammar?.subordinate.forLanguage(language) ?? []).map(Self.normalise))
        var clause = 0
        var side = false
        var negated = false
        for piece in Self.pieces(of: text) {
            guard case .word(let raw) = piece else {
                clause += 1
                side = false
                negated = false
                continue
            }
            var word = Self.normalise(raw)
            var possessive = false
            for suffix in ["'s", "’s"] where word.hasSuffix(suffix) && word.count > 2 {
                word = String(word.dropLast(2))
                possessive = true
            }
            if subordinators.contains(word) {
                clause += 1
                side = true
                negated = false
            }
            words.append(Word(forms: Self.forms(of: word), clause: clause, inSideClause: side, negated: negated, possessive: possessive))
            if negators.contains(word) { negated = true }
        }
    }

    /// The words of a keyword or name, as forms to match (no grammar).
    /// A trailing `*` stays on the last word: it matches any ending.
    ///
    /// Worked out once per text and process (`KeywordPhrases`): the pictures'
    /// keywords are looked for in every booklet, and a person's names many times.
    static func phrase(_ text: String) -> [String] {
        KeywordPhrases.phrase(text)
    }

    /// `phrase(_:)`, worked out afresh.
    static func splitPhrase(_ text: String) -> [String] {
        asciiPhrase(text) ?? unicodePhrase(text)
    }

    /// `splitPhrase` for any text, by Unicode's letters and case.
    static func unicodePhrase(_ text: String) -> [String] {
        var words: [String] = pieces(of: text).compactMap { piece in
            guard case .word(let raw) = piece else { return nil }
            var word = normalise(raw)
            if word.hasSuffix("'s") && word.count > 2 { word = String(word.dropLast(2)) }
            return word
        }
        if text.hasSuffix("*"), let last = words.popLast() { words.append(last + "*") }
        return words
    }

    /// `splitPhrase` for ASCII text, byte by byte (most keywords and names: a
    /// cold booklet split them in a tenth of its time); nil for other text.
    /// Words are runs of letters, digits, `'`, `-` and `&`, trimmed of
    /// `'`, `-` and `&`, in lower case, without a final `'s`.
    static func asciiPhrase(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: [String] = []
            var start = 0
            func flush(_ end: Int) {
                var first = start
                var last = end
                let trimmed: (UInt8) -> Bool = { $0 == 0x27 || $0 == 0x2D || $0 == 0x26 } // ' - &
                while first < last, trimmed(bytes[first]) { first += 1 }
                while last > first, trimmed(bytes[last - 1]) { last -= 1 }
                guard first < last else { return }
                var word = bytes[first..<last].map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }
                if word.count > 2, word[word.count - 2] == 0x27, word[word.count - 1] == 0x73 { word.removeLast(2) } // 's
                words.append(String(decoding: word, as: UTF8.self))
            }
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x27, 0x2D, 0x26: continue
                default:
                    flush(index)
                    start = index + 1
                }
            }
            flush(bytes.count)
            if bytes.last == 0x2A, let last = words.popLast() { words.append(last + "*") } // *
            return words
        }
    }

    /// Whether `phrase` (from `phrase(_:)`) starts at word `start`. A word
    /// ending in `*` matches any word that starts with the rest.
    func matches(_ phrase: [String], at start: Int) -> Bool {
        guard !phrase.isEmpty, start >= 0, start + phrase.count <= words.count else { return false }
        for (offset, part) in phrase.enumerated() where !Self.matches(words[start + offset], part) { return false }
        return true
    }

    private static func matches(_ word: Word, _ part: String) -> Bool {
        // The last byte, not `hasSuffix`: this runs for every keyword at every word.
        if part.utf8.last == UInt8(ascii: "*") {
            let stem = part.dropLast()
            return word.forms.contains { $0.hasPrefix(stem) }
        }
        return word.forms.contains(part)
    }

    // MARK: Splitting

    private enum Piece {
        case word(String)
        case clauseBreak
    }

    /// Characters that end a part of a sentence, in every script the booklet uses.
    private static let breaks: Set<Character> = [",", ";", ":", ".", "!", "?", "(", ")", "\n", "،", "؛", "؟", "۔", "।", "—", "–"]

    private static func pieces(of text: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        func flush() {
            let trimmed = current.trimmingCharacters(in: ["'", "’", "-", "&"])
            if !trimmed.isEmpty { pieces.append(.word(trimmed)) }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character.unicodeScalars.first.map(isMark) == true
                || character == "'" || character == "’" || character == "-" || character == "&"
            {
                current.append(character)
            } else {
                flush()
                if breaks.contains(character) { pieces.append(.clauseBreak) }
            }
        }
        flush()
        return pieces
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    // MARK: Normalising

    /// Lower case, one apostrophe, and Arabic without short vowels, with one alef and one yeh.
    static func normalise(_ word: String) -> String {
        var result = ""
        for scalar in word.lowercased().replacingOccurrences(of: "’", with: "'").unicodeScalars {
            switch scalar.value {
            case 0x064B...0x0652, 0x0670, 0x0640: continue
            case 0x0622, 0x0623, 0x0625: result.unicodeScalars.append("\u{0627}")
            case 0x0649: result.unicodeScalars.append("\u{064A}")
            case 0x0629: result.unicodeScalars.append("\u{0647}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A word and, for Arabic, the word without "and" and without the article ("والمدرسة" → "مدرسه").
    static func forms(of word: String) -> [String] {
        var forms = [word]
        guard word.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) else { return forms }
        var stems = [word]
        if let first = word.first, first == "و" || first == "ف", word.count > 3 { stems.append(String(word.dropFirst())) }
        for stem in stems {
            for article in ["بال", "كال", "فال", "وال", "لل", "ال"] where stem.hasPrefix(article) && stem.count > article.count + 1 {
                forms.append(String(stem.dropFirst(article.count)))
                break
            }
        }
        forms += stems.dropFirst()
        return forms
    }

    /// "en-GB" → "en".
    static func primaryLanguage(_ language: String) -> String {
        language.split(separator: "-").first.map { $0.lowercased() } ?? "en"
    }
}
