import PlanDiagnostics

/// One token of prose: a word, or a punctuation mark that matters to sentences.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable {
        /// Letters and digits with the joiners inside them: `Mum's`, `grown-up`,
        /// `e.g.`, `41.5`, `3.30`, `1,000`, `A&E`.
        case word
        /// `.` outside a word.
        case fullStop
        /// `!` or `?`.
        case terminal
        /// `...` or `…`.
        case ellipsis
        /// An opening quotation mark or bracket.
        case opening
        /// A closing quotation mark or bracket.
        case closing
        /// Any other mark: commas, colons, dashes, slashes.
        case other
    }

    private var storedStart: Int32
    private var storedEnd: Int32
    public var kind: Kind
    /// Whether space (or the start of a piece of prose) stands right before it.
    public var spaceBefore: Bool
    /// Whether a block (paragraph, heading, list item) ends after it.
    public var endsBlock: Bool
    /// The kind of the block the token's piece is in.
    public var blockKind: BlockKind

    public init(kind: Kind, range: SourceRange, spaceBefore: Bool, endsBlock: Bool = false, blockKind: BlockKind = .paragraph) {
        self.storedStart = Int32(clamping: range.start)
        self.storedEnd = Int32(clamping: range.end)
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.endsBlock = endsBlock
        self.blockKind = blockKind
    }

    /// Where the token is, in the source file's bytes.
    public var range: SourceRange { SourceRange(start: Int(storedStart), end: Int(storedEnd)) }
}
