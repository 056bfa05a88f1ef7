import Foundation

/// The word lists the rules use: entries, and words that are never flagged.
///
/// planbook ships one (`Resources/word-list.json`); a team's word file adds to it,
/// replaces entries with the same term and rule, or removes entries.
public struct WordList: Hashable, Sendable, Codable {
    /// The words and phrases the rules look for.
    public var entries: [WordListEntry]
    /// Long words children know (`everybody`, `television`): never a `complex-word`.
    public var familiar: [String]
    /// Acronyms everybody knows (`TV`, `NHS`, `GP`): never an `acronym` finding.
    public var wellKnownAcronyms: [String]
    /// Irregular verbs and plurals, to find a term's forms and to put a
    /// replacement in the form of the words it replaces.
    public var irregular: IrregularForms

    public init(
        entries: [WordListEntry], familiar: [String] = [], wellKnownAcronyms: [String] = [], irregular: IrregularForms = IrregularForms()
    ) {
        self.entries = entries
        self.familiar = familiar
        self.wellKnownAcronyms = wellKnownAcronyms
        self.irregular = irregular
    }

    private enum CodingKeys: String, CodingKey {
        case entries, familiar, wellKnownAcronyms, irregular
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entries = try container.decodeIfPresent([WordListEntry].self, forKey: .entries) ?? []
        familiar = try container.decodeIfPresent([String].self, forKey: .familiar) ?? []
        wellKnownAcronyms = try container.decodeIfPresent([String].self, forKey: .wellKnownAcronyms) ?? []
        irregular = try container.decodeIfPresent(IrregularForms.self, forKey: .irregular) ?? IrregularForms()
    }

    /// The list shipped with planbook, as the pipeline installed it (`LanguageData`).
    public static var builtIn: WordList { LanguageData.wordList }

    /// This list with a team's changes: their entries replace ours with the
    /// same term and rule (or are added), and the terms they remove are gone.
    public func merged(with changes: WordListChanges) -> WordList {
        func key(_ entry: WordListEntry) -> String { entry.term.lowercased() + "\u{0}" + entry.rule }
        let removed = Set(changes.remove.map { $0.lowercased() })
        let replacing = Set(changes.entries.map(key))
        var merged = entries.filter { !removed.contains($0.term.lowercased()) && !replacing.contains(key($0)) }
        merged += changes.entries
        return WordList(
            entries: merged,
            familiar: familiar + changes.familiar,
            wellKnownAcronyms: wellKnownAcronyms + changes.wellKnownAcronyms, irregular: irregular
        )
    }
}

/// Forms English does not make by rule, as data (`word-list.json`'s `irregular`).
public struct IrregularForms: Hashable, Sendable, Codable {
    /// A verb's forms: third person, past, past participle, `-ing`
    /// (`"give": ["gives", "gave", "given", "giving"]`).
    public var verbs: [String: [String]]
    /// A noun's plural (`"child": "children"`).
    public var plurals: [String: String]

    public init(verbs: [String: [String]] = [:], plurals: [String: String] = [:]) {
        self.verbs = verbs
        self.plurals = plurals
    }
}

/// What a team changes in the word lists.
public struct WordListChanges: Hashable, Sendable {
    /// Entries to add, or to put in place of planbook's with the same term and rule.
    public var entries: [WordListEntry]
    /// Terms to drop, in any case.
    public var remove: [String]
    /// Long words children know, to add.
    public var familiar: [String]
    public var wellKnownAcronyms: [String]

    public init(entries: [WordListEntry] = [], remove: [String] = [], familiar: [String] = [], wellKnownAcronyms: [String] = []) {
        self.entries = entries
        self.remove = remove
        self.familiar = familiar
        self.wellKnownAcronyms = wellKnownAcronyms
    }

    /// Whether the team changes nothing.
    public var isEmpty: Bool { entries.isEmpty && remove.isEmpty && familiar.isEmpty && wellKnownAcronyms.isEmpty }

    /// Both sets of changes, `other`'s last.
    public func followed(by other: WordListChanges) -> WordListChanges {
        WordListChanges(
            entries: entries + other.entries, remove: remove + other.remove,
            familiar: familiar + other.familiar, wellKnownAcronyms: wellKnownAcronyms + other.wellKnownAcronyms
        )
    }
}
