import Foundation
import PlanDiagnostics

/// Lint reports through the one diagnostic layer: findings are `Diagnostic`s
/// shown by `TextDiagnosticRenderer` (only the finding's words, never the
/// rest of the line), `JSONDiagnosticRenderer` and `SARIFRenderer`; what is
/// lint's own (the score, the audience, the measures) is added here.
public enum LintOutput {
    /// The text renderer lint uses: the finding's words only.
    public static func textRenderer(colour: Bool) -> TextDiagnosticRenderer {
        TextDiagnosticRenderer(colour: colour, excerpt: .words)
    }

    /// Every finding of a report, then its score.
    public static func text(_ report: LintReport, colour: Bool = false) -> String {
        let renderer = textRenderer(colour: colour)
        var out: [UInt8] = []
        for finding in report.findings { renderer.render(finding, in: report.file, into: &out) }
        return String(decoding: out, as: UTF8.self) + summary(report, colour: colour)
    }

    /// `path: score 6.2/10 (plain) for parents and carers (reading age 9–11)` and its parts.
    public static func summary(_ report: LintReport, colour: Bool = false) -> String {
        let renderer = textRenderer(colour: colour)
        guard let score = report.score else {
            let reason =
                report.hasErrors
                ? "the file could not be read" : "no readability measure for \(LanguageName.of(report.document.language ?? "")) yet"
            return renderer.styled("\(TerminalEscaping.escape(report.path)): not scored: \(reason)\n", .bold)
        }
        var out = renderer.styled("\(TerminalEscaping.escape(report.path)): ", .bold)
        out += renderer.styled("score \(format1(score.value))/10 (\(score.isPlain ? "plain" : "not plain"))", score.isPlain ? .green : .red)
        out += " for \(report.target.description)\n"
        for part in score.parts {
            let name = part.name.padding(toLength: 12, withPad: " ", startingAt: 0)
            let points = "\(trimmed(part.points))/\(trimmed(part.maximum))".padding(toLength: 9, withPad: " ", startingAt: 0)
            out += "    \(name)\(points)\(part.reason)\n"
        }
        return out
    }

    /// The reports as JSON: the one schema (`JSONDiagnosticRenderer`), the
    /// list called `findings`, and each file's `score`, `audience`,
    /// `target_reading_age` and `metrics` (formula values to two decimals).
    public static func json(_ reports: [LintReport]) -> String {
        String(decoding: jsonBytes(reports), as: UTF8.self)
    }

    /// `json(_:)` as UTF-8 bytes, written straight from the findings.
    public static func jsonBytes(_ reports: [LintReport]) -> [UInt8] {
        var members: [String: [String: JSONValue]] = [:]
        for report in reports {
            let metrics = report.metrics
            func round2(_ value: Double) -> JSONValue { .number((value * 100).rounded() / 100) }
            members[report.path] = [
                "score": report.score.map { .number($0.value) } ?? .null,
                "audience": .string(report.target.audience.rawValue),
                "target_reading_age": .number(report.target.readingAgeLimit),
                "metrics": .object([
                    "words": .integer(metrics.words), "sentences": .integer(metrics.sentences),
                    "syllables": .integer(metrics.syllables), "letters": .integer(metrics.letters),
                    "polysyllables": .integer(metrics.polysyllables), "complex_words": .integer(metrics.complexWords),
                    "flesch_reading_ease": round2(metrics.fleschReadingEase), "flesch_kincaid_grade": round2(metrics.fleschKincaidGrade),
                    "gunning_fog": round2(metrics.gunningFog), "smog_index": round2(metrics.smogIndex),
                    "coleman_liau_index": round2(metrics.colemanLiauIndex),
                    "automated_readability_index": round2(metrics.automatedReadabilityIndex),
                    "reading_age": round2(metrics.readingAge),
                ]),
            ]
        }
        return JSONDiagnosticRenderer(listKey: "findings").bytes(reports.map(\.diagnostics), members: members)
    }

    /// `3`, `2.5`, `0.75`.
    static func trimmed(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
