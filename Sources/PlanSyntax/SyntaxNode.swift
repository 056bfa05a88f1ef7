import PlanDiagnostics

/// What a node of the syntax tree is.
public enum SyntaxKind: String, Sendable, Hashable {
    // Nodes
    /// The whole file.
    case document
    /// `# Title`
    case title
    /// `key: value` before the first section.
    case detail
    /// `## Name` and everything up to the next section.
    case section
    /// The `## Name` line of a section.
    case sectionHeading
    /// `- text`, with its continuation and attribute lines.
    case item
    /// The `- words` line that starts an item.
    case itemLine
    /// An indented line that continues an item's text.
    case continuation
    /// An indented `key: value` line under an item.
    case attribute
    /// `> "words" (Name)`
    case quote
    /// `key: value` inside a section, such as `question:` or `worries:`.
    case field
    /// `### Title` and the lines up to the next page or section.
    case page
    /// The `### Title` line of a page.
    case pageHeading
    /// A line of plain text inside a section.
    case text
    /// `// a comment`
    case comment
    /// `// lint: allow NAME`
    case lintAllow
    /// A line the parser could not place; an error diagnostic points at it.
    case unexpected

    // Tokens
    /// `#`, `##`, `###`, `-` or `>`.
    case marker
    case key
    case colon
    case value
    case words
    /// `[picture: NAME]`: a `[picture:` marker, the name and a `]` marker.
    case pictureTag
    /// The NAME inside a picture tag, or the value of a `picture:` attribute.
    case pictureName
    /// `(Name)` after a quote.
    case attribution
    /// Spaces, tabs, line endings and blank lines.
    case trivia

    /// Whether this kind is a leaf that covers bytes of the file itself.
    public var isToken: Bool {
        switch self {
        case .marker, .key, .colon, .value, .words, .pictureName, .attribution, .trivia: true
        default: false
        }
    }
}

/// A node of the lossless syntax tree. Tokens are leaves; every byte of the
/// file belongs to exactly one token, so the tree gives back the file exactly.
public struct SyntaxNode: Sendable, Hashable {
    public var kind: SyntaxKind
    public var range: SourceRange
    public var children: [SyntaxNode]

    public init(kind: SyntaxKind, range: SourceRange, children: [SyntaxNode] = []) {
        self.kind = kind
        self.range = range
        self.children = children
    }

    /// The first child of a kind.
    public func child(_ kind: SyntaxKind) -> SyntaxNode? {
        children.first { $0.kind == kind }
    }

    /// Every child of a kind, in order.
    public func children(_ kind: SyntaxKind) -> [SyntaxNode] {
        children.filter { $0.kind == kind }
    }

    /// The children that are not trivia.
    public var significantChildren: [SyntaxNode] {
        children.filter { $0.kind != .trivia }
    }

    /// Calls `visit` on this node and every node below it, depth first, in source order.
    public func walk(_ visit: (SyntaxNode) -> Void) {
        visit(self)
        for child in children { child.walk(visit) }
    }

    /// Every token below this node, in source order.
    public var tokens: [SyntaxNode] {
        var result: [SyntaxNode] = []
        walk { if $0.kind.isToken { result.append($0) } }
        return result
    }
}
