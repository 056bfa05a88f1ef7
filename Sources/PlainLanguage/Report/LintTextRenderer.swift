import Foundation
import PlanDiagnostics

/// Shows lint reports the way compilers show problems:
/// `path:line:column: warning: message [PL101 jargon]`, the finding's own
/// words under their column with carets, the suggestion, and then the file's
/// score with its four parts.
///
/// Unlike `check`, the excerpt shows only the words the finding is about,
/// never the rest of the line: reports about children may be shared. Words
/// that run on to another line, or past 60 characters, end with `…`.
public struct LintTextRenderer: Sendable {
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// Every finding of a report, then its score.
    public func render(_ report: LintReport) -> String {
        var out: [UInt8] = []
        render(report, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends a report's text to a byte buffer (what the command writes).
    public func render(_ report: LintReport, into out: inout [UInt8]) {
        out.reserveCapacity(out.count + report.findings.count * 200)
        for finding in report.findings { render(finding, in: report.file, into: &out) }
        out.append(contentsOf: summary(report).utf8)
    }

    public func render(_ finding: Diagnostic, in file: SourceFile) -> String {
        var out: [UInt8] = []
        render(finding, in: file, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public func render(_ finding: Diagnostic, in file: SourceFile, into out: inout [UInt8]) {
        let start = file.location(of: finding.range.start)
        let end = Self.end(of: finding.range, in: file, start: start)
        let severityStyle: Style = finding.severity == .error ? .red : finding.severity == .warning ? .yellow : .cyan
        paint(.bold, &out) {
            $0.append(contentsOf: file.path.utf8)
            $0.append(UInt8(ascii: ":"))
            Self.appendNumber(start.line, &$0)
            $0.append(UInt8(ascii: ":"))
            Self.appendNumber(start.column, &$0)
            $0.append(contentsOf: ": ".utf8)
        }
        paint(severityStyle, &out) {
            $0.append(contentsOf: finding.severity.rawValue.utf8)
            $0.append(UInt8(ascii: ":"))
        }
        paint(.bold, &out) {
            $0.append(UInt8(ascii: " "))
            $0.append(contentsOf: finding.message.utf8)
        }
        paint(.dim, &out) {
            $0.append(contentsOf: " [".utf8)
            $0.append(contentsOf: finding.code.utf8)
            $0.append(UInt8(ascii: " "))
            $0.append(contentsOf: finding.name.utf8)
            $0.append(UInt8(ascii: "]"))
        }
        out.append(0x0A)
        if !finding.range.isEmpty {
            excerpt(finding, in: file, start: start, sameLine: end.line == start.line, style: severityStyle, into: &out)
        }
        if let help = finding.help {
            paint(.blue, &out) { $0.append(contentsOf: "  = help: ".utf8) }
            out.append(contentsOf: help.utf8)
            out.append(0x0A)
        }
    }

    /// The finding's words in their column, carets under them; nothing else of
    /// the line. Words far along a line are shown after `…` instead of spaces.
    private func excerpt(_ finding: Diagnostic, in file: SourceFile, start location: SourceLocation, sameLine: Bool, style: Style, into out: inout [UInt8]) {
        let bytes = file.utf8
        let start = min(finding.range.start, bytes.count)
        var stop = start
        let end = min(finding.range.end, bytes.count)
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
        out.append(contentsOf: bytes[start..<shownEnd])
        if cut { out.append(contentsOf: "…".utf8) }
        out.append(0x0A)
        paint(.blue, &out) {
            $0.append(contentsOf: repeatElement(UInt8(ascii: " "), count: number.count))
            $0.append(contentsOf: " | ".utf8)
        }
        if location.column - 1 > 24 { out.append(0x20) } else { out.append(contentsOf: indent) }
        paint(style, &out) { $0.append(contentsOf: repeatElement(UInt8(ascii: "^"), count: max(1, characters))) }
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

    /// `path: score 6.2/10 (plain) for parents and carers (reading age 9–11)` and its parts.
    public func summary(_ report: LintReport) -> String {
        guard let score = report.score else {
            let reason = report.hasErrors ? "the file could not be read" : "no readability measure for \(LanguageName.of(report.document.language ?? "")) yet"
            return styled("\(report.path): not scored: \(reason)\n", .bold)
        }
        var out = styled("\(report.path): ", .bold)
        out += styled("score \(format1(score.value))/10 (\(score.isPlain ? "plain" : "not plain"))", score.isPlain ? .green : .red)
        out += " for \(report.target.description)\n"
        for part in score.parts {
            let name = part.name.padding(toLength: 12, withPad: " ", startingAt: 0)
            let points = "\(Self.trimmed(part.points))/\(Self.trimmed(part.maximum))".padding(toLength: 9, withPad: " ", startingAt: 0)
            out += "    \(name)\(points)\(part.reason)\n"
        }
        return out
    }

    /// `3`, `2.5`, `0.75`.
    static func trimmed(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// At most `limit` characters, with `…` when cut.
    static func shortened(_ text: String, to limit: Int) -> String {
        let scalars = text.unicodeScalars
        if scalars.count <= limit { return text }
        return String(String.UnicodeScalarView(scalars.prefix(limit - 1))) + "…"
    }

    private enum Style: String {
        case bold = "1", dim = "2", red = "1;31", yellow = "1;33", blue = "1;34", cyan = "1;36", green = "1;32"
    }

    private func paint(_ style: Style, _ out: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
        if colour { out.append(contentsOf: "\u{1B}[\(style.rawValue)m".utf8) }
        body(&out)
        if colour { out.append(contentsOf: "\u{1B}[0m".utf8) }
    }

    private func styled(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
