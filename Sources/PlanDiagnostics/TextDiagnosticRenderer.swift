/// The one text renderer of diagnostics, for `check`, `render` and `lint`
/// alike, the way compilers show problems: `path:line:column: severity:
/// message [CODE name]`, an excerpt with carets under the place, then
/// `= help:` with the fix.
///
/// The excerpt is the whole line (`.line`, what `check` shows a plan's writer)
/// or only the words the diagnostic is about (`.words`, what `lint` shows:
/// reports about children may be shared). Words that run on to another line,
/// or past 60 characters, end with `…`; words far along a line follow `…`.
public struct TextDiagnosticRenderer: Sendable {
    /// What of the file a diagnostic's excerpt shows.
    public enum Excerpt: Sendable {
        /// The whole line.
        case line
        /// Only the words the diagnostic is about.
        case words
    }

    /// Colour the output with ANSI escapes (for a terminal).
    public var colour: Bool
    public var excerpt: Excerpt

    public init(colour: Bool = false, excerpt: Excerpt = .line) {
        self.colour = colour
        self.excerpt = excerpt
    }

    public func render(_ fileDiagnostics: FileDiagnostics) -> String {
        var out: [UInt8] = []
        for diagnostic in fileDiagnostics.diagnostics { render(diagnostic, in: fileDiagnostics.file, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Everything taken from a file (its path, the line, words quoted in the
    /// message) is shown with control characters escaped (`\u{1B}`), so a
    /// file cannot move the cursor, clear the screen or fake other output.
    public func render(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        var out: [UInt8] = []
        render(diagnostic, in: file, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends a diagnostic's text to a byte buffer (what a long report is written from).
    public func render(_ diagnostic: Diagnostic, in file: SourceFile, into out: inout [UInt8]) {
        let start = file.location(of: diagnostic.range.start)
        let severityStyle = Self.style(of: diagnostic.severity)
        paint(.bold, &out) {
            TerminalEscaping.appendEscaped(ArraySlice(file.path.utf8), into: &$0)
            $0.append(UInt8(ascii: ":"))
            Self.appendNumber(start.line, &$0)
            $0.append(UInt8(ascii: ":"))
            Self.appendNumber(start.column, &$0)
            $0.append(contentsOf: ": ".utf8)
        }
        paint(severityStyle, &out) {
            $0.append(contentsOf: diagnostic.severity.rawValue.utf8)
            $0.append(UInt8(ascii: ":"))
        }
        paint(.bold, &out) {
            $0.append(UInt8(ascii: " "))
            TerminalEscaping.appendEscaped(ArraySlice(diagnostic.message.utf8), into: &$0)
        }
        paint(.dim, &out) {
            $0.append(contentsOf: " [".utf8)
            $0.append(contentsOf: diagnostic.code.utf8)
            $0.append(UInt8(ascii: " "))
            $0.append(contentsOf: diagnostic.name.utf8)
            $0.append(UInt8(ascii: "]"))
        }
        out.append(0x0A)
        switch excerpt {
        case .line:
            lineExcerpt(diagnostic, in: file, start: start, style: severityStyle, into: &out)
        case .words:
            if !diagnostic.range.isEmpty {
                let end = Self.end(of: diagnostic.range, in: file, start: start)
                wordsExcerpt(diagnostic, in: file, start: start, sameLine: end.line == start.line, style: severityStyle, into: &out)
            }
        }
        if let help = diagnostic.help {
            paint(.blue, &out) { $0.append(contentsOf: "  = help: ".utf8) }
            TerminalEscaping.appendEscaped(ArraySlice(help.utf8), into: &out)
            out.append(0x0A)
        }
    }

    /// The whole line, carets under the place (to the line's end when the range goes on).
    private func lineExcerpt(_ diagnostic: Diagnostic, in file: SourceFile, start: SourceLocation, style: Style, into out: inout [UInt8]) {
        let end = file.location(of: diagnostic.range.end)
        let line = file.lineText(start.line)
        guard !(line.isEmpty && file.text.isEmpty) else { return }
        let number = String(start.line)
        let gutter = String(repeating: " ", count: number.count)
        paint(.blue, &out) { $0.append(contentsOf: "\(number) | ".utf8) }
        TerminalEscaping.appendEscaped(ArraySlice(line.utf8), into: &out)
        out.append(0x0A)
        let scalars = Array(line.unicodeScalars)
        let lineLength = scalars.count
        let caretStart = min(start.column - 1, lineLength)
        let caretEnd = end.line == start.line ? max(end.column - 1, caretStart + 1) : max(lineLength, caretStart + 1)
        // As wide as the line is shown: an escaped character takes several columns.
        let prefix = scalars[..<caretStart].map { $0 == "\t" ? "\t" : String(repeating: " ", count: TerminalEscaping.width($0)) }.joined()
        let underlined = scalars[caretStart..<min(caretEnd, lineLength)].reduce(0) { $0 + TerminalEscaping.width($1) }
        let carets = max(1, underlined + max(0, caretEnd - max(caretStart, lineLength)))
        paint(.blue, &out) { $0.append(contentsOf: "\(gutter) | ".utf8) }
        out.append(contentsOf: prefix.utf8)
        paint(style, &out) { $0.append(contentsOf: repeatElement(UInt8(ascii: "^"), count: carets)) }
        out.append(0x0A)
    }

    /// The diagnostic's words in their column, carets under them; nothing else of the line.
    private func wordsExcerpt(
        _ diagnostic: Diagnostic, in file: SourceFile, start location: SourceLocation, sameLine: Bool, style: Style, into out: inout [UInt8]
    ) {
        let bytes = file.utf8
        let start = min(diagnostic.range.start, bytes.count)
        var stop = start
        let end = min(diagnostic.range.end, bytes.count)
        while stop < end, bytes[stop] != 0x0A, bytes[stop] != 0x0D { stop += 1 }
        // At most 60 characters of the words.
        var shownEnd = start
        var characters = 0
        var before60 = start
        while shownEnd < stop, characters < 60 {
            if characters == 59 { before60 = shownEnd }
            shownEnd = Self.scalarEnd(bytes, shownEnd)
            characters += 1
        }
        if shownEnd < stop {
            shownEnd = before60
            characters = 59
        }
        let cut = shownEnd < stop || !sameLine
        var number: [UInt8] = []
        Self.appendNumber(location.line, &number)
        var indent: [UInt8] = []
        if location.column - 1 > 24 {
            indent.append(contentsOf: "…".utf8)
        } else {
            var lineStart = start
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            for index in lineStart..<start where bytes[index] & 0xC0 != 0x80 {
                indent.append(bytes[index] == 0x09 ? 0x09 : 0x20)
            }
        }
        paint(.blue, &out) {
            $0.append(contentsOf: number)
            $0.append(contentsOf: " | ".utf8)
        }
        out.append(contentsOf: indent)
        let shown = TerminalEscaping.appendEscaped(bytes[start..<shownEnd], into: &out)
        if cut { out.append(contentsOf: "…".utf8) }
        out.append(0x0A)
        paint(.blue, &out) {
            $0.append(contentsOf: repeatElement(UInt8(ascii: " "), count: number.count))
            $0.append(contentsOf: " | ".utf8)
        }
        if location.column - 1 > 24 { out.append(0x20) } else { out.append(contentsOf: indent) }
        paint(style, &out) { $0.append(contentsOf: repeatElement(UInt8(ascii: "^"), count: max(1, characters, shown))) }
        out.append(0x0A)
    }

    /// Where a range ends, worked out from its start when it stays on one line.
    static func end(of range: SourceRange, in file: SourceFile, start: SourceLocation) -> SourceLocation {
        let bytes = file.utf8
        guard range.end <= bytes.count else { return file.location(of: range.end) }
        var columns = 0
        for index in range.start..<range.end {
            let byte = bytes[index]
            if byte == 0x0A { return file.location(of: range.end) }
            if byte & 0xC0 != 0x80 { columns += 1 }
        }
        return SourceLocation(line: start.line, column: start.column + columns, offset: range.end)
    }

    @inline(__always)
    private static func scalarEnd(_ bytes: [UInt8], _ index: Int) -> Int {
        var next = index + 1
        while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }

    private static func appendNumber(_ value: Int, _ out: inout [UInt8]) {
        if value >= 10 { appendNumber(value / 10, &out) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// The styles of the text output.
    public enum Style: String, Sendable {
        case bold = "1"
        case dim = "2"
        case red = "1;31"
        case yellow = "1;33"
        case blue = "1;34"
        case cyan = "1;36"
        case green = "1;32"
    }

    static func style(of severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
    }

    private func paint(_ style: Style, _ out: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
        if colour { out.append(contentsOf: "\u{1B}[\(style.rawValue)m".utf8) }
        body(&out)
        if colour { out.append(contentsOf: "\u{1B}[0m".utf8) }
    }

    /// `text` in a style, when colouring (for lines that go with the diagnostics, such as a score).
    public func styled(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

/// A one-line summary such as `2 errors and 1 warning in 3 files`.
public func diagnosticSummary(errors: Int, warnings: Int, files: Int) -> String {
    func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
    return "\(count(errors, "error")) and \(count(warnings, "warning")) in \(count(files, "file"))"
}
