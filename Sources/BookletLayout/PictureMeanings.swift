/// What the picture library says about its pictures' meanings, read from
/// `Pictures/library.json`: the words that make a picture right for an item,
/// and how a person's role or relationship picks a figure.
public struct PictureMeanings: Codable, Hashable, Sendable {
    /// Words in each language, keyed by the primary language subtag ("en", "pl", "ar"…).
    public typealias TermsByLanguage = [String: [String]]

    /// A picture that can stand beside an item.
    public struct Meaning: Codable, Hashable, Sendable {
        public var name: String
        /// `thing`, `feeling`, `family` or `person`.
        public var kind: String
        /// The words or phrases that make this picture fit; a trailing `*` matches any ending.
        public var keywords: TermsByLanguage
        /// The picture for a sentence that says "not" about this one ("will not drink"), if any.
        public var negated: String?
        /// Its other names (`mum` for `woman`).
        public var aliases: [String]?

        public init(name: String, kind: String, keywords: TermsByLanguage, negated: String? = nil, aliases: [String]? = nil) {
            self.name = name
            self.kind = kind
            self.keywords = keywords
            self.negated = negated
            self.aliases = aliases
        }
    }

    /// A family relationship: how many generations above the child, and whether it says woman or man.
    public struct Relation: Codable, Hashable, Sendable {
        public var words: TermsByLanguage
        public var generation: Int
        public var gender: String?
        /// Always a grown-up, whoever they belong to (a partner, a husband).
        public var adult: Bool?
        /// A figure to use instead of the one the generation gives ("baby").
        public var figure: String?
    }

    /// A job or role, drawn as its own figure (a teacher, a coach) or as a grown-up.
    public struct Role: Codable, Hashable, Sendable {
        public var figure: String
        public var words: TermsByLanguage
        public var womanWords: TermsByLanguage?
        public var manWords: TermsByLanguage?
    }

    /// The picture for the cover of a child up to an age, when the plan names none.
    public struct AgeBand: Codable, Hashable, Sendable {
        public var upTo: Int
        public var picture: String
    }

    public struct People: Codable, Hashable, Sendable {
        public var relations: [Relation]
        public var roles: [Role]
        /// Titles that say a person is a woman or a man ("Mrs", "Mr"), by `woman` and `man`.
        public var titles: [String: TermsByLanguage]
        /// For each figure, the pictures to use in turn, so two people are not drawn alike.
        public var figures: [String: [String]]
        public var ageBands: [AgeBand]
    }

    /// The small words that change a sentence's meaning.
    public struct Grammar: Codable, Hashable, Sendable {
        /// Words that say "not" about what follows in the same part of the sentence.
        public var negation: TermsByLanguage
        /// Words that start a side part of a sentence ("if", "when"): what it names matters less.
        public var subordinate: TermsByLanguage
        /// Words between two relationships that make the first the owner (Urdu "کی": "ابو کی امی", Dad's mum).
        public var possessive: TermsByLanguage?
    }

    public var pictures: [Meaning]
    public var people: People
    public var grammar: Grammar

    public init(pictures: [Meaning], people: People, grammar: Grammar) {
        self.pictures = pictures
        self.people = people
        self.grammar = grammar
    }

    /// The picture for a child of `age`: the first age band that holds it.
    public func picture(forAge age: Int) -> String? {
        (people.ageBands.first { age <= $0.upTo } ?? people.ageBands.last)?.picture
    }

    /// No meanings at all: nothing is chosen by itself.
    public static let none = PictureMeanings(
        pictures: [],
        people: People(relations: [], roles: [], titles: [:], figures: [:], ageBands: []),
        grammar: Grammar(negation: [:], subordinate: [:])
    )
}

extension PictureMeanings.TermsByLanguage {
    /// The words of every language: a family's own word for Dad ("Tata",
    /// "Abba") stands in plans written in English too.
    var inEveryLanguage: [String] { keys.sorted().flatMap { self[$0] ?? [] } }

    /// The words for a language tag ("en-GB" → "en"), with English always included.
    func forLanguage(_ language: String) -> [String] {
        let primary = MeaningText.primaryLanguage(language)
        var words = self["en"] ?? []
        if primary != "en" { words += self[primary] ?? [] }
        return words
    }
}
