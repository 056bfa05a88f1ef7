import PlanDiagnostics

/// A calendar date written `YYYY-MM-DD`.
public struct PlanDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A date from `YYYY-MM-DD`; nil unless the text is one and the day exists.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            (1...12).contains(month), day >= 1, day <= PlanDate.days(inMonth: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// Some text of the plan with the place it came from.
public struct PlanText: Hashable, Sendable {
    public var text: String
    public var range: SourceRange

    public init(_ text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// A picture named in the plan.
public enum Picture: Hashable, Sendable {
    /// A picture of the built-in library, by name.
    case library(String)
    /// A picture file beside the plan: the path as written, and the checked absolute path.
    case file(relativePath: String, absolutePath: String)
}

/// When a next step should be done.
public enum Deadline: Hashable, Sendable {
    case date(PlanDate)
    case words(String)
}

/// A `- ` line with its continuation lines and attributes.
public struct Item: Hashable, Sendable {
    /// The item's words, continuation lines joined with spaces.
    public var text: PlanText
    public var picture: Picture?
    /// `impact:` on a What happened item: what the harm meant for the child.
    public var impact: PlanText?
    /// `who:` on a next step: the people who will do it.
    public var who: [String]
    /// `by:` on a next step.
    public var by: Deadline?
    /// `phone:` under a person of Who is worried or the Safety network; people keep it as `Person.phone`.
    public var phone: PlanText?

    public init(text: PlanText, picture: Picture? = nil, impact: PlanText? = nil, who: [String] = [], by: Deadline? = nil) {
        self.text = text
        self.picture = picture
        self.impact = impact
        self.who = who
        self.by = by
    }
}

/// Someone in Who is worried or the Safety network.
public struct Person: Hashable, Sendable {
    public var name: PlanText
    /// After a comma: `Sam, social worker`.
    public var role: String?
    /// In brackets: `Gran (Mum's mum)`.
    public var relationship: String?
    /// After a colon: what they do to help.
    public var does: PlanText?
    /// `[picture: NAME]` or an indented `picture:` line: this person's picture everywhere in the booklet.
    public var picture: Picture?
    /// An indented `phone:` line, as written (digits, spaces, `+`, `(`, `)`, `-`).
    public var phone: PlanText?

    public init(
        name: PlanText, role: String? = nil, relationship: String? = nil, does: PlanText? = nil, picture: Picture? = nil,
        phone: PlanText? = nil
    ) {
        self.name = name
        self.role = role
        self.relationship = relationship
        self.does = does
        self.picture = picture
        self.phone = phone
    }
}

/// Where the child puts themselves on the Safety house's path: 0 far away, 10 at the front door.
public struct SafetyPath: Hashable, Sendable {
    public var score: Int
    /// The words after the comma, if any.
    public var words: PlanText?
    public var range: SourceRange

    public init(score: Int, words: PlanText? = nil, range: SourceRange) {
        self.score = score
        self.words = words
        self.range = range
    }
}

/// The child's own safety plan drawn as a house.
public struct SafetyHouse: Hashable, Sendable {
    /// `inside:` the people in the safe house, each with what they do.
    public var inside: [Person]
    /// `roof:` the rules everyone agrees to.
    public var roof: [Item]
    /// `outside:` people who may not come in, or only as the words say.
    public var outside: [Person]
    /// `path:` the child's place on the path to the front door.
    public var path: SafetyPath?

    public init(inside: [Person] = [], roof: [Item] = [], outside: [Person] = [], path: SafetyPath? = nil) {
        self.inside = inside
        self.roof = roof
        self.outside = outside
        self.path = path
    }

    /// Whether any list or the path holds something.
    public var isEmpty: Bool { inside.isEmpty && roof.isEmpty && outside.isEmpty && path == nil }
}

/// A field of the Safety house; its raw value is its key in a plan (`inside:`).
public enum SafetyHousePart: String, CaseIterable, Hashable, Sendable {
    case inside, roof, outside, path

    /// The part a field's key names; `on the roof` is the roof.
    public init?(fieldKey key: String) {
        self.init(rawValue: key == "on the roof" ? "roof" : key)
    }
}

/// `> "words" (Name)`: somebody's own words.
public struct Quote: Hashable, Sendable {
    public var text: PlanText
    public var speaker: String?
    public var picture: Picture?

    public init(text: PlanText, speaker: String? = nil, picture: Picture? = nil) {
        self.text = text
        self.speaker = speaker
        self.picture = picture
    }
}

/// `- Name: N` on the safety scale.
public struct Rating: Hashable, Sendable {
    public var name: String
    public var score: Int
    public var range: SourceRange

    public init(name: String, score: Int, range: SourceRange) {
        self.name = name
        self.score = score
        self.range = range
    }
}

/// The 0–10 safety scale.
public struct SafetyScale: Hashable, Sendable {
    public var question: PlanText?
    /// What 0 means, in words.
    public var zero: PlanText?
    /// What 10 means, in words.
    public var ten: PlanText?
    public var ratings: [Rating]

    public init(question: PlanText? = nil, zero: PlanText? = nil, ten: PlanText? = nil, ratings: [Rating] = []) {
        self.question = question
        self.zero = zero
        self.ten = ten
        self.ratings = ratings
    }
}

/// The child's three houses, in the child's words.
public struct ThreeHouses: Hashable, Sendable {
    public var worries: [Item]
    public var goodThings: [Item]
    public var dreams: [Item]

    public init(worries: [Item] = [], goodThings: [Item] = [], dreams: [Item] = []) {
        self.worries = worries
        self.goodThings = goodThings
        self.dreams = dreams
    }

    /// The items of one house.
    public subscript(house: House) -> [Item] {
        get {
            switch house {
            case .worries: worries
            case .goodThings: goodThings
            case .dreams: dreams
            }
        }
        set {
            switch house {
            case .worries: worries = newValue
            case .goodThings: goodThings = newValue
            case .dreams: dreams = newValue
            }
        }
    }
}

/// One of the three houses; its raw value is its name in a plan (`good things:`).
public enum House: String, CaseIterable, Hashable, Sendable {
    case worries
    case goodThings = "good things"
    case dreams

    /// The house a field's key names: `worries`, `worry`, `House of worries`, `the dreams house`.
    public init?(fieldKey key: String) {
        let words = key.lowercased().replacingOccurrences(of: "house of ", with: "").replacingOccurrences(of: "the ", with: "")
        switch words.trimmingCharacters(in: .whitespaces) {
        case "worries", "worry", "worries house": self = .worries
        case "good things", "good thing", "good things house": self = .goodThings
        case "dreams", "dream", "dreams house": self = .dreams
        default: return nil
        }
    }
}

/// A page of the Words and pictures story.
public struct StoryPage: Hashable, Sendable {
    public var title: PlanText
    /// The page's lines, in order.
    public var lines: [PlanText]
    /// Pictures named on the page's lines.
    public var pictures: [Picture]
    /// For each of `pictures`, the index in `lines` of the line it was named on (the line before
    /// it when it stands on a line of its own; -1 before the first line).
    public var pictureLines: [Int] = []
    /// Somebody's own words on the page.
    public var quotes: [Quote]

    public init(title: PlanText, lines: [PlanText] = [], pictures: [Picture] = [], quotes: [Quote] = []) {
        self.title = title
        self.lines = lines
        self.pictures = pictures
        self.quotes = quotes
    }
}

/// One `## ` section with what it holds. Only the parts its kind allows are filled.
public struct Section: Hashable, Sendable {
    public var kind: SectionKind
    /// The heading's name as written.
    public var heading: PlanText
    public var items: [Item]
    public var people: [Person]
    public var quotes: [Quote]
    public var scale: SafetyScale?
    public var houses: ThreeHouses?
    public var safetyHouse: SafetyHouse?
    public var pages: [StoryPage]

    public init(kind: SectionKind, heading: PlanText) {
        self.kind = kind
        self.heading = heading
        self.items = []
        self.people = []
        self.quotes = []
        self.pages = []
    }
}

/// `written by: Name, role`.
public struct Author: Hashable, Sendable {
    public var name: String
    public var role: String?

    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }
}

/// `shared with child: date, how`.
public struct Sharing: Hashable, Sendable {
    public var date: PlanDate
    public var how: String?

    public init(date: PlanDate, how: String? = nil) {
        self.date = date
        self.how = how
    }
}

/// One child the booklet is for: `child:` with `age:`, or one name of `children:` with its age.
public struct Child: Hashable, Sendable {
    public var name: PlanText
    public var age: Int

    public init(name: PlanText, age: Int) {
        self.name = name
        self.age = age
    }

    /// The first word of the name.
    public var firstName: String {
        String(name.text.split(separator: " ").first ?? Substring(name.text))
    }
}

/// A child's safety plan, checked and typed.
public struct SafetyPlan: Hashable, Sendable {
    public var title: PlanText
    /// The child, or the first of `children`.
    public var child: PlanText
    /// The child's age; for brothers and sisters, the youngest one's (type is sized by it).
    public var age: Int
    /// Every child the booklet is for, in the plan's order: one for `child:`, several for `children:`.
    public var children: [Child]
    /// `picture:`: the picture on the cover (the child's own drawing or photo, or a library picture).
    public var picture: Picture?
    /// `copies:`: the people given a copy, exactly as written; nil when the plan does not say.
    public var copies: [String]?
    public var date: PlanDate?
    public var writtenBy: Author?
    /// BCP 47 tag; `en-GB` when the plan names none.
    public var language: String
    public var sharedWithChild: Sharing?
    /// The layout the plan asks for, if any.
    public var layout: String?
    /// The target reading age, when the plan overrides the one its age implies.
    public var readingAge: Int?
    /// The sections in the order they stand in the file.
    public var sections: [Section]
    /// `plan type`: child protection, looked after…; nil when the plan does not say.
    public var planType: PlanType? = nil

    /// The section of a kind, if the plan has it.
    public func section(_ kind: SectionKind) -> Section? {
        sections.first { $0.kind == kind }
    }

    /// The child's first name, as the booklet speaks to them.
    /// For brothers and sisters, their first names joined with "and" (`Ruby and Leo`).
    public var childFirstName: String {
        let names = children.map(\.firstName)
        guard names.count > 1 else {
            return String(child.text.split(separator: " ").first ?? Substring(child.text))
        }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// Whether the booklet is for more than one child.
    public var isForSiblings: Bool { children.count > 1 }

    /// Whether anybody's own words are quoted, in any section or on a story page.
    public var hasQuote: Bool {
        sections.contains { !$0.quotes.isEmpty || $0.pages.contains { !$0.quotes.isEmpty } }
    }

    /// Whether the three houses hold anything.
    public var hasThreeHouses: Bool {
        guard let houses = section(.threeHouses)?.houses else { return false }
        return !(houses.worries.isEmpty && houses.goodThings.isEmpty && houses.dreams.isEmpty)
    }

    /// Whether the child gave their own rating on the safety scale.
    public var childRatedSafety: Bool {
        let names =
            [child.text.lowercased(), childFirstName.lowercased()]
            + children.flatMap { [$0.name.text.lowercased(), $0.firstName.lowercased()] }
        return section(.safetyScale)?.scale?.ratings.contains { names.contains($0.name.lowercased()) } ?? false
    }

    /// Whether the plan has a words-and-pictures story with at least one page.
    public var hasStory: Bool {
        !(section(.wordsAndPictures)?.pages.isEmpty ?? true)
    }

    /// Whether the Safety house holds anything.
    public var hasSafetyHouse: Bool {
        !(section(.safetyHouse)?.safetyHouse?.isEmpty ?? true)
    }

    /// Every person of Who is worried and the Safety network, in order.
    public var people: [Person] {
        sections.filter { $0.kind.holds == .people }.flatMap(\.people)
    }
}
