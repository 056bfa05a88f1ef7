/// Puts a word in the form of another: the inflection a text gave a listed
/// term (`provided` is the past of `provide`) is given to its replacement
/// (`given`), by the rules of English spelling and the irregular forms of
/// `word-list.json`.
struct Inflector: Sendable {
    /// How a word is inflected from its base form.
    enum Form: Equatable, Sendable {
        case base
        /// `-s`: a plural, or a verb's third person (`helps`, `homes`).
        case s
        /// `-ed` where past and participle are alike in the regular case:
        /// which one is meant is decided by the sentence.
        case pastOrParticiple
        case past
        case participle
        /// `-ing`.
        case progressive
    }

    let irregular: IrregularForms
    /// Irregular forms back to their base and form: `given` → (`give`, participle).
    private let irregularForms: [String: (base: String, form: Form)]
    /// Irregular plurals back to their singular.
    private let singulars: [String: String]

    init(_ irregular: IrregularForms) {
        self.irregular = irregular
        var forms: [String: (base: String, form: Form)] = [:]
        for (base, verbForms) in irregular.verbs where verbForms.count == 4 {
            forms[verbForms[0]] = (base, .s)
            forms[verbForms[3]] = (base, .progressive)
            if verbForms[1] == verbForms[2] {
                forms[verbForms[1]] = (base, .pastOrParticiple)
            } else {
                forms[verbForms[1]] = (base, .past)
                forms[verbForms[2]] = (base, .participle)
            }
        }
        irregularForms = forms
        singulars = Dictionary(irregular.plurals.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    /// The forms that count as a word besides the regular ones: a verb's
    /// irregular forms, a noun's irregular plural.
    func irregularForms(of base: String) -> [String] {
        (irregular.verbs[base] ?? []) + [irregular.plurals[base]].compactMap { $0 }
    }

    /// How `written` is inflected from `base`, or nil when it is not one of its forms.
    func form(of written: String, base: String) -> Form? {
        if written == base { return .base }
        if let found = irregularForms[written], found.base == base { return found.form }
        if singulars[written] == base { return .s }
        guard Inflections.forms(of: base).contains(written) else { return nil }
        if written.hasSuffix("ing") { return .progressive }
        if written.hasSuffix("ed") || written.hasSuffix("d") { return irregular.verbs[base] == nil ? .pastOrParticiple : nil }
        if written.hasSuffix("s") { return .s }
        if written.hasSuffix("ize") || written.hasSuffix("izes") { return written.hasSuffix("s") ? .s : .base }
        return nil
    }

    /// `word` in a form; nil when English has no regular way to make it.
    func inflect(_ word: String, to form: Form, asVerb: Bool) -> String? {
        if form == .base { return word }
        if asVerb, let forms = irregular.verbs[word], forms.count == 4 {
            switch form {
            case .s: return forms[0]
            case .past: return forms[1]
            case .participle: return forms[2]
            case .pastOrParticiple: return forms[1] == forms[2] ? forms[1] : nil
            case .progressive: return forms[3]
            case .base: return word
            }
        }
        if !asVerb, form == .s, let plural = irregular.plurals[word] { return plural }
        guard word.count >= 2, word.allSatisfy({ $0.isLetter }) else { return nil }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let characters = Array(word)
        let last = characters[characters.count - 1]
        let beforeLast = characters[characters.count - 2]
        switch form {
        case .s:
            if ["s", "x", "z"].contains(last) || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
            if last == "y", !vowels.contains(beforeLast) { return word.dropLast() + "ies" }
            return word + "s"
        case .past, .participle, .pastOrParticiple:
            if last == "e" { return word + "d" }
            if last == "y", !vowels.contains(beforeLast) { return word.dropLast() + "ied" }
            return (Self.doublesLast(characters) ? word + String(last) : word) + "ed"
        case .progressive:
            if word.hasSuffix("ie") { return word.dropLast(2) + "ying" }
            if last == "e", beforeLast != "e" { return word.dropLast() + "ing" }
            return (Self.doublesLast(characters) ? word + String(last) : word) + "ing"
        case .base:
            return word
        }
    }

    /// Whether a short word doubles its last letter before `-ed`/`-ing`: `stop`, `plan`, `chat`.
    private static func doublesLast(_ characters: [Character]) -> Bool {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        guard characters.count >= 3, characters.count <= 4 else { return false }
        let last = characters[characters.count - 1]
        return !vowels.contains(last) && !["w", "x", "y"].contains(last)
            && vowels.contains(characters[characters.count - 2]) && !vowels.contains(characters[characters.count - 3])
    }
}
