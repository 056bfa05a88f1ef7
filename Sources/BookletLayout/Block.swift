/// A piece of booklet content before it is placed on a page.
enum Block: Hashable {
    /// A heading kept on the same page as the block after it. `outline` adds a bookmark.
    case heading(String, level: Int, outline: String?)
    /// Words with an optional picture, perhaps inside a bubble, panel or house.
    case entry(Entry)
    /// A drawing laid out as a whole: the safety scale, the network, a row of people.
    case figure(Figure)
    /// A picture on its own, centred.
    case picture(path: String, size: Double)
    /// A picture file of the plan's own (a child's drawing, a photo) in a panel across the page,
    /// at least `Paginator.ownPictureShare` of the page.
    case ownPicture(path: String)
    /// Blocks kept on one page when a fresh page holds them all: a story line and its drawing.
    indirect case together([Block])
    /// An empty framed space, as tall as the rest of the page, with a caption.
    case drawingSpace(caption: String)
    /// Starts a new page unless the current one is still empty.
    case pageBreak
    /// Empty ruled lines to write on, such as the names of who has a copy.
    case writingLines(Int)
    /// Starts a new page unless enough of this one is left for a new section to share it.
    case sectionBreak
    /// Blocks whose boxes carry `tag` where they say nothing else.
    indirect case tagged(BoxTag, [Block])
}

/// What stands beside an entry's words.
enum PictureSpec: Hashable {
    case file(String)
    /// A coloured circle with a person's first letter, for someone with no picture.
    case initial(String)
}

/// Words, a picture beside them, and what is drawn around them. Long words
/// flow on to the next page; the picture and a house's roof stay with the first part.
struct Entry: Hashable {
    var text: String
    var picture: PictureSpec?
    /// The picture's side as a multiple of an item picture's side, which the age band sets.
    var pictureScale = 1.0
    var style: Style = .body
    var frame: Frame = .none
    /// For a house: a low roof with the house's name inside it, so three houses fit on one page.
    var lowRoof = false
    /// A type size of its own, for a phone number printed large; the style's size when nil.
    var size: Double?

    enum Style: Hashable {
        case body
        /// Bold body text, for names.
        case strong
        /// Small print, such as who drew the pictures.
        case note
    }

    enum Frame: Hashable {
        case none
        /// A coloured panel behind the words.
        case panel(Colour)
        /// A speech bubble whose tail points at the picture.
        case bubble
        /// A house with `title` in its roof and the words inside it.
        case house(title: String, fill: Colour)
    }
}

/// A drawing laid out as a whole.
enum Figure: Hashable {
    case scale(ScaleFigure)
    case network(NetworkFigure)
    /// People in a row, perhaps after a next step's who-and-by words.
    case people(PeopleRow)
    case safetyHouse(SafetyHouseFigure)
}

/// A person drawn as a picture (or their initial) with their name beneath.
struct PersonMark: Hashable {
    /// Tags every box that shows this mark with the person's name.
    func tagging(_ boxes: [Box]) -> [Box] {
        boxes.map { box in
            var box = box
            box.tag.person = box.tag.person ?? name
            return box
        }
    }

    var name: String
    var picture: PictureSpec
}

extension TextDirection {
    /// The direction a language is written in: right to left for Arabic, Urdu,
    /// Hebrew, Persian and their neighbours, else left to right.
    public init(language: String) {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        let rightToLeft: Set<String> = ["ar", "ur", "he", "iw", "fa", "ps", "yi", "dv", "ckb", "sd", "ug"]
        self = rightToLeft.contains(primary) ? .rightToLeft : .leftToRight
    }
}
