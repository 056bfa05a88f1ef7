/// How serious a diagnostic is. An error stops a booklet being made;
/// a warning is something a casefile audit would flag.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A suggested edit: replace the text in `range` with `replacement`.
public struct Fix: Hashable, Sendable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// The one diagnostic type of planbook: every error, warning and lint finding
/// is one of these, whatever stage found it and whatever format shows it.
public struct Diagnostic: Hashable, Sendable {
    /// A stable code such as `PB103`, for documentation and suppression.
    public var code: String
    /// A short stable name such as `unknown-detail`.
    public var name: String
    public var severity: Severity
    /// What is wrong, in plain words.
    public var message: String
    /// Where, in the file's bytes. An empty range points between characters.
    public var range: SourceRange
    /// What to write instead, in plain words, when there is something to say.
    public var help: String?
    /// Machine-applicable edits that fix the problem.
    public var fixes: [Fix]

    public init(
        code: String, name: String, severity: Severity, message: String,
        range: SourceRange, help: String? = nil, fixes: [Fix] = []
    ) {
        self.code = code
        self.name = name
        self.severity = severity
        self.message = message
        self.range = range
        self.help = help
        self.fixes = fixes
    }
}

/// The diagnostics of one file, with the file they point into.
public struct FileDiagnostics: Sendable, Error {
    public var file: SourceFile
    public var diagnostics: [Diagnostic]

    public init(file: SourceFile, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics.sorted { ($0.range.start, $0.code) < ($1.range.start, $1.code) }
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
