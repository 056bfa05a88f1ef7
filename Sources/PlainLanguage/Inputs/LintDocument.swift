import Foundation
import PlanDiagnostics
import PlanModel

/// The kinds of file `planbook lint` reads.
public enum InputKind: String, Sendable, Hashable, CaseIterable {
    /// A safety plan: only the texts the child and family will read.
    case plan
    /// Plain text.
    case text
    /// Markdown: the prose, not code or markup.
    case markdown
    /// A Word document: the paragraphs of `word/document.xml`, a line each.
    case word

    /// The kind a file name says, or nil for a name planbook does not read in folders.
    public static func of(path: String) -> InputKind? {
        switch (path as NSString).pathExtension.lowercased() {
        case "plan": .plan
        case "txt", "text": .text
        case "md", "markdown": .markdown
        case "docx": .word
        default: nil
        }
    }
}

/// A file made ready for linting: its text, the prose in it, and what a plan says about its reader.
public struct LintDocument: Sendable {
    /// The file as read (for a Word document: its paragraphs, one a line).
    public var file: SourceFile
    /// What kind of file it is.
    public var kind: InputKind
    /// The prose to read, in order.
    public var pieces: [ProsePiece]
    /// The child's age, from a plan's `age:`.
    public var childAge: Int?
    /// A plan's own `reading age:`.
    public var readingAge: Int?
    /// A plan's `language:`, a BCP 47 tag.
    public var language: String?
    /// A plan's `// lint: allow` comments.
    public var allowances: LintAllowances
    /// Problems with the file as a whole: errors, so the file is not scored.
    public var problems: [Diagnostic]
    /// Warnings about the file as a whole (read as Windows-1252…), reported with the findings.
    public var notices: [Diagnostic]

    public init(
        file: SourceFile, kind: InputKind, pieces: [ProsePiece], childAge: Int? = nil, readingAge: Int? = nil,
        language: String? = nil, allowances: LintAllowances = LintAllowances(), problems: [Diagnostic] = [], notices: [Diagnostic] = []
    ) {
        self.notices = notices
        self.language = language
        self.file = file
        self.kind = kind
        self.pieces = pieces
        self.childAge = childAge
        self.readingAge = readingAge
        self.allowances = allowances
        self.problems = problems
    }

    /// Whether the text is English (or says no language), so the checks apply.
    public var isEnglish: Bool {
        guard let language else { return true }
        return language.lowercased() == "en" || language.lowercased().hasPrefix("en-")
    }

    /// The document for a file's text.
    public static func document(_ file: SourceFile, kind: InputKind) -> LintDocument {
        switch kind {
        case .plan: PlanExtractor.document(file)
        case .markdown: LintDocument(file: file, kind: kind, pieces: MarkdownExtractor.pieces(of: file))
        case .text, .word: LintDocument(file: file, kind: kind, pieces: PlainTextExtractor.pieces(of: file))
        }
    }

    /// The document of a Word file whose paragraphs have been read: one line a paragraph.
    public static func word(path: String, paragraphs: [String]) -> LintDocument {
        let file = SourceFile(path: path, text: paragraphs.joined(separator: "\n"))
        var pieces: [ProsePiece] = []
        var start = 0
        for paragraph in paragraphs {
            let length = paragraph.utf8.count
            if length > 0 { pieces.append(ProsePiece(range: SourceRange(start: start, end: start + length), endsBlock: true)) }
            start += length + 1
        }
        return LintDocument(file: file, kind: .word, pieces: pieces)
    }
}
