/// What kind of plan this is, as children's services name their plans: the
/// `plan type` detail. The audit groups plans by it.
public enum PlanType: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    case childProtection = "child protection"
    case lookedAfter = "looked after"
    case childInNeed = "child in need"
    case teamAroundTheChild = "team around the child"
    case earlyHelp = "early help"

    /// The canonical name, as the language reference and the audit write it.
    public var name: String { rawValue }

    /// Other names workers already use, matched without regard to case,
    /// punctuation or a trailing "plan".
    public var aliases: [String] {
        switch self {
        case .childProtection: ["CP", "CPP"]
        case .lookedAfter: ["LAC", "CLA", "looked after child", "looked after children", "child looked after", "children looked after"]
        case .childInNeed: ["CIN", "children in need"]
        case .teamAroundTheChild: ["TAC", "TAF", "team around the family"]
        case .earlyHelp: ["EH", "EHA", "early help assessment"]
        }
    }

    /// The plan type a value names, by its name or an alias; nil when it names none.
    public init?(named value: String) {
        let key = Self.normalized(value)
        guard
            let type = Self.allCases.first(where: { type in
                ([type.name] + type.aliases).contains { Self.normalized($0) == key }
            })
        else { return nil }
        self = type
    }

    /// The name or alias closest to `value`, for a "did you mean"; nil when none is close.
    public static func suggestion(for value: String) -> String? {
        let candidates = allCases.flatMap { type in ([type.name] + type.aliases.filter { $0.count > 3 }).map(normalized) }
        guard let found = Suggestion.closest(to: normalized(value), in: candidates) else { return nil }
        return PlanType(named: found)?.name
    }

    /// Lower case, letters and digits only, words separated by one space, and no trailing "plan".
    static func normalized(_ value: String) -> String {
        let spaced = String(
            value.lowercased().map { (character: Character) -> Character in
                character.isLetter || character.isNumber ? character : " "
            })
        let words = spaced.split(separator: " ").map(String.init)
        let trimmed = words.count > 1 && words.last == "plan" ? Array(words.dropLast()) : words
        return trimmed.joined(separator: " ")
    }

    public static func < (lhs: PlanType, rhs: PlanType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
