/// Words the dictionary lacks that are a dictionary word with an ending or a
/// beginning added: `safeguarded` (safeguard + ed), `reunified` (re + unified),
/// `unsupervised`, `neglectful`, `caseworkers`. The syllables are the known
/// word's and the affix's.
enum Morphology {
    /// Endings: the text, its syllables, and how the stem may be spelled before it.
    private static let suffixes: [(ending: String, syllables: Int)] = [
        ("fulness", 2), ("lessness", 2), ("ations", 2), ("ation", 2), ("ments", 1), ("ment", 1), ("nesses", 2),
        ("ness", 1), ("ships", 1), ("ship", 1), ("hoods", 1), ("hood", 1), ("fully", 2), ("ful", 1), ("less", 1),
        ("ably", 2), ("able", 2), ("ibly", 2), ("ible", 2), ("ising", 2), ("ised", 1), ("ise", 1), ("izing", 2),
        ("ized", 1), ("ize", 1), ("ists", 1), ("ist", 1), ("isms", 2), ("ism", 2), ("ings", 1), ("ing", 1),
        ("ers", 1), ("er", 1), ("est", 1), ("ly", 1), ("ies", 1), ("ied", 1), ("es", 0), ("ed", 0), ("s", 0),
        ("y", 1), ("al", 1), ("ive", 1), ("ives", 1), ("ity", 2), ("ities", 2),
    ]

    private static let prefixes: [(beginning: String, syllables: Int)] = [
        ("non", 1), ("un", 1), ("re", 1), ("pre", 1), ("dis", 1), ("mis", 1), ("over", 2), ("under", 2),
        ("multi", 2), ("inter", 2), ("anti", 2), ("sub", 1), ("co", 1), ("de", 1), ("self", 1), ("semi", 2),
        ("post", 1), ("counter", 2), ("out", 1), ("in", 1), ("im", 1), ("ir", 1), ("il", 1), ("hyper", 2),
        ("super", 2), ("cross", 1), ("mid", 1), ("ex", 1),
    ]

    static func syllables(of word: String, dictionary: SyllableDictionary) -> Int? {
        if let suffixed = withSuffix(word, dictionary: dictionary) { return suffixed }
        for (beginning, syllables) in prefixes where word.hasPrefix(beginning) && word.count > beginning.count + 3 {
            let stem = String(word.dropFirst(beginning.count))
            if let known = dictionary.syllables(of: stem) ?? withSuffix(stem, dictionary: dictionary) {
                return syllables + known
            }
        }
        return nil
    }

    private static func withSuffix(_ word: String, dictionary: SyllableDictionary) -> Int? {
        for (ending, syllables) in suffixes where word.hasSuffix(ending) && word.count > ending.count + 2 {
            let stem = String(word.dropLast(ending.count))
            for candidate in stems(stem, ending: ending) {
                guard let known = dictionary.syllables(of: candidate) else { continue }
                return known + extraSyllables(ending, syllables, stem: candidate)
            }
        }
        return nil
    }

    /// How the stem may have been spelled before the ending was added.
    private static func stems(_ stem: String, ending: String) -> [String] {
        var candidates = [stem]
        let startsWithVowel = ending.first.map { "aeiouy".contains($0) } ?? false
        if startsWithVowel {
            candidates.append(stem + "e") // hoping -> hope
            if let last = stem.last, stem.count >= 3, stem.dropLast().last == last, !"aeiou".contains(last) {
                candidates.append(String(stem.dropLast())) // stopped -> stop
            }
        }
        if ending.hasPrefix("i") || ending == "ly" || ending.hasPrefix("ness") || ending.hasPrefix("ful") {
            if stem.hasSuffix("i") { candidates.append(String(stem.dropLast()) + "y") } // happiness -> happy
        }
        if ending == "ies" || ending == "ied" { candidates = [stem + "y"] }
        if ending == "ly", stem.hasSuffix("b") || stem.hasSuffix("p") || stem.hasSuffix("d") || stem.hasSuffix("t") {
            candidates.append(stem + "le") // possibly -> possible
        }
        return candidates
    }

    /// An ending's syllables after a given stem: `-es` is one after `s`, `x`,
    /// `ch`; `-ed` one after `t`, `d`; `-ly` after `-le` adds none.
    private static func extraSyllables(_ ending: String, _ syllables: Int, stem: String) -> Int {
        switch ending {
        case "es" where stem.hasSuffix("e"):
            return ["ce", "ge", "se", "ze"].contains { stem.hasSuffix($0) } ? 1 : 0
        case "es":
            return ["s", "x", "z", "ch", "sh"].contains { stem.hasSuffix($0) } ? 1 : 0
        case "s":
            return ["ce", "ge", "se", "ze"].contains { stem.hasSuffix($0) } ? 1 : 0
        case "ed":
            return stem.hasSuffix("t") || stem.hasSuffix("d") || stem.hasSuffix("te") || stem.hasSuffix("de") ? 1 : 0
        case "ied", "ies":
            return 0
        case "ly" where stem.hasSuffix("le"):
            return 0
        case "y" where stem.hasSuffix("e") && stem.count > 3:
            return 1
        default:
            return syllables
        }
    }
}
