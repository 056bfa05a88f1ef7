import Foundation

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
                vowels.contains(characters[characters.count - 2]), !vowels.contains(characters[characters.count - 3])
            {
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

    /// The base forms a spelling may have been made from by the same rules:
    /// the spelling itself, and `failed` → `fail`, `hoping` → `hope`,
    /// `families` → `family`, `stopped` → `stop`, `organized` → `organise`.
    static func stems(of key: String) -> [String] {
        var stems = [key]
        let utf8 = key.utf8
        guard utf8.count >= 3 else { return stems }
        func add(_ stem: String) { if !stem.isEmpty, !stems.contains(stem) { stems.append(stem) } }
        func dropping(_ count: Int) -> String { String(decoding: utf8.dropLast(count), as: UTF8.self) }
        if key.hasSuffix("ies") { add(dropping(3) + "y") }
        if key.hasSuffix("ied") { add(dropping(3) + "y") }
        if key.hasSuffix("es") { add(dropping(2)) }
        if key.hasSuffix("s") { add(dropping(1)) }
        if key.hasSuffix("ed") {
            add(dropping(2))
            add(dropping(1))
            let bytes = Array(utf8)
            if bytes.count >= 5, bytes[bytes.count - 3] == bytes[bytes.count - 4] { add(dropping(3)) }
        }
        if key.hasSuffix("ing"), utf8.count >= 5 {
            add(dropping(3))
            add(dropping(3) + "e")
            let bytes = Array(utf8)
            if bytes.count >= 6, bytes[bytes.count - 4] == bytes[bytes.count - 5] { add(dropping(4)) }
        }
        if let found = key.range(of: "iz", options: .backwards) {
            let british = key.replacingCharacters(in: found, with: "is")
            for stem in Self.stems(of: british) { add(stem) }
        }
        return stems
    }
}
