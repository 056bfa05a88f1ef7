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

        /// Every key is always there; `help` is null when there is none.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(name, forKey: .name)
            try container.encode(severity, forKey: .severity)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(end_line, forKey: .end_line)
            try container.encode(end_column, forKey: .end_column)
            try container.encode(message, forKey: .message)
            try container.encode(help, forKey: .help)
            try container.encode(fixes, forKey: .fixes)
        }

        enum CodingKeys: String, CodingKey {
            case code, name, severity, line, column, end_line, end_column, message, help, fixes
        }
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
