import PlanDiagnostics

/// Lint reports as a SARIF 2.1.0 log: every rule's metadata, a result per
/// finding with its location and fix, and each file's score, audience,
/// target and measures in its artifact's property bag.
public enum LintSARIF {
    public static func render(_ reports: [LintReport], rules catalogue: RuleCatalogue) -> String {
        let rules = catalogue.descriptions.map { description in
            let documentation = description.documentation
            return SARIFRule(
                id: description.code, name: description.name, shortDescription: description.summary,
                fullDescription: documentation.checks.replacingOccurrences(of: "\n", with: " "),
                help:
                    "Why it matters: \(documentation.why)\n\nExample: \(documentation.example)\n\nWrite instead: \(documentation.instead)",
                defaultLevel: description.severity
            )
        }
        var properties: [String: [String: JSONValue]] = [:]
        for report in reports {
            var bag: [String: JSONValue] = [
                "audience": .string(report.target.audience.rawValue),
                "target_reading_age": .number(report.target.readingAgeLimit),
                "words": .integer(report.metrics.words),
                "sentences": .integer(report.metrics.sentences),
                "reading_age": .number((report.metrics.readingAge * 100).rounded() / 100),
            ]
            if let score = report.score {
                bag["score"] = .number(score.value)
                bag["plain"] = .boolean(score.isPlain)
                bag["score_parts"] = .object(
                    Dictionary(
                        uniqueKeysWithValues: score.parts.map { part in
                            (
                                part.name,
                                .object(["points": .number(part.points), "maximum": .number(part.maximum), "reason": .string(part.reason)])
                            )
                        }))
            } else {
                bag["score"] = .null
            }
            properties[report.path] = bag
        }
        return SARIFRenderer(toolName: "planbook").render(reports.map(\.diagnostics), rules: rules, properties: properties)
    }
}
