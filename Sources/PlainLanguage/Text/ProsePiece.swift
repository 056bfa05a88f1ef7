import PlanDiagnostics

/// A stretch of a source file that is prose to be read: the bytes in `range`
/// are taken as they are (markup, code and the like are left out by not being
/// in any piece). Pieces follow one another in reading order.
public struct ProsePiece: Hashable, Sendable {
    /// The UTF-8 byte range of the prose in the source file.
    public var range: SourceRange
    /// Whether a block ends here (a paragraph, a heading, a list item, a text of
    /// a plan): the sentence ends with it, full stop or not. Otherwise the next
    /// piece carries on the same sentence, as if a space stood between them.
    public var endsBlock: Bool
    /// What kind of block the piece is in (the first piece of a block decides).
    public var kind: BlockKind

    public init(range: SourceRange, endsBlock: Bool, kind: BlockKind = .paragraph) {
        self.range = range
        self.endsBlock = endsBlock
        self.kind = kind
    }

    /// Marks the pieces from `start` on as being in a block of a kind.
    public static func mark(_ pieces: inout [ProsePiece], from start: Int, as kind: BlockKind) {
        for index in start..<pieces.count { pieces[index].kind = kind }
    }
}

/// What a block of prose is, for counting sentences: the readability formulas
/// count sentences a reader reads as sentences, not a form's labels.
public enum BlockKind: UInt8, Hashable, Sendable {
    /// A paragraph, a quote, a text of a plan.
    case paragraph
    case heading
    case listItem
    case tableCell
    /// The words beside a box to tick.
    case checkbox
}
