/// American spellings of a British word, so that the dictionary (which is
/// American) can be asked for `organise`, `behaviour`, `centre`, `travelled`,
/// `defence`, `paediatric`, `catalogue` and `programme`.
enum BritishSpelling {
    private static let endings: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"),
        ("ising", "izing"), ("iser", "izer"), ("isers", "izers"), ("yse", "yze"), ("ysed", "yzed"),
        ("ysing", "yzing"), ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"),
        ("ourite", "orite"), ("ourites", "orites"), ("ourable", "orable"), ("ourful", "orful"), ("tre", "ter"),
        ("tres", "ters"), ("tred", "tered"), ("lled", "led"), ("lling", "ling"), ("ller", "ler"), ("llers", "lers"),
        ("ence", "ense"), ("ences", "enses"), ("ogue", "og"), ("ogues", "ogs"), ("eable", "able"), ("mme", "m"),
        ("mmes", "ms"), ("ement", "ment"), ("ements", "ments"),
    ]

    /// American spellings to try, most likely first.
    static func americanForms(of word: String) -> [String] {
        var forms: [String] = []
        for (british, american) in endings where word.hasSuffix(british) && word.count > british.count + 1 {
            forms.append(String(word.dropLast(british.count)) + american)
        }
        for (british, american) in [("ae", "e"), ("oe", "e"), ("ou", "o")] where word.contains(british) {
            let changed = word.replacingFirst(british, with: american)
            if changed != word {
                forms.append(changed)
                forms += americanForms(of: changed).filter { $0 != changed }
            }
        }
        return forms
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced, when it is
    /// followed by at least two more letters (so `toes` and `shoe` are kept).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let found = range(of: target), distance(from: found.upperBound, to: endIndex) >= 2 else { return self }
        return replacingCharacters(in: found, with: replacement)
    }
}
