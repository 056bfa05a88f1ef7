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
        let output: JSONValue = .object([
            "files": .array(
                files.map { file in
                    var entry = members[file.file.path] ?? [:]
                    entry["path"] = .string(file.file.path)
                    entry["errors"] = .integer(file.diagnostics.count { $0.severity == .error })
                    entry["warnings"] = .integer(file.diagnostics.count { $0.severity == .warning })
                    entry[listKey] = .array(file.diagnostics.map { Self.entry($0, in: file.file) })
                    return .object(entry)
                })
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(output) else { return "{\"files\":[]}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// One diagnostic's entry.
    public static func entry(_ diagnostic: Diagnostic, in file: SourceFile) -> JSONValue {
        let start = file.location(of: diagnostic.range.start)
        let end = file.location(of: diagnostic.range.end)
        let help: JSONValue = diagnostic.help.map { .string($0) } ?? .null
        return .object([
            "code": .string(diagnostic.code), "name": .string(diagnostic.name), "rule": .string(diagnostic.name),
            "severity": .string(diagnostic.severity.rawValue),
            "line": .integer(start.line), "column": .integer(start.column),
            "end_line": .integer(end.line), "end_column": .integer(end.column),
            "text": .string(quotedText(diagnostic, in: file)), "message": .string(diagnostic.message),
            "help": help, "suggestion": help,
            "fixes": .array(
                diagnostic.fixes.map { fix in
                    let from = file.location(of: fix.range.start)
                    let to = file.location(of: fix.range.end)
                    return .object([
                        "line": .integer(from.line), "column": .integer(from.column),
                        "end_line": .integer(to.line), "end_column": .integer(to.column), "replacement": .string(fix.replacement),
                    ])
                }),
        ])
    }

    /// A diagnostic's words as the `text` key gives them.
    public static func quotedText(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        let words = file.text(in: diagnostic.range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let scalars = words.unicodeScalars
        if scalars.count <= 80 { return words }
        return String(String.UnicodeScalarView(scalars.prefix(79))) + "…"
    }
}
