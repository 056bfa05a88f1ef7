import PlanDiagnostics

/// One word or phrase of a word list, with what to say instead.
///
/// In `words.json` (and in a team's word file) an entry is an object:
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
    /// Plain words to use instead, best first. The first is offered as a fix
    /// unless `fix` is false.
    public var plain: [String]?
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

    public init(
        term: String, rule: String, category: String, severity: Severity? = nil, plain: [String]? = nil,
        advice: String? = nil, expansion: String? = nil, forms: [String]? = nil, context: WordContext? = nil,
        audiences: [Audience]? = nil, system: String? = nil, caseSensitive: Bool? = nil, fix: Bool? = nil,
        example: String? = nil
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
    }

    /// Whether case matters when finding the term.
    public var isCaseSensitive: Bool { caseSensitive ?? (rule == "acronym") }

    /// The help line: the plain words and the advice.
    public var suggestion: String {
        var parts: [String] = []
        if let plain, !plain.isEmpty {
            parts.append("Write " + plain.map { "'\($0)'" }.joined(separator: " or ") + ".")
        }
        if let advice { parts.append(advice) }
        if parts.isEmpty, let expansion { parts.append("Write '\(expansion)' the first time, or use everyday words.") }
        return parts.joined(separator: " ")
    }
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
