/// Counts the syllables of words as they are said.
///
/// In order: figures as they are read aloud (`SpokenNumbers`); the CMU
/// dictionary; each part of a hyphenated compound (`grown-up`,
/// `multi-agency`); a possessive or contraction (`Mum's`, `didn't`); the
/// American spelling of a British word (`organise`, `behaviour`, `centre`);
/// a dictionary word with an inflection or prefix added (`safeguarded`,
/// `reunified`, `unsupervised`); two dictionary words written as one
/// (`childminder`); letters said one by one (`CP`, `GP`); and last, rules on
/// the spelling (`SyllableRules`). A word written as the dictionary has it
/// is looked up there before anything else; any other answer is kept, so a
/// word is worked out once per counter.
public struct SyllableCounter: Sendable {
    private let dictionary: SyllableDictionary
    private var cache: [String: Int] = [:]

    public init(dictionary: SyllableDictionary = .shared) {
        self.dictionary = dictionary
    }

    /// The syllables of a word as written in the text (any case, `’` or `'`).
    public mutating func syllables(of word: String) -> Int {
        // Dictionary first: most words are in it as the text's lexicon gives
        // them (lower case, straight apostrophes), and a word the table holds
        // has no figures, so no later step would answer otherwise.
        var bytes = word
        if let known = bytes.withUTF8({ dictionary.syllables(ofBytes: $0) }) { return known }
        if let known = cache[word] { return known }
        let count = Self.count(word, dictionary: dictionary)
        cache[word] = count
        return count
    }

    /// The syllables of a word, without keeping the answer.
    public static func count(_ written: String, dictionary: SyllableDictionary = .shared) -> Int {
        let word = Self.normalized(written)
        if word.isEmpty { return 0 }
        if let spoken = SpokenNumbers.syllables(of: word, lettersCount: { count(String($0), dictionary: dictionary) }) {
            return spoken
        }
        if let known = dictionary.syllables(of: word) { return known }
        if word.containsASCII("-") {
            let parts = word.split(separator: "-").filter { !$0.isEmpty }
            if parts.count > 1 { return parts.reduce(0) { $0 + count(String($1), dictionary: dictionary) } }
        }
        if word.containsASCII(".") {
            // Dotted abbreviations are said letter by letter: e.g., a.m., U.K.
            let letters = word.filter(\.isLetter)
            return letters.reduce(0) { $0 + ($1 == "w" ? 3 : 1) }
        }
        if let contracted = contraction(word, dictionary: dictionary) { return contracted }
        let letters = word.filter { $0.isASCII && $0.isLetter }
        if letters.count != word.count {
            // Letters outside a–z: try the word with its accents taken off.
            let folded = Self.foldedToASCII(word)
            if folded != word, !folded.isEmpty { return count(folded, dictionary: dictionary) }
        }
        for american in BritishSpelling.americanForms(of: word) {
            if let known = dictionary.syllables(of: american) { return known }
        }
        if let derived = Morphology.syllables(of: word, dictionary: dictionary) { return derived }
        if let compound = compoundSyllables(word, dictionary: dictionary) { return compound }
        if word.count <= 5, !word.contains(where: { "aeiouy".contains($0) }) {
            return word.reduce(0) { $0 + ($1 == "w" ? 3 : 1) }
        }
        return SyllableRules.count(word)
    }

    /// Lower case, with a typographic apostrophe made straight.
    static func normalized(_ word: String) -> String {
        var result = word.lowercased()
        if result.utf8.contains(0xE2) || result.utf8.contains(0xCA) {
            result = result.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{02BC}", with: "'")
        }
        return result
    }

    static func foldedToASCII(_ word: String) -> String {
        String(
            String.UnicodeScalarView(
                word.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                    if scalar.isASCII { return scalar }
                    let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first
                    return base.flatMap { $0.isASCII ? $0 : nil }
                }))
    }

    /// `Mum's`, `parents'`, `didn't`, `we'll`.
    private static func contraction(_ word: String, dictionary: SyllableDictionary) -> Int? {
        guard let apostrophe = word.lastIndex(of: "'") else { return nil }
        let base = String(word[..<apostrophe])
        let ending = word[word.index(after: apostrophe)...]
        guard !base.isEmpty else { return count(String(ending), dictionary: dictionary) }
        let stem = count(base, dictionary: dictionary)
        switch ending {
        case "s":
            let sibilant = ["s", "x", "z", "ch", "sh", "ce", "ge", "se", "ze"].contains { base.hasSuffix($0) }
            return stem + (sibilant ? 1 : 0)
        case "t" where base.hasSuffix("n"):
            // didn't: the n is a syllable after a consonant.
            let beforeN = base.dropLast().last
            return stem + (beforeN.map { !"aeiou".contains($0) } ?? false ? 1 : 0)
        default:
            return stem
        }
    }

    /// Two dictionary words written as one: `childminder`, `grandparents`.
    private static func compoundSyllables(_ word: String, dictionary: SyllableDictionary) -> Int? {
        let characters = Array(word)
        guard characters.count >= 7 else { return nil }
        for split in stride(from: characters.count - 3, through: 3, by: -1) {
            let head = String(characters[..<split])
            let tail = String(characters[split...])
            if let first = dictionary.syllables(of: head),
                let second = dictionary.syllables(of: tail) ?? Morphology.syllables(of: tail, dictionary: dictionary)
            {
                return first + second
            }
        }
        return nil
    }
}
