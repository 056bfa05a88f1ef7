import Foundation
import PlanModel

/// A page layout read from a JSON file in `Layouts/`: page size, margins,
/// type by age band, colours, and which sections go where. The format is
/// described in `Layouts/README.md`.
public struct LayoutTemplate: Codable, Hashable, Sendable {
    /// The name plans and `--layout` use, such as `child-booklet`.
    public var name: String
    public var description: String
    /// How the pages are composed.
    public var kind: Kind
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
    /// Which side of the words pictures stand on: `start` (left in English, right in Arabic) or `end`.
    public var pictureSide: PictureSide
    /// Space between blocks, in points.
    public var gap: Double
    /// For `columns` layouts: the sections in each column, side by side.
    public var columns: [[String]]
    /// The sections in order after any columns; sections not listed are left out.
    public var sections: [String]
    /// Whether the booklet has a cover page and a back page (who has a copy, space to draw).
    public var coverAndBack: Bool
    /// Small print on the back page saying whose pictures these are, as their licence asks.
    public var pictureCredit: String?
    /// The country's emergency and children's helpline numbers, for the safe-contacts card.
    public var helplines: [Helpline]

    public enum Kind: String, Codable, Hashable, Sendable {
        /// One section after another, each on a new page, with drawings for the scale, network and houses.
        case booklet
        /// Sections side by side in columns on each page, then the rest full width.
        case columns
        /// The three houses side by side, as a poster.
        case houses
        /// Only the safety network's names and how to reach them: nothing about the worries.
        case card
    }

    public enum PictureSide: String, Codable, Hashable, Sendable {
        case start
        case end
    }

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
        /// The side of the picture beside an item, as a share of the text width (0.28 is 28%); the layout's `pictureSize` when absent.
        public var pictureShare: Double?

