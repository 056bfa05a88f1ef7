/// One entry of the catalogue of diagnostic codes (`DiagnosticCode.catalogue`).
public struct DiagnosticCode: Hashable, Sendable {
    /// The stable code, such as `PB201`.
    public let code: String
    /// The stable name, such as `unknown-detail`, for `// lint: allow` and for readers.
    public let name: String
    public let severity: Severity
    /// What is wrong, said of any plan (a diagnostic's own message says it of one plan).
    public let message: String
    /// A line or file that gets this code.
    public let example: String
    /// What to do about it, said of any plan.
    public let fix: String

    init(_ code: String, _ name: String, _ severity: Severity, message: String, example: String, fix: String) {
        self.code = code
        self.name = name
        self.severity = severity
        self.message = message
        self.example = example
        self.fix = fix
    }

    private static let byCode: [String: DiagnosticCode] = Dictionary(
        catalogue.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

    /// The catalogue's entry for `code`, or nil when there is none.
    public static func entry(_ code: String) -> DiagnosticCode? { byCode[code] }
}

extension Diagnostic {
    /// A diagnostic whose code, name and severity are the catalogue's entry for
    /// `code`. A code missing from the catalogue is a programming error.
    public init(catalogued code: String, message: String, range: SourceRange, help: String? = nil, fixes: [Fix] = []) {
        guard let entry = DiagnosticCode.entry(code) else {
            preconditionFailure("\(code) is not in DiagnosticCode.catalogue (Sources/PlanDiagnostics/DiagnosticCatalogue.swift)")
        }
        self.init(
            code: entry.code, name: entry.name, severity: entry.severity, message: message, range: range, help: help, fixes: fixes)
    }
}
