import Foundation

/// A rule as SARIF describes it in `tool.driver.rules`.
public struct SARIFRule: Hashable, Sendable {
    /// The stable code (`PL101`), SARIF's `id`.
    public var id: String
    /// The stable name (`jargon`).
    public var name: String
    public var shortDescription: String
    public var fullDescription: String
    /// Longer help: what to write instead.
    public var help: String
    public var defaultLevel: Severity

    public init(id: String, name: String, shortDescription: String, fullDescription: String, help: String, defaultLevel: Severity) {
        self.id = id
        self.name = name
        self.shortDescription = shortDescription
        self.fullDescription = fullDescription
        self.help = help
        self.defaultLevel = defaultLevel
    }
}

/// A value in a SARIF property bag.
public enum SARIFProperty: Hashable, Sendable {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case null
    case object([String: SARIFProperty])
    case array([SARIFProperty])

    var jsonObject: Any {
        switch self {
        case .string(let value): value
        case .integer(let value): value
        case .number(let value): value
        case .boolean(let value): value
        case .null: NSNull()
        case .object(let value): value.mapValues(\.jsonObject)
        case .array(let value): value.map(\.jsonObject)
        }
    }
}

/// Shows diagnostics as a SARIF 2.1.0 log, for code-scanning views: one run,
/// the tool's rules with their descriptions, one artifact per file (with the
/// caller's properties, such as a score), and one result per diagnostic with
/// its location, the words it is about as the region's snippet, and its
/// fixes. Columns count Unicode code points (`columnKind`), as planbook's do.
public struct SARIFRenderer: Sendable {
    public var toolName: String
    public var toolVersion: String
    public var informationURI: String?

    public init(toolName: String = "planbook", toolVersion: String = "0.1.0", informationURI: String? = nil) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.informationURI = informationURI
    }

    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// The log. `properties` holds each file's property bag, by path.
    public func render(_ files: [FileDiagnostics], rules: [SARIFRule], properties: [String: [String: SARIFProperty]] = [:]) -> String {
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var driver: [String: Any] = [
            "name": toolName,
            "version": toolVersion,
            "rules": rules.map(ruleObject),
        ]
        if let informationURI { driver["informationUri"] = informationURI }

        var artifacts: [[String: Any]] = []
        var results: [[String: Any]] = []
        for (index, file) in files.enumerated() {
            let uri = Self.uri(for: file.file.path)
            var artifact: [String: Any] = ["location": ["uri": uri]]
            if let bag = properties[file.file.path], !bag.isEmpty { artifact["properties"] = bag.mapValues(\.jsonObject) }
            artifacts.append(artifact)
            for diagnostic in file.diagnostics {
                results.append(result(diagnostic, in: file.file, uri: uri, artifactIndex: index, ruleIndex: ruleIndex[diagnostic.code]))
            }
        }
        let log: [String: Any] = [
            "$schema": Self.schemaURI,
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": driver],
                "columnKind": "unicodeCodePoints",
                "artifacts": artifacts,
                "results": results,
            ]],
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self)
    }

    private func ruleObject(_ rule: SARIFRule) -> [String: Any] {
        [
            "id": rule.id,
            "name": rule.name,
            "shortDescription": ["text": rule.shortDescription],
            "fullDescription": ["text": rule.fullDescription],
            "help": ["text": rule.help],
            "defaultConfiguration": ["level": Self.level(rule.defaultLevel)],
        ]
    }

    private func result(_ diagnostic: Diagnostic, in file: SourceFile, uri: String, artifactIndex: Int, ruleIndex: Int?) -> [String: Any] {
        let region = Self.region(diagnostic.range, in: file, snippet: true)
        var message = diagnostic.message
        if let help = diagnostic.help { message += ". Instead: \(help)" }
        var result: [String: Any] = [
            "ruleId": diagnostic.code,
            "level": Self.level(diagnostic.severity),
            "message": ["text": message],
            "locations": [[
                "physicalLocation": [
                    "artifactLocation": ["uri": uri, "index": artifactIndex],
                    "region": region,
                ],
            ]],
            "properties": ["name": diagnostic.name],
        ]
        if let ruleIndex { result["ruleIndex"] = ruleIndex }
        if !diagnostic.fixes.isEmpty {
            result["fixes"] = diagnostic.fixes.map { fix -> [String: Any] in
                [
                    "description": ["text": "Replace with '\(fix.replacement)'"],
                    "artifactChanges": [[
                        "artifactLocation": ["uri": uri, "index": artifactIndex],
                        "replacements": [[
                            "deletedRegion": Self.region(fix.range, in: file, snippet: false),
                            "insertedContent": ["text": fix.replacement],
                        ]],
                    ]],
                ]
            }
        }
        return result
    }

    private static func region(_ range: SourceRange, in file: SourceFile, snippet: Bool) -> [String: Any] {
        let start = file.location(of: range.start)
        let end = file.location(of: range.end)
        var region: [String: Any] = [
            "startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column,
        ]
        if snippet, !range.isEmpty { region["snippet"] = ["text": file.text(in: range)] }
        return region
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .note: "note"
        case .warning: "warning"
        case .error: "error"
        }
    }

    /// A URI reference for a path: relative paths stay relative, absolute ones become `file://` URIs.
    static func uri(for path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "%")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
