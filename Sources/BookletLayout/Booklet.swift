import PlanModel

/// The way text runs on a page.
public enum TextDirection: String, Sendable, Hashable, Codable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}

/// How a run of text looks. Sizes are in points.
public struct TextStyle: Hashable, Sendable {
    public var fontFamily: String
    public var size: Double
    public var bold: Bool
    public var colour: Colour
    /// Line height as a multiple of the font size.
    public var lineSpacing: Double
    /// Where lines sit in their box. Easy-read text is aligned to the start; labels under pictures are centred.
    public var alignment: TextAlignment

    public init(
        fontFamily: String, size: Double, bold: Bool = false, colour: Colour = .black, lineSpacing: Double = 1.25,
        alignment: TextAlignment = .start
    ) {
        self.fontFamily = fontFamily
        self.size = size
        self.bold = bold
        self.colour = colour
        self.lineSpacing = lineSpacing
        self.alignment = alignment
    }
}

/// Where lines sit in their box.
public enum TextAlignment: String, Hashable, Sendable {
    /// Left for left-to-right text, right for right-to-left: never justified.
    case start
    case centre
}

/// Measures how much room text takes when wrapped to a width. The real
/// measurer shapes text with Pango; tests use a fixed-advance fake.
public protocol TextMeasurer {
    /// The size of `text` laid out in `style`, wrapped at word boundaries to `width`
    /// (not wrapped when `width` is not positive): the widest line's width and the height of all lines.
    /// `language` is a BCP 47 tag and `direction` the base direction of the paragraph.
    func measure(_ text: String, style: TextStyle, width: Double, language: String, direction: TextDirection) -> Size
}

/// What a box on a page shows.
public enum BoxContent: Hashable, Sendable {
    /// Wrapped text, aligned to the start edge of its frame for its direction.
    case text(String, TextStyle)
    /// A picture file (SVG, PNG or JPEG) scaled to fit its frame, keeping its shape.
    case picture(path: String)
    /// A filled rounded rectangle drawn behind other boxes.
    case panel(fill: Colour, cornerRadius: Double)
    /// A drawing (a house, a speech bubble, a ruler) behind or beside the words.
    case shape(Shape)
}

/// One positioned thing on a page.
public struct Box: Hashable, Sendable {
    /// What the box is for, such as `title`, `heading`, `body`, `quote`, `picture`, `panel`.
    /// The PDF structure tags follow it.
    public var role: BoxRole
    public var frame: Rect
    public var content: BoxContent
    /// What in the plan the box shows, for the page-box dump and tests.
    public var tag: BoxTag

    public init(role: BoxRole, frame: Rect, content: BoxContent, tag: BoxTag = BoxTag()) {
        self.role = role
        self.frame = frame
        self.content = content
        self.tag = tag
    }
}

/// What in the plan a box shows: the part of the booklet, the section, the
/// item it belongs to and the person it shows. `planbook render --format boxes` writes it.
public struct BoxTag: Hashable, Sendable {
    /// The part of the booklet a box belongs to.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        case heading, item, impact, who, person, quote, story, house, scale, network, drawing
        case pageNumber = "page-number"
        case other
    }

    public var role: Role?
    public var section: SectionKind?
    /// One number shared by every box of one item (its words, impact, who line and people).
    public var item: Int?
    /// The person's name as the plan writes it.
    public var person: String?

    public init(role: Role? = nil, section: SectionKind? = nil, item: Int? = nil, person: String? = nil) {
        self.role = role
        self.section = section
        self.item = item
        self.person = person
    }

    /// This tag with what it leaves open taken from `outer`, the tag of the group the box stands in.
    public func inside(_ outer: BoxTag) -> BoxTag {
        BoxTag(role: role ?? outer.role, section: section ?? outer.section, item: item ?? outer.item, person: person ?? outer.person)
    }
}

extension SectionKind {
    /// The section's name in lower-case words joined by `-`: `what-happened`, `safety-house`.
    public var slug: String {
        title.lowercased().split(separator: " ").joined(separator: "-")
    }
}

/// What a box is for. Headings become PDF H1/H2, body and quotes P, pictures Figure.
public enum BoxRole: String, Hashable, Sendable {
    case title
    case heading
    case subheading
    case body
    case quote
    case caption
    case picture
    case panel
    /// A drawing that decorates (a house outline, a bubble, a ruler); untagged like panels.
    case drawing
}

/// A page of positioned boxes.
public struct Page: Hashable, Sendable {
    public var size: Size
    /// The area inside the margins; every box but page-filling panels lies inside it.
    public var contentArea: Rect
    public var background: Colour
    public var boxes: [Box]

    public init(size: Size, contentArea: Rect, background: Colour = .white, boxes: [Box] = []) {
        self.size = size
        self.contentArea = contentArea
        self.background = background
        self.boxes = boxes
    }
}

/// A bookmark in the PDF's outline.
public struct OutlineEntry: Hashable, Sendable {
    public var title: String
    /// 0-based index of the page it opens.
    public var pageIndex: Int
    /// 1 for a top-level entry.
    public var level: Int

    public init(title: String, pageIndex: Int, level: Int = 1) {
        self.title = title
        self.pageIndex = pageIndex
        self.level = level
    }
}

/// The PDF document information.
public struct DocumentMetadata: Hashable, Sendable {
    public var title: String
    public var author: String?
    public var subject: String?
    public var keywords: String?
    /// Used for both creation and modification dates, as `YYYY-MM-DDT00:00:00Z`,
    /// so the same plan always gives the same bytes.
    public var date: String

    public init(title: String, author: String? = nil, subject: String? = nil, keywords: String? = nil, date: String) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.date = date
    }
}

/// A laid-out booklet: everything the painter needs, and nothing from the parser.
public struct Booklet: Hashable, Sendable {
    public var metadata: DocumentMetadata
    public var language: String
    public var direction: TextDirection
    public var pages: [Page]
    public var outline: [OutlineEntry]

    public init(metadata: DocumentMetadata, language: String, direction: TextDirection, pages: [Page], outline: [OutlineEntry]) {
        self.metadata = metadata
        self.language = language
        self.direction = direction
        self.pages = pages
        self.outline = outline
    }
}
