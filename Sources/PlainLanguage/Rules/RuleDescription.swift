import PlanDiagnostics

/// What a rule is and how `planbook lint --explain NAME` tells it: its
/// identity, from the rule, and its documentation, from `rules.json`.
public struct RuleDescription: Hashable, Sendable {
    public var identity: RuleIdentity
    public var documentation: RuleDocumentation

    public var code: String { identity.code }
    public var name: String { identity.name }
    public var severity: Severity { identity.severity }
    /// One line, for listings and SARIF's short description.
    public var summary: String { documentation.summary }

    /// The audience the examples are written for.
    public static let examplesAudience = AudienceTarget.target(for: .child, childAge: 9)

    /// The text `--explain` prints.
    public var explanation: String {
        """
        \(code) \(name) (\(severity.rawValue))
        \(summary)

        What it checks
        \(Self.indent(documentation.checks))

        Why it matters to children and families
        \(Self.indent(documentation.why))

        Example
        \(Self.indent(documentation.example))

        Write instead
        \(Self.indent(documentation.instead))

        """
    }

    /// The text wrapped at 76 columns, each line indented by four spaces.
    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > 72 {
                    lines.append(line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line)
            return lines.map { "    " + $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}

/// How a rule explains itself, as `rules.json` holds it.
public struct RuleDocumentation: Hashable, Sendable, Codable {
    /// The code of the rule it documents.
    public var code: String
    /// One line, for listings and SARIF's short description.
    public var summary: String
    /// What the rule checks.
    public var checks: String
    /// Why it matters to children and families.
    public var why: String
    /// A text it reports.
    public var example: String
    /// What to write instead.
    public var instead: String
    /// Texts it must report for `RuleDescription.examplesAudience`, each
    /// finding's span marked between `«` and `»` (run as tests through the
    /// registry, which fail when a finding is missing, extra or in another place).
    public var triggering: [String]
    /// Texts it must not report.
    public var nonTriggering: [String]
}
