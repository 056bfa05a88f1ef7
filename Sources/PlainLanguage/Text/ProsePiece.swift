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

    public init(range: SourceRange, endsBlock: Bool) {
        self.range = range
        self.endsBlock = endsBlock
    }
}
