import PlanModel

/// The words a booklet prints that do not come from the plan: section
/// headings and labels, read from `Layouts/fixed-words/LANGUAGE.json`. `{child}`
/// stands for the child's first name.
public struct FixedWords: Codable, Hashable, Sendable {
    public var language: String
    /// Headings by section kind name, such as `"worries": "What are we worried about?"`.
    public var sections: [String: String]
    public var coverLine: String
    public var writtenBy: String
    public var date: String
    public var impact: String
    public var who: String
    public var by: String
    public var scaleZero: String
    public var scaleTen: String
    public var houseWorries: String
    public var houseGoodThings: String
    public var houseDreams: String
    public var sharedWithChild: String
    public var notYetShared: String
    public var backPage: String
    public var drawingSpace: String
    /// The heading of the safe-contacts card.
    public var safeContacts: String
    /// Before the list of people who have a copy, on the back page.
    public var copyHolders: String
    /// A section's heading again on the page it runs on to: `{heading} (continued)`.
    public var continuedHeading: String?
    /// Joins the last two names of a list: `and`.
    public var and: String?
    /// Month names, January first, for dates in words.
    public var months: [String]
    /// How much bigger than the layout's sizes to set this language's script
    /// (Nastaliq looks small at a Latin size); 1 when absent.
    public var sizeScale: Double?
    /// The least line spacing this script needs (Nastaliq's tall letters need about 2); the layout's when absent.
    public var lineSpacing: Double?

    /// The heading for a section, with the child's name put in.
    public func heading(for kind: SectionKind, child: String) -> String {
        (sections[kind.rawValue] ?? kind.title).replacingOccurrences(of: "{child}", with: child)
    }

    /// A date in words, such as `2 March 2026`.
    public func written(_ date: PlanDate) -> String {
        guard months.count == 12 else { return date.description }
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// A heading for the page a section runs on to.
    public func continued(_ heading: String) -> String {
        (continuedHeading ?? "{heading} (continued)").replacingOccurrences(of: "{heading}", with: heading)
    }

    /// Names as a list: `Ruby and Leo`, `Ruby, Leo and Sam`.
    public func list(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " \(and ?? "and") " + last
    }

    /// Puts the child's name into a label.
    public func fill(_ label: String, child: String) -> String {
        label.replacingOccurrences(of: "{child}", with: child)
    }
}
