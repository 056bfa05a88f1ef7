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
    public func render(_ files: [FileDiagnostics], rules: [SARIFRule], properties: [String: [String: JSONValue]] = [:]) -> String {
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let driver = Driver(
            name: toolName, version: toolVersion, informationUri: informationURI,
            rules: rules.map { rule in
                ReportingDescriptor(
                    id: rule.id, name: rule.name, shortDescription: Message(text: rule.shortDescription),
                    fullDescription: Message(text: rule.fullDescription), help: Message(text: rule.help),
                    defaultConfiguration: Configuration(level: Self.level(rule.defaultLevel))
                )
            }
        )
        var artifacts: [Artifact] = []
        var results: [Result] = []
        for (index, file) in files.enumerated() {
            let location = ArtifactLocation(uri: Self.uri(for: file.file.path), index: index)
            let bag = properties[file.file.path]
            artifacts.append(
                Artifact(location: ArtifactLocation(uri: location.uri, index: nil), properties: bag?.isEmpty == false ? bag : nil))
            for diagnostic in file.diagnostics {
                results.append(result(diagnostic, in: file.file, at: location, ruleIndex: ruleIndex[diagnostic.code]))
            }
        }
        let log = Log(
            version: "2.1.0",
            runs: [Run(tool: Tool(driver: driver), columnKind: "unicodeCodePoints", artifacts: artifacts, results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private func result(_ diagnostic: Diagnostic, in file: SourceFile, at location: ArtifactLocation, ruleIndex: Int?) -> Result {
        var message = diagnostic.message
        if let help = diagnostic.help { message += ". Instead: \(help)" }
        let fixes = diagnostic.fixes.map { fix in
            FixObject(
                description: Message(text: "Replace with '\(fix.replacement)'"),
                artifactChanges: [
                    ArtifactChange(
                        artifactLocation: location,
                        replacements: [
                            Replacement(
                                deletedRegion: Self.region(fix.range, in: file, snippet: false),
                                insertedContent: Message(text: fix.replacement))
                        ]
                    )
                ]
            )
        }
        return Result(
            ruleId: diagnostic.code, ruleIndex: ruleIndex, level: Self.level(diagnostic.severity), message: Message(text: message),
            locations: [
                Location(
                    physicalLocation: PhysicalLocation(
                        artifactLocation: location, region: Self.region(diagnostic.range, in: file, snippet: true)))
            ],
            fixes: fixes.isEmpty ? nil : fixes, properties: ResultProperties(name: diagnostic.name)
        )
    }

    private static func region(_ range: SourceRange, in file: SourceFile, snippet: Bool) -> Region {
        let start = file.location(of: range.start)
        let end = file.location(of: range.end)
        return Region(
            startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column,
            snippet: snippet && !range.isEmpty ? Message(text: file.text(in: range)) : nil
        )
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

    // MARK: The SARIF objects planbook writes

    private struct Log: Encodable {
        let schema = SARIFRenderer.schemaURI
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    private struct Run: Encodable {
        var tool: Tool
        var columnKind: String
        var artifacts: [Artifact]
        var results: [Result]
    }

    private struct Tool: Encodable {
        var driver: Driver
    }

    private struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String?
        var rules: [ReportingDescriptor]
    }

    private struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: Configuration
    }

    private struct Configuration: Encodable {
        var level: String
    }

    private struct Message: Encodable {
        var text: String
    }

    private struct Artifact: Encodable {
        var location: ArtifactLocation
        var properties: [String: JSONValue]?
    }

    private struct ArtifactLocation: Encodable {
        var uri: String
        var index: Int?
    }

    private struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var fixes: [FixObject]?
        var properties: ResultProperties
    }

    private struct ResultProperties: Encodable {
        var name: String
    }

    private struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    private struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    private struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
        var snippet: Message?
    }

    private struct FixObject: Encodable {
        var description: Message
        var artifactChanges: [ArtifactChange]
    }

    private struct ArtifactChange: Encodable {
        var artifactLocation: ArtifactLocation
        var replacements: [Replacement]
    }

    private struct Replacement: Encodable {
        var deletedRegion: Region
        var insertedContent: Message
    }
}
