/// Gunning's "hard words" for the fog index: words of three or more
/// syllables, except proper nouns (capitalised words not at the start of a
/// sentence, and words in capitals), compounds (hyphenated, or two short
/// easy words run together such as `grandmother`, `everybody`), and words
/// made three syllables by `-es`, `-ed` or `-ing` (`created`, `trespasses`,
/// `arriving`). Figures are never hard words.
enum ComplexWords {
    static func isComplex(_ word: Word, in text: AnalyzedText, counter: inout SyllableCounter) -> Bool {
        var cache = [Bool?](repeating: nil, count: word.form + 1)
        return isComplex(word, in: text, counter: &counter, cache: &cache)
    }

    /// The same, keeping what it found out about each spelling in `cache`.
    static func isComplex(_ word: Word, in text: AnalyzedText, counter: inout SyllableCounter, cache: inout [Bool?]) -> Bool {
        guard word.syllables >= 3, !word.hasDigits else { return false }
        switch word.casing {
        case .allCaps, .mixed: return false
        case .capitalised where !word.isSentenceStart: return false
        default: break
        }
        if let known = cache[word.form] { return known }
        let text = text.normalized(word)
        let complex: Bool
        if text.containsASCII("-") || text.containsASCII(".") {
            complex = false
        } else if word.syllables == 3, let stemSyllables = inflectionStemSyllables(text, counter: &counter), stemSyllables <= 2 {
            complex = false
        } else {
            complex = !isCompoundOfShortWords(text)
        }
        cache[word.form] = complex
        return complex
    }

    /// The syllables of the word without `-es`, `-ed` or `-ing`, when it has one.
    static func inflectionStemSyllables(_ word: String, counter: inout SyllableCounter) -> Int? {
        let dictionary = SyllableDictionary.shared
        for ending in ["ing", "es", "ed"] where word.hasSuffix(ending) && word.count > ending.count + 2 {
            let stem = String(word.dropLast(ending.count))
            var candidates = [stem, stem + "e"]
            if let last = stem.last, stem.dropLast().last == last { candidates.append(String(stem.dropLast())) }
            if ending != "ing", stem.hasSuffix("i") { candidates.append(String(stem.dropLast()) + "y") }
            if let known = candidates.lazy.compactMap({ dictionary.syllables(of: $0) }).first { return known }
            return counter.syllables(of: stem)
        }
        return nil
    }

    /// `grandmother`, `everybody`, `butterfly`: a common first word and a
    /// dictionary word of at most two syllables.
    static func isCompoundOfShortWords(_ word: String) -> Bool {
        let dictionary = SyllableDictionary.shared
        for head in compoundHeads where word.hasPrefix(head) && word.count >= head.count + 3 {
            let tail = String(word.dropFirst(head.count))
            if let syllables = dictionary.syllables(of: tail), syllables <= 2 { return true }
        }
        return false
    }

    /// Short, everyday words that start compounds.
    static let compoundHeads = [
        "any", "every", "some", "no", "grand", "great", "after", "under", "over", "out", "up", "down", "with",
        "through", "foot", "book", "butter", "home", "house", "school", "play", "week", "birth", "class", "back",
        "side", "time", "bed", "tooth", "water", "fire", "sun", "moon", "snow", "rain", "sea", "air", "hand",
        "head", "step", "wonder", "care", "child", "door", "gate", "news", "light", "bath", "post", "sand",
        "bird", "dog", "cat", "green", "black", "white", "high", "long", "hair", "eye", "key", "land", "mother",
        "father", "sister", "brother", "baby", "self", "straw", "horse", "police", "fore", "him", "her", "them",
        "it", "what", "where", "when", "who", "how", "there", "here", "life", "work", "sleep", "team", "pass",
    ]
}
