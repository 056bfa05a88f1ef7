import Foundation

/// The one JSON renderer of diagnostics, for `check` and `lint` alike:
///
/// `{"files": [{"path", "errors", "warnings", LIST: [{"code", "name", "rule",
/// "severity", "line", "column", "end_line", "end_column", "text", "message",
/// "help", "suggestion", "fixes": [{"line", "column", "end_line",
/// "end_column", "replacement"}]}], …the command's own keys}]}`
///
/// LIST is `diagnostics` for `check` and `findings` for `lint`. Lines and
/// columns are 1-based, columns count characters, `end_column` is exclusive.
/// `rule` is the same as `name` and `suggestion` the same as `help` (both
/// names are kept for the programs that read them); `help` and `suggestion`
/// are null when there is nothing to say. `text` is the diagnostic's own
/// words, spaces run together, cut at 80 characters with `…`. Every key is
/// always there. Keys are sorted.
public struct JSONDiagnosticRenderer: Sendable {
    /// The key of each file's list of diagnostics.
    public var listKey: String

    public init(listKey: String = "diagnostics") {
        self.listKey = listKey
    }

    /// The document; `members` adds a command's own keys to each file's entry, by path.
    public func render(_ files: [FileDiagnostics], members: [String: [String: JSONValue]] = [:]) -> String {
        String(decoding: bytes(files, members: members), as: UTF8.self)
    }

    /// The document as UTF-8, written entry by entry without a tree of values.
    public func bytes(_ files: [FileDiagnostics], members: [String: [String: JSONValue]] = [:]) -> [UInt8] {
        var writer = JSONStreamWriter(capacity: 4096 + files.reduce(0) { $0 + $1.diagnostics.count * 420 })
        writer.beginObject()
        writer.key("files")
        writer.beginArray()
        for file in files {
            let own = members[file.file.path] ?? [:]
            writer.beginObject()
            let keys = Set(own.keys).union(["path", "errors", "warnings", listKey]).sorted()
            for name in keys {
                writer.key(name)
                switch name {
                case "path": writer.string(file.file.path)
                case "errors": writer.integer(file.diagnostics.count { $0.severity == .error })
                case "warnings": writer.integer(file.diagnostics.count { $0.severity == .warning })
                case listKey:
                    writer.beginArray()
                    for diagnostic in file.diagnostics { Self.write(diagnostic, in: file.file, to: &writer) }
                    writer.endArray()
                default: writer.value(own[name]!)
                }
            }
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.bytes
    }

    /// One diagnostic's entry, its keys in sorted order.
    static func write(_ diagnostic: Diagnostic, in file: SourceFile, to writer: inout JSONStreamWriter) {
        writer.beginObject()
        writer.member("code", diagnostic.code)
        let line = writeEnds(of: diagnostic.range, in: file, to: &writer)
        writer.key("fixes")
        writer.beginArray()
        for fix in diagnostic.fixes {
            writer.beginObject()
            writer.member("line", writeEnds(of: fix.range, in: file, to: &writer))
            writer.member("replacement", fix.replacement)
            writer.endObject()
        }
        writer.endArray()
        writer.member("help", diagnostic.help)
        writer.member("line", line)
        writer.member("message", diagnostic.message)
        writer.member("name", diagnostic.name)
        writer.member("rule", diagnostic.name)
        writer.member("severity", diagnostic.severity.rawValue)
        writer.member("suggestion", diagnostic.help)
        writer.member("text", quotedText(diagnostic, in: file))
        writer.endObject()
    }

    /// Writes a range's `column`, `end_column` and `end_line`, the keys that
    /// sort before `line`; returns the line it starts on.
    private static func writeEnds(of range: SourceRange, in file: SourceFile, to writer: inout JSONStreamWriter) -> Int {
        let start = file.location(of: range.start)
        let end = file.location(of: range.end)
        writer.member("column", start.column)
        writer.member("end_column", end.column)
        writer.member("end_line", end.line)
        return start.line
    }

    /// A diagnostic's words as the `text` key gives them.
    public static func quotedText(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        let text = file.text(in: diagnostic.range)
        if let ascii = asciiWords(text) { return ascii }
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let scalars = words.unicodeScalars
        if scalars.count <= 80 { return words }
        return String(String.UnicodeScalarView(scalars.prefix(79))) + "…"
    }

    /// `quotedText`'s words for ASCII text, byte by byte: runs of spaces, tabs
    /// and line ends made one space, ends trimmed, cut at 80 characters; nil
    /// for text with other characters.
    static func asciiWords(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(min(bytes.count, 84))
            var pendingSpace = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append(byte)
            }
            if out.count <= 80 { return String(decoding: out, as: UTF8.self) }
            return String(decoding: out[..<79], as: UTF8.self) + "…"
        }
    }
}
