/// How a command shows its diagnostics: the one choice `check` and `lint` offer (`--format`).
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `TextDiagnosticRenderer`, on a terminal or in a log.
    case text
    /// `JSONDiagnosticRenderer`, for programs.
    case json
    /// `SARIFRenderer`, for code-scanning views.
    case sarif
}
