import PlanDiagnostics

/// One word or phrase of a word list, with what to say instead.
///
/// In `word-list.json` (and in a team's word file) an entry is an object:
///
/// ```json
/// {"term": "placement", "rule": "jargon", "category": "social-work",
///  "plain": ["home"], "advice": "Say where the child lives."}
/// ```
public struct WordListEntry: Hashable, Sendable, Codable {
    /// The word or phrase in its base form: `fail to engage` also finds
    /// `failed to engage`, `fails to engage` and `failing to engage`.
    public var term: String
    /// The rule that reports it: `jargon`, `acronym`, `judgemental` or `complex-word`.
    public var rule: String
    /// What kind of word it is: `social-work`, `legal`, `health`, `education`,
    /// `officialese`, `blame`, `acronym` …
    public var category: String
    /// `warning` (the default) or `note`.
    public var severity: Severity?
    /// Plain words to use instead, best first, each for the audiences it
    /// suits. The first that suits the audience is offered as a fix (when it
    /// fits the sentence) unless `fix` is false.
    public var plain: [PlainAlternative]?
    /// What to do when no word swaps for it: "describe what happened".
    public var advice: String?
    /// For an acronym: what its letters stand for. Writing this out at the
    /// first use explains the acronym.
    public var expansion: String?
    /// Other forms that count as the term (irregular ones: `children`).
    public var forms: [String]?
    /// When the term is only a problem next to certain words.
    public var context: WordContext?
    /// The audiences the entry is for; all when missing.
    public var audiences: [Audience]?
    /// Where the word is used: `scotland`, `england`, or `uk` (the default).
    public var system: String?
    /// Whether case must match (the default for acronyms).
    public var caseSensitive: Bool?
    /// Whether the first plain word can replace the term as it is (default true).
    public var fix: Bool?
    /// A sentence that uses the term as the entry means it (tests use it;
    /// without one, tests make a sentence from the term and its context).
    public var example: String?
    /// For an acronym with several meanings: what else its letters may stand for.
    public var otherExpansions: [String]?

    public init(
        term: String, rule: String, category: String, severity: Severity? = nil, plain: [PlainAlternative]? = nil,
        advice: String? = nil, expansion: String? = nil, forms: [String]? = nil, context: WordContext? = nil,
        audiences: [Audience]? = nil, system: String? = nil, caseSensitive: Bool? = nil, fix: Bool? = nil,
        example: String? = nil, otherExpansions: [String]? = nil
    ) {
        self.term = term
        self.rule = rule
        self.category = category
        self.severity = severity
        self.plain = plain
        self.advice = advice
        self.expansion = expansion
        self.forms = forms
        self.context = context
        self.audiences = audiences
        self.system = system
        self.caseSensitive = caseSensitive
        self.fix = fix
        self.example = example
        self.otherExpansions = otherExpansions
    }

    /// Whether case matters when finding the term.
    public var isCaseSensitive: Bool { caseSensitive ?? (rule == "acronym") }

    /// The plain words for an audience, in its person (`{you}` filled in),
    /// best first: the alternatives that suit it, or when none is marked for
    /// it, those marked for no audience.
    public func plain(for audience: Audience) -> [String] {
        (plain ?? []).filter { $0.suits(audience) }.map { $0.text(for: audience) }
    }

    /// Every meaning of an acronym's letters: `expansion` first.
    public var expansions: [String] {
        [expansion].compactMap { $0 } + (otherExpansions ?? [])
    }

    /// The help line for an audience: the plain words and the advice.
    public func suggestion(for audience: Audience) -> String {
        var parts: [String] = []
        let words = plain(for: audience)
        if !words.isEmpty {
            parts.append("Write " + words.map { "'\($0)'" }.joined(separator: " or ") + ".")
        }
        if let advice { parts.append(PlainAlternative.inPerson(advice, for: audience)) }
        if parts.isEmpty, let expansion { parts.append("Write '\(expansion)' the first time, or use everyday words.") }
        return parts.joined(separator: " ")
    }

    /// The help line for parents and carers.
    public var suggestion: String { suggestion(for: .parent) }
}

/// Words around a term that decide whether it is a problem: `contact` is
/// jargon in "contact with Keira" and "supervised contact", not in "contact me".
///
/// Each list holds words or phrases. The term counts when no `followedBy` and
/// no `precededBy` are given, or when one of them is next to it; and never
/// when one of the `not…` phrases is.
public struct WordContext: Hashable, Sendable, Codable {
    /// Words or phrases one of which must follow the term (or `precededBy` hold).
    public var followedBy: [String]?
    public var precededBy: [String]?
    public var notFollowedBy: [String]?
    public var notPrecededBy: [String]?

    public init(followedBy: [String]? = nil, precededBy: [String]? = nil, notFollowedBy: [String]? = nil, notPrecededBy: [String]? = nil) {
        self.followedBy = followedBy
        self.precededBy = precededBy
        self.notFollowedBy = notFollowedBy
        self.notPrecededBy = notPrecededBy
    }
}

/// One plain way of saying a term, and who it suits.
///
/// In a word list it is a string (for every audience) or an object naming
/// the audiences: `{"text": "big meeting about keeping you safe", "for": ["child"]}`.
/// `{you}` and `{your}` stand for the child in the reader's person: "you" and
/// "your" for the child, "your child" and "your child's" for a parent, "the
/// child" and "the child's" for a professional.
public struct PlainAlternative: Hashable, Sendable, Codable, ExpressibleByStringLiteral {
    public var text: String
    /// The audiences it suits; every audience when nil.
    public var audiences: [Audience]?

    public init(_ text: String, for audiences: [Audience]? = nil) {
        self.text = text
        self.audiences = audiences
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    private enum CodingKeys: String, CodingKey {
        case text
        case audiences = "for"
    }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            self.init(text)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(String.self, forKey: .text), for: try container.decodeIfPresent([Audience].self, forKey: .audiences))
    }

    public func encode(to encoder: any Encoder) throws {
        if audiences == nil {
            var single = encoder.singleValueContainer()
            try single.encode(text)
        } else {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(audiences, forKey: .audiences)
        }
    }

    /// Whether it suits an audience.
    public func suits(_ audience: Audience) -> Bool {
        audiences?.contains(audience) ?? true
    }

    /// The words for an audience, `{you}` and `{your}` in its person.
    public func text(for audience: Audience) -> String {
        Self.inPerson(text, for: audience)
    }

    static func inPerson(_ text: String, for audience: Audience) -> String {
        guard text.contains("{") else { return text }
        let (you, your): (String, String) =
            switch audience {
            case .child: ("you", "your")
            case .parent: ("your child", "your child's")
            case .professional: ("the child", "the child's")
            }
        return text.replacingOccurrences(of: "{you}", with: you).replacingOccurrences(of: "{your}", with: your)
    }
}
