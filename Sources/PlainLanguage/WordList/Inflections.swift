/// The regular inflections of an English word, so that a list entry in its
/// base form finds the forms a text uses: `engage` → `engages`, `engaged`,
/// `engaging`; `abscond` → `absconded`; `family` → `families`; `stop` →
/// `stopped`. Irregular forms go in an entry's `forms`.
enum Inflections {
    static func forms(of word: String) -> Set<String> {
        var forms: Set<String> = [word]
        guard word.count >= 2, word.allSatisfy({ $0.isLetter || $0 == "'" }) else { return forms }
        let last = word.last!
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        forms.insert(word + "s")
        if ["s", "x", "z"].contains(last) || word.hasSuffix("ch") || word.hasSuffix("sh") {
            forms.insert(word + "es")
        }
        if last == "e" {
            let stem = String(word.dropLast())
            forms.insert(word + "d")
            forms.insert(stem + "ing")
        } else if last == "y", word.count > 2, !vowels.contains(word[word.index(word.endIndex, offsetBy: -2)]) {
            let stem = String(word.dropLast())
            forms.insert(stem + "ies")
            forms.insert(stem + "ied")
            forms.insert(word + "ing")
        } else {
            forms.insert(word + "ed")
            forms.insert(word + "ing")
            let characters = Array(word)
            if characters.count >= 3, !vowels.contains(last), last != "w", last != "x", last != "y",
               vowels.contains(characters[characters.count - 2]), !vowels.contains(characters[characters.count - 3]) {
                forms.insert(word + String(last) + "ed") // stop -> stopped
                forms.insert(word + String(last) + "ing")
            }
        }
        if word.hasSuffix("ise") {
            let stem = String(word.dropLast(3))
            for ending in ["ize", "izes", "ized", "izing"] { forms.insert(stem + ending) }
        }
        return forms
    }
}
