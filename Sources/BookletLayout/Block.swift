/// A piece of booklet content before it is placed on a page.
enum Block: Hashable {
    /// A heading kept on the same page as the block after it. `outline` adds a bookmark.
    case heading(String, level: Int, outline: String?)
    /// Words with an optional picture on the start side. Quotes sit on a coloured panel.
    case entry(text: String, picture: String?, kind: EntryKind)
    /// A picture on its own.
    case picture(path: String, size: Double)
    /// An empty framed space, as tall as the rest of the page, with a caption.
    case drawingSpace(caption: String)
    /// Starts a new page unless the current one is still empty.
    case pageBreak

    enum EntryKind: Hashable {
        case body
        case quote
        case title
        case line
    }
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
