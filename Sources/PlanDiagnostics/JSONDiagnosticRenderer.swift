import Foundation

/// Shows diagnostics as JSON: `{"files":[{"path":…, "diagnostics":[…]}]}`,
/// lines and columns 1-based, columns in characters, `end_column` exclusive.
public struct JSONDiagnosticRenderer: Sendable {
    public init() {}

    private struct Output: Encodable {
        var files: [FileEntry]
    }

    private struct FileEntry: Encodable {
        var path: String
        var errors: Int
        var warnings: Int
        var diagnostics: [Entry]
    }

    private struct Entry: Encodable {
        var code: String
        var name: String
        var severity: String
        var line: Int
        var column: Int
        var end_line: Int
        var end_column: Int
        var message: String
        var help: String?
        var fixes: [FixEntry]
    }

    private struct FixEntry: Encodable {
        var line: Int
        var column: Int
        var end_line: Int
        var end_column: Int
        var replacement: String
    }

    public func render(_ files: [FileDiagnostics]) -> String {
        let output = Output(files: files.map { file in
            FileEntry(
                path: file.file.path,
                errors: file.diagnostics.count { $0.severity == .error },
                warnings: file.diagnostics.count { $0.severity == .warning },
                diagnostics: file.diagnostics.map { diagnostic in
                    let start = file.file.location(of: diagnostic.range.start)
                    let end = file.file.location(of: diagnostic.range.end)
                    return Entry(
                        code: diagnostic.code, name: diagnostic.name, severity: diagnostic.severity.rawValue,
                        line: start.line, column: start.column, end_line: end.line, end_column: end.column,
                        message: diagnostic.message, help: diagnostic.help,
                        fixes: diagnostic.fixes.map { fix in
                            let from = file.file.location(of: fix.range.start)
                            let to = file.file.location(of: fix.range.end)
                            return FixEntry(line: from.line, column: from.column, end_line: to.line, end_column: to.column, replacement: fix.replacement)
                        }
                    )
                }
            )
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(output) else { return "{\"files\":[]}" }
        return String(decoding: data, as: UTF8.self)
    }
}
