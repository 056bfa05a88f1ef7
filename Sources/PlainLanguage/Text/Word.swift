import PlanDiagnostics

/// A word of the text with what the metrics and rules need to know about it.
/// (Stored compactly: a long report has hundreds of thousands.)
public struct Word: Hashable, Sendable {
    /// How a word's letters are cased.
    public enum Casing: UInt8, Sendable {
        /// `mum`.
        case lower
        /// `Mum`: first letter upper case, the rest lower.
        case capitalised
        /// `CAMHS`, `A&E`: every cased letter upper case, at least two letters.
        case allCaps
        /// `iPad`, `McDonald`.
        case mixed
        /// No cased letter: figures, or an alphabet without case.
        case uncased
    }

    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedToken: Int32
    private var storedForm: Int32
    private var storedSentence: Int32
    private var storedLetters: UInt16
    private var storedSyllables: UInt16
    public var casing: Casing
    /// Whether the word is the first of its sentence.
    public var isSentenceStart: Bool
    /// Whether the word holds a digit (`14`, `3.30`, `Y7`).
    public var hasDigits: Bool

    public init(
        token: Int, range: SourceRange, form: Int, letters: Int, syllables: Int,
        sentence: Int, isSentenceStart: Bool, casing: Casing, hasDigits: Bool
    ) {
        self.storedStart = Int32(clamping: range.start)
        self.storedEnd = Int32(clamping: range.end)
        self.storedToken = Int32(clamping: token)
        self.storedForm = Int32(clamping: form)
        self.storedSentence = Int32(clamping: sentence)
        self.storedLetters = UInt16(clamping: letters)
        self.storedSyllables = UInt16(clamping: syllables)
        self.casing = casing
        self.isSentenceStart = isSentenceStart
        self.hasDigits = hasDigits
    }

    /// Where the word is, in source bytes.
    public var range: SourceRange { SourceRange(start: Int(storedStart), end: Int(storedEnd)) }
    /// The index of the word's token.
    public var token: Int { Int(storedToken) }
    /// The number of the word's spelling (lower case, `’` as `'`) in its text's
    /// lexicon: `text.lexicon.forms[word.form]`.
    public var form: Int { Int(storedForm) }
    /// The index of the word's sentence.
    public var sentence: Int { Int(storedSentence) }
    /// Letters only: no digits, apostrophes, hyphens or full stops.
    public var letters: Int { Int(storedLetters) }
    public var syllables: Int { Int(storedSyllables) }

    /// The word as written in its file.
    public func text(in file: SourceFile) -> String {
        file.text(in: range)
    }
}
