import PlanDiagnostics

// Typed views over the syntax tree, in the swift-syntax and swift-markdown
// style: each wraps one node and names its parts, so code that reads the tree
// asks `item.firstLine.words` instead of `node.child(.itemLine)?.children(.words)`.
// The tree itself stays one generic `SyntaxNode`; a view is built only from a
// node of its own kind (`init?(_:)` returns nil for any other).

/// The whole file: its title, its details and its sections.
public struct DocumentSyntax: Sendable {
    public let node: SyntaxNode

    public init?(_ node: SyntaxNode) {
        guard node.kind == .document else { return nil }
        self.node = node
    }

    /// The `# Title` line.
    public var title: LineSyntax? { node.child(.title).map(LineSyntax.init(unchecked:)) }
    /// The `key: value` lines before the first section.
    public var details: [LineSyntax] { node.children(.detail).map(LineSyntax.init(unchecked:)) }
    public var sections: [SectionSyntax] { node.children(.section).map(SectionSyntax.init(unchecked:)) }
}

/// `## Name` and everything up to the next section.
public struct SectionSyntax: Sendable {
    public let node: SyntaxNode

    public init?(_ node: SyntaxNode) {
        guard node.kind == .section else { return nil }
        self.node = node
    }

    init(unchecked node: SyntaxNode) { self.node = node }

    /// The `## Name` line.
    public var heading: LineSyntax? { node.child(.sectionHeading).map(LineSyntax.init(unchecked:)) }
    /// The name after `## `; nil when the heading is empty.
    public var name: SyntaxNode? { heading?.words.first }
    /// What the section holds after its heading, comments and blank lines left out.
    public var members: [MemberSyntax] { MemberSyntax.members(of: node.children) }
}

/// `### Title` and the lines up to the next page or section.
public struct PageSyntax: Sendable {
    public let node: SyntaxNode

    public init?(_ node: SyntaxNode) {
        guard node.kind == .page else { return nil }
        self.node = node
    }

    /// The `### Title` line.
    public var heading: LineSyntax { LineSyntax(unchecked: node.children[0]) }
    /// The title after `### `; nil when the heading is empty.
    public var title: SyntaxNode? { heading.words.first }
    /// The page's lines after its heading, comments and blank lines left out.
    public var members: [MemberSyntax] { MemberSyntax.members(of: node.children) }
}

/// `- text` with the indented lines that continue it.
public struct ItemSyntax: Sendable {
    public let node: SyntaxNode

    public init?(_ node: SyntaxNode) {
        guard node.kind == .item else { return nil }
        self.node = node
    }

    /// The `- words` line that starts the item.
    public var firstLine: LineSyntax { LineSyntax(unchecked: node.children[0]) }
    /// The indented lines under the first, in order.
    public var followingLines: [ItemLineSyntax] {
        node.children.dropFirst().compactMap { child in
            switch child.kind {
            case .continuation: .continuation(LineSyntax(unchecked: child))
            case .attribute: .attribute(LineSyntax(unchecked: child))
            default: nil
            }
        }
    }
}

/// An indented line under an item.
public enum ItemLineSyntax: Sendable {
    /// More of the item's text.
    case continuation(LineSyntax)
    /// `key: value`, such as `who: Mum`.
    case attribute(LineSyntax)
}

/// What a section or a page holds, one case a kind of line or block.
public enum MemberSyntax: Sendable {
    case item(ItemSyntax)
    /// `key: value`, such as `question:` or `worries:`.
    case field(LineSyntax)
    /// `> "words" (Name)`
    case quote(LineSyntax)
    /// A line of plain text.
    case text(LineSyntax)
    case page(PageSyntax)
    /// A line the parser could not place (it has reported it).
    case unexpected(LineSyntax)

    /// The node the member wraps.
    public var node: SyntaxNode {
        switch self {
        case .item(let item): item.node
        case .page(let page): page.node
        case .field(let line), .quote(let line), .text(let line), .unexpected(let line): line.node
        }
    }

    /// The line a problem with the whole member points at: an item's or a page's first line, or the line itself.
    public var firstLine: LineSyntax {
        switch self {
        case .item(let item): item.firstLine
        case .page(let page): page.heading
        case .field(let line), .quote(let line), .text(let line), .unexpected(let line): line
        }
    }

    static func members(of children: [SyntaxNode]) -> [MemberSyntax] {
        children.compactMap { child in
            switch child.kind {
            case .item: .item(ItemSyntax(unchecked: child))
            case .page: .page(PageSyntax(unchecked: child))
            case .field: .field(LineSyntax(unchecked: child))
            case .quote: .quote(LineSyntax(unchecked: child))
            case .text: .text(LineSyntax(unchecked: child))
            case .unexpected: .unexpected(LineSyntax(unchecked: child))
            default: nil
            }
        }
    }
}

/// One line of the file (a title, detail, heading, item line, continuation,
/// attribute, field, quote, text or comment) and its tokens by role.
public struct LineSyntax: Sendable {
    public let node: SyntaxNode

    public init?(_ node: SyntaxNode) {
        guard !node.kind.isToken, ![.document, .section, .page, .item, .pictureTag].contains(node.kind) else { return nil }
        self.node = node
    }

    init(unchecked node: SyntaxNode) { self.node = node }

    public var kind: SyntaxKind { node.kind }
    /// The key of a `key: value` line.
    public var key: SyntaxNode? { node.child(.key) }
    /// The value after the colon, without a trailing picture tag.
    public var value: SyntaxNode? { node.child(.value) }
    /// The line's text pieces (`words` tokens), in order.
    public var words: [SyntaxNode] { node.children(.words) }
    /// `(Name)` after a quote.
    public var attribution: SyntaxNode? { node.child(.attribution) }
    /// The `[picture: NAME]` at the end of the line.
    public var pictureTag: PictureTagSyntax? { node.child(.pictureTag).map(PictureTagSyntax.init(unchecked:)) }
    /// The NAME of a `picture: NAME` attribute.
    public var pictureName: SyntaxNode? { node.child(.pictureName) }

    /// From the line's first to its last significant byte (no indentation, no line ending).
    public var content: SourceRange { span(of: node.tokens.filter { $0.kind != .trivia }) ?? node.range }
    /// As `content`, but without a trailing picture tag; nil when the line holds only the tag.
    public var contentWithoutPicture: SourceRange? {
        span(of: node.children.filter { $0.kind != .trivia && $0.kind != .pictureTag })
    }

    private func span(of tokens: [SyntaxNode]) -> SourceRange? {
        guard let first = tokens.first, let last = tokens.last else { return nil }
        return SourceRange(start: first.range.start, end: last.range.end)
    }
}

/// `[picture: NAME]`
public struct PictureTagSyntax: Sendable {
    public let node: SyntaxNode

    init(unchecked node: SyntaxNode) { self.node = node }

    /// The NAME; nil in `[picture: ]`.
    public var name: SyntaxNode? { node.child(.pictureName) }
}

extension ItemSyntax {
    init(unchecked node: SyntaxNode) { self.node = node }
}

extension PageSyntax {
    init(unchecked node: SyntaxNode) { self.node = node }
}
