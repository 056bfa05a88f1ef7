/// Who will read a text.
public enum Audience: String, Sendable, Hashable, CaseIterable, Codable {
    /// A child: the target follows the child's age, or the plan's `reading age`.
    case child
    /// A parent or carer: reading age 9 to 11, the aim of UK public information.
    case parent
    /// Another professional: reading age 14.
    case professional
}

/// What a text must be for its audience: the reading age it should have and
/// may not pass, the longest sentence, and how long a word may be.
public struct AudienceTarget: Hashable, Sendable {
    public var audience: Audience
    /// The child's age, for a child audience when it is known.
    public var childAge: Int?
    /// The reading age to aim for: a text at or below it loses no points for readability.
    public var idealReadingAge: Double
    /// The reading age a text may not pass (`reading-age` fires above it).
    public var readingAgeLimit: Double
    /// The most words a sentence may have (`long-sentence` fires above it).
    public var sentenceLimit: Int
    /// Syllables from which a word not in a word list is a `complex-word`; nil for none.
    public var longWordSyllables: Int?

    public init(
        audience: Audience, childAge: Int? = nil, idealReadingAge: Double, readingAgeLimit: Double,
        sentenceLimit: Int, longWordSyllables: Int?
    ) {
        self.audience = audience
        self.childAge = childAge
        self.idealReadingAge = idealReadingAge
        self.readingAgeLimit = readingAgeLimit
        self.sentenceLimit = sentenceLimit
        self.longWordSyllables = longWordSyllables
    }

    /// The target for an audience. For a child, `readingAge` (a plan's own
    /// `reading age`) wins; otherwise the child's age, kept between 6 and 11
    /// (a child reads about as well as their age allows, and a text for a
    /// child is never harder than one for a parent); with neither, 9.
    public static func target(for audience: Audience, childAge: Int? = nil, readingAge: Int? = nil) -> AudienceTarget {
        switch audience {
        case .child:
            let age = Double(readingAge ?? childAge.map { min(max($0, 6), 11) } ?? 9)
            return AudienceTarget(
                audience: .child, childAge: childAge, idealReadingAge: age, readingAgeLimit: age,
                sentenceLimit: age <= 8 ? 12 : 15, longWordSyllables: 4
            )
        case .parent:
            return AudienceTarget(audience: .parent, idealReadingAge: 9, readingAgeLimit: 11, sentenceLimit: 20, longWordSyllables: 5)
        case .professional:
            return AudienceTarget(
                audience: .professional, idealReadingAge: 14, readingAgeLimit: 14, sentenceLimit: 25, longWordSyllables: nil)
        }
    }

    /// `children aged 7 (reading age 7)`, `parents (reading age 9–11)`.
    public var description: String {
        func age(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(format1(value)) }
        let range = idealReadingAge == readingAgeLimit ? age(readingAgeLimit) : "\(age(idealReadingAge))–\(age(readingAgeLimit))"
        switch audience {
        case .child:
            if let childAge { return "a child of \(childAge) (reading age \(range))" }
            return "a child (reading age \(range))"
        case .parent: return "parents and carers (reading age \(range))"
        case .professional: return "professionals (reading age \(range))"
        }
    }
}

/// A number with one decimal place: `7.25` as `7.3`.
func format1(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    let whole = Int(rounded.rounded(.towardZero))
    let tenth = Int((abs(rounded) * 10).rounded()) % 10
    let sign = rounded < 0 && whole == 0 ? "-" : ""
    return "\(sign)\(whole).\(tenth)"
}
