import PlanModel

/// A page layout read from a JSON file in `Layouts/`: page size, margins,
/// type by age band, colours, and which sections go in which order.
public struct LayoutTemplate: Codable, Hashable, Sendable {
    /// The name plans and `--layout` use, such as `child-booklet`.
    public var name: String
    public var description: String
    /// Page width and height in points (A5 portrait is 419.53 × 595.28).
    public var page: Size
    public var margins: Margins
    /// The font family for all text; fallback fonts for other scripts come from the font configuration.
    public var fontFamily: String
    /// Type sizes by the child's age: the first band whose `upToAge` is at least the age is used.
    public var ageBands: [AgeBand]
    /// Line height as a multiple of the type size (at least 1.2 for easy reading).
    public var lineSpacing: Double
    public var colours: Colours
    /// Width and height of an item's picture, in points.
    public var pictureSize: Double
    /// Space between blocks, in points.
    public var gap: Double
    /// The sections in booklet order; sections not listed are left out.
    public var sections: [String]

    public struct Margins: Codable, Hashable, Sendable {
        public var top: Double
        public var bottom: Double
        /// The side where lines start (left for left-to-right languages).
        public var start: Double
        public var end: Double
    }

    public struct AgeBand: Codable, Hashable, Sendable {
        public var upToAge: Int
        public var title: Double
        public var heading: Double
        public var body: Double
    }

    public struct Colours: Codable, Hashable, Sendable {
        public var background: Colour
        public var text: Colour
        public var heading: Colour
        public var panel: Colour
        public var quotePanel: Colour
    }

    /// The type sizes for a child of `age`.
    public func band(forAge age: Int) -> AgeBand {
        ageBands.first { age <= $0.upToAge } ?? ageBands[ageBands.count - 1]
    }

    /// The section kinds in booklet order. Unknown names are reported by `validate`.
    public var sectionOrder: [SectionKind] {
        sections.compactMap { SectionKind(rawValue: $0) }
    }

    /// Problems a team's own layout file may have, in plain words; empty when it is usable.
    public func problems() -> [String] {
        var problems: [String] = []
        if page.width < 144 || page.height < 144 { problems.append("the page is smaller than 2 inches (144 points) on a side") }
        if margins.start + margins.end + 144 > page.width || margins.top + margins.bottom + 144 > page.height {
            problems.append("the margins leave less than 2 inches (144 points) of room")
        }
        if ageBands.isEmpty { problems.append("'ageBands' is empty") }
        if lineSpacing < 1.2 { problems.append("'lineSpacing' is below 1.2, too tight for easy reading") }
        for band in ageBands where band.body < 12 || band.heading < band.body || band.title < band.heading {
            problems.append("the age band up to \(band.upToAge) needs body of at least 12 pt and title ≥ heading ≥ body")
        }
        if pictureSize <= 0 || gap < 0 { problems.append("'pictureSize' must be positive and 'gap' not negative") }
        for name in sections where SectionKind(rawValue: name) == nil {
            problems.append("'\(name)' is not a section; use one of " + SectionKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return problems
    }
}
