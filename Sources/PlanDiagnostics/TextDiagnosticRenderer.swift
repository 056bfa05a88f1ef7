/// Shows diagnostics the way compilers do: `path:line:column: error: message`,
/// then the line with a caret under the place, then the fix.
public struct TextDiagnosticRenderer: Sendable {
    /// Colour the output with ANSI escapes (for a terminal).
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(_ fileDiagnostics: FileDiagnostics) -> String {
        fileDiagnostics.diagnostics.map { render($0, in: fileDiagnostics.file) }.joined()
    }

    public func render(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        let start = file.location(of: diagnostic.range.start)
        let end = file.location(of: diagnostic.range.end)
        var out = paint("\(file.path):\(start.line):\(start.column): ", .bold)
        out += paint("\(diagnostic.severity.rawValue):", diagnostic.severity == .error ? .red : .yellow)
        out += paint(" \(diagnostic.message)", .bold)
        out += paint(" [\(diagnostic.code) \(diagnostic.name)]", .dim)
        out += "\n"

        let line = file.lineText(start.line)
        if !(line.isEmpty && file.text.isEmpty) {
            let number = String(start.line)
            let gutter = String(repeating: " ", count: number.count)
            out += paint("\(number) | ", .blue) + line + "\n"
            let lineLength = line.unicodeScalars.count
            let caretStart = min(start.column - 1, lineLength)
            let caretEnd = end.line == start.line ? max(end.column - 1, caretStart + 1) : max(lineLength, caretStart + 1)
            let prefix = line.unicodeScalars.prefix(caretStart).map { $0 == "\t" ? "\t" : " " }.joined()
            out += paint("\(gutter) | ", .blue) + prefix
            out += paint(String(repeating: "^", count: caretEnd - caretStart), diagnostic.severity == .error ? .red : .yellow)
            out += "\n"
        }
        if let help = diagnostic.help {
            out += paint("  = help: ", .blue) + help + "\n"
        }
        return out
    }

    private enum Style: String {
        case bold = "1"
        case dim = "2"
        case red = "1;31"
        case yellow = "1;33"
        case blue = "1;34"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

/// A one-line summary such as `2 errors and 1 warning in 3 files`.
public func diagnosticSummary(errors: Int, warnings: Int, files: Int) -> String {
    func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    return "\(count(errors, "error")) and \(count(warnings, "warning")) in \(count(files, "file"))"
}