        public init(upToAge: Int, title: Double, heading: Double, body: Double, pictureShare: Double? = nil) {
            self.upToAge = upToAge
            self.title = title
            self.heading = heading
            self.body = body
            self.pictureShare = pictureShare
        }
    }

    /// A number anyone can call, printed on the safe-contacts card.
    public struct Helpline: Codable, Hashable, Sendable {
        /// What it is, in words a child knows: `Emergency`, `Childline`.
        public var name: String
        public var number: String
    }

    public struct Colours: Codable, Hashable, Sendable {
        public var background: Colour
        public var text: Colour
        public var heading: Colour
        /// Behind the drawing space and information panels.
        public var panel: Colour
        /// Inside speech bubbles.
        public var quotePanel: Colour
        /// Lines of drawings: house outlines, bubbles, the ruler.
        public var line: Colour
        /// Inside the house of worries, of good things and of dreams.
        public var houseWorries: Colour
        public var houseGoodThings: Colour
        public var houseDreams: Colour
        /// The markers on the safety scale.
        public var marker: Colour

        private enum CodingKeys: String, CodingKey {
            case background, text, heading, panel, quotePanel, line, houseWorries, houseGoodThings, houseDreams, marker
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            background = try c.decode(Colour.self, forKey: .background)
            text = try c.decode(Colour.self, forKey: .text)
            heading = try c.decode(Colour.self, forKey: .heading)
            panel = try c.decode(Colour.self, forKey: .panel)
            quotePanel = try c.decode(Colour.self, forKey: .quotePanel)
            line = try c.decodeIfPresent(Colour.self, forKey: .line) ?? text
            houseWorries = try c.decodeIfPresent(Colour.self, forKey: .houseWorries) ?? panel
            houseGoodThings = try c.decodeIfPresent(Colour.self, forKey: .houseGoodThings) ?? panel
            houseDreams = try c.decodeIfPresent(Colour.self, forKey: .houseDreams) ?? panel
            marker = try c.decodeIfPresent(Colour.self, forKey: .marker) ?? heading
        }
    }

    private enum CodingKeys: String, CodingKey {
        case name, description, kind, page, margins, fontFamily, ageBands, lineSpacing, colours, pictureSize, pictureSide, gap, columns,
            sections, coverAndBack, pictureCredit, helplines
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        kind = try c.decodeIfPresent(Kind.self, forKey: .kind) ?? .booklet
        page = try c.decode(Size.self, forKey: .page)
        margins = try c.decode(Margins.self, forKey: .margins)
        fontFamily = try c.decodeIfPresent(String.self, forKey: .fontFamily) ?? "Andika"
        ageBands = try c.decode([AgeBand].self, forKey: .ageBands)
        lineSpacing = try c.decodeIfPresent(Double.self, forKey: .lineSpacing) ?? 1.3
        colours = try c.decode(Colours.self, forKey: .colours)
        pictureSize = try c.decodeIfPresent(Double.self, forKey: .pictureSize) ?? 64
        pictureSide = try c.decodeIfPresent(PictureSide.self, forKey: .pictureSide) ?? .start
        gap = try c.decodeIfPresent(Double.self, forKey: .gap) ?? 12
        columns = try c.decodeIfPresent([[String]].self, forKey: .columns) ?? []
        sections = try c.decodeIfPresent([String].self, forKey: .sections) ?? []
        coverAndBack = try c.decodeIfPresent(Bool.self, forKey: .coverAndBack) ?? (kind == .booklet)
        pictureCredit = try c.decodeIfPresent(String.self, forKey: .pictureCredit)
        helplines = try c.decodeIfPresent([Helpline].self, forKey: .helplines) ?? []
    }

    /// The type sizes for a child of `age`.
    public func band(forAge age: Int) -> AgeBand {
        ageBands.first { age <= $0.upToAge } ?? ageBands[ageBands.count - 1]
    }

    /// The section kinds in order. Unknown names are reported by `problems()`.
    public var sectionOrder: [SectionKind] {
        sections.compactMap { SectionKind(rawValue: $0) }
    }

    /// The section kinds of each column.
    public var columnOrder: [[SectionKind]] {
        columns.map { $0.compactMap { SectionKind(rawValue: $0) } }
    }

    /// Every text colour with each background it is printed on, for contrast checks.
    public var textColourPairs: [(name: String, foreground: Colour, background: Colour)] {
        let grounds: [(String, Colour)] = [
            ("background", colours.background), ("panel", colours.panel), ("quotePanel", colours.quotePanel),
            ("houseWorries", colours.houseWorries), ("houseGoodThings", colours.houseGoodThings), ("houseDreams", colours.houseDreams),
        ]
        var pairs: [(String, Colour, Colour)] = []
        for (groundName, ground) in grounds {
            pairs.append(("text on \(groundName)", colours.text, ground))
            pairs.append(("heading on \(groundName)", colours.heading, ground))
        }
        pairs.append(("white initial on marker", .white, colours.marker))
        return pairs
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
        for band in ageBands {
            if let share = band.pictureShare, !(0.05...0.4).contains(share) {
                problems.append("the age band up to \(band.upToAge) has a 'pictureShare' of \(share); use 0.05 to 0.4 of the text width")
            }
        }
        for name in sections + columns.flatMap({ $0 }) where SectionKind(rawValue: name) == nil {
            problems.append("'\(name)' is not a section; use one of " + SectionKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if kind == .columns, columns.isEmpty { problems.append("a 'columns' layout needs 'columns'") }
        for pair in textColourPairs where Colour.contrast(pair.foreground, pair.background) < 4.5 {
            problems.append("\(pair.name) has a contrast of \(Colour.contrast(pair.foreground, pair.background)); at least 4.5 is needed")
        }
        return problems
    }
}

extension Colour {
    /// WCAG relative luminance.
    public var luminance: Double {
        func channel(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// The WCAG contrast ratio of two colours, from 1 to 21, rounded to two decimals.
    public static func contrast(_ a: Colour, _ b: Colour) -> Double {
        let (l1, l2) = (max(a.luminance, b.luminance), min(a.luminance, b.luminance))
        return (((l1 + 0.05) / (l2 + 0.05)) * 100).rounded(.down) / 100
    }
}
