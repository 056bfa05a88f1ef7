/// The sections a plan can have, with the names workers already use for them.
public enum SectionKind: String, CaseIterable, Hashable, Sendable {
    case whoIsWorried
    case whatHappened
    case worries
    case complicatingFactors
    case workingWell
    case safetyGoals
    case nextSteps
    case safetyScale
    case safetyNetwork
    case threeHouses
    case safetyHouse
    case wordsAndPictures

    /// The section's name as the language reference writes it.
    public var title: String {
        switch self {
        case .whoIsWorried: "Who is worried"
        case .whatHappened: "What happened"
        case .worries: "Worries"
        case .complicatingFactors: "Complicating factors"
        case .workingWell: "Working well"
        case .safetyGoals: "Safety goals"
        case .nextSteps: "Next steps"
        case .safetyScale: "Safety scale"
        case .safetyNetwork: "Safety network"
        case .threeHouses: "Three houses"
        case .safetyHouse: "Safety house"
        case .wordsAndPictures: "Words and pictures"
        }
    }

    /// Other names for the section.
    public var aliases: [String] {
        switch self {
        case .whoIsWorried: ["Worried people"]
        case .whatHappened: ["Past harm", "Harm"]
        case .worries: ["What are we worried about", "Danger statements", "Worry statements"]
        case .complicatingFactors: ["Complicating"]
        case .workingWell: ["What's working well", "Strengths", "Existing safety"]
        case .safetyGoals: ["Goals"]
        case .nextSteps: ["What needs to happen", "Safety plan"]
        case .safetyScale: ["Scaling", "Scale"]
        case .safetyNetwork: ["People who help", "Network"]
        case .threeHouses: ["Houses"]
        case .safetyHouse: ["My safety house"]
        case .wordsAndPictures: ["My story", "Story"]
        }
    }

    /// What the section's lines are.
    public var holds: SectionContent {
        switch self {
        case .whoIsWorried, .safetyNetwork: .people
        case .safetyScale: .scale
        case .threeHouses: .houses
        case .safetyHouse: .safetyHouse
        case .wordsAndPictures: .pages
        default: .items
        }
    }

    /// The attributes its items may carry besides `picture`.
    public var itemAttributes: [String] {
        switch self {
        case .whatHappened: ["impact"]
        case .nextSteps: ["who", "by"]
        default: []
        }
    }

    /// Finds a section by any of its names: case, punctuation and extra spaces do not matter.
    public init?(name: String) {
        let key = SectionKind.normalized(name)
        guard let kind = SectionKind.byName[key] else { return nil }
        self = kind
    }

    /// Every name and alias, as written in the language reference.
    public static var allNames: [String] {
        allCases.flatMap { [$0.title] + $0.aliases }
    }

    /// Lower case letters and digits separated by single spaces.
    public static func normalized(_ name: String) -> String {
        let kept = name.lowercased().unicodeScalars.map { scalar -> Character in
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { return Character(scalar) }
            if scalar == "'" || scalar == "’" { return "\u{0}" }
            return " "
        }.filter { $0 != "\u{0}" }
        return String(kept).split(separator: " ").joined(separator: " ")
    }

    private static let byName: [String: SectionKind] = {
        var table: [String: SectionKind] = [:]
        for kind in allCases {
            for name in [kind.title] + kind.aliases { table[normalized(name)] = kind }
        }
        return table
    }()
}

/// The shape of a section's lines.
public enum SectionContent: Sendable {
    case items
    case people
    case scale
    case houses
    case safetyHouse
    case pages
}
