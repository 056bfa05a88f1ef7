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
    /// Problems with the file as a whole.
    public var problems: [Diagnostic]

    public init(
        file: SourceFile, kind: InputKind, pieces: [ProsePiece], childAge: Int? = nil, readingAge: Int? = nil,
        language: String? = nil, allowances: LintAllowances = LintAllowances(), problems: [Diagnostic] = []
    ) {
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

    /// The largest file read: 16 MiB of text, 64 MiB for a Word file.
    public static let maximumTextSize = 16 << 20
    /// The largest Word document read.
    public static let maximumWordSize = 64 << 20

    /// Reads a file of any kind; a file whose name says no kind is read as text.
    public static func read(path: String) -> LintDocument {
        let kind = InputKind.of(path: path) ?? .text
        let failure = { (reason: String) in
            LintDocument(file: SourceFile(path: path, text: ""), kind: kind, pieces: [], problems: [FileProblems.unreadableFile(reason)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failure("there is no file at '\(path)'")
        }
        guard !isDirectory.boolValue else { return failure("'\(path)' is a folder") }
        if kind == .word {
            do {
                let paragraphs = try WordDocumentReader.paragraphs(of: URL(fileURLWithPath: path), limit: maximumWordSize)
                return WordDocumentReader.document(path: path, paragraphs: paragraphs)
            } catch {
                return failure("'\(path)' cannot be read as a Word document: \(error)")
            }
        }
        guard let bytes = FileBytes.read(path) else { return failure("'\(path)' cannot be read") }
        guard bytes.count <= maximumTextSize else {
            return failure("the file is \(bytes.count >> 20) MiB; planbook lints text files of up to \(maximumTextSize >> 20) MiB")
        }
        guard let text = decode(bytes) else { return failure("'\(path)' is not a text file") }
        return document(SourceFile(path: path, text: text), kind: kind)
    }

    /// The document for a file's text.
    public static func document(_ file: SourceFile, kind: InputKind) -> LintDocument {
        switch kind {
        case .plan: PlanExtractor.document(file)
        case .markdown: LintDocument(file: file, kind: kind, pieces: MarkdownExtractor.pieces(of: file))
        case .text, .word: LintDocument(file: file, kind: kind, pieces: PlainTextExtractor.pieces(of: file))
        }
    }

    /// UTF-8, or else Windows-1252 (what older Windows editors save); nil for binary data.
    static func decode(_ bytes: [UInt8]) -> String? {
        if bytes.contains(0) { return nil }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(data: Data(bytes), encoding: .windowsCP1252)
    }
}
