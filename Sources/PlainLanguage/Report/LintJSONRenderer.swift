import Foundation
import PlanDiagnostics

/// Shows lint reports as JSON, with exactly these keys:
///
/// `{"files":[{"path", "score", "audience", "target_reading_age", "metrics":{"words",
/// "sentences", "syllables", "letters", "polysyllables", "complex_words",
/// "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
/// "coleman_liau_index", "automated_readability_index", "reading_age"},
/// "findings":[{"rule", "code", "severity", "line", "column", "end_line",
/// "end_column", "text", "message", "suggestion", "fixes"}]}]}`
///
/// Lines and columns are 1-based, columns count characters, `end_column` is
/// exclusive. `score` is null for a file that could not be read; `suggestion`
/// is null when there is none. Formula values are rounded to two decimals.
/// `text` is the finding's own words, spaces run together, cut at 80
/// characters with `…` (a long sentence is not copied whole).
public struct LintJSONRenderer: Sendable {
    public init() {}

    public func render(_ reports: [LintReport]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Output(files: reports.map(FileEntry.init))) else { return "{\"files\":[]}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The finding's words as the `text` key gives them.
    public static func findingText(_ finding: Diagnostic, in file: SourceFile) -> String {
        let words = file.text(in: finding.range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return LintTextRenderer.shortened(words, to: 80)
    }

    private struct Output: Encodable {
        var files: [FileEntry]
    }

    private struct FileEntry: Encodable {
        var path: String
        var score: Double?
        var audience: String
        var targetReadingAge: Double
        var metrics: Metrics
        var findings: [Finding]

        init(_ report: LintReport) {
            path = report.path
            score = report.score?.value
            audience = report.target.audience.rawValue
            targetReadingAge = report.target.readingAgeLimit
            metrics = Metrics(report.metrics)
            findings = report.findings.map { Finding($0, in: report.file) }
        }

        enum CodingKeys: String, CodingKey {
            case path, score, audience, targetReadingAge = "target_reading_age", metrics, findings
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(score, forKey: .score)
            try container.encode(audience, forKey: .audience)
            try container.encode(targetReadingAge, forKey: .targetReadingAge)
            try container.encode(metrics, forKey: .metrics)
            try container.encode(findings, forKey: .findings)
        }
    }

    private struct Metrics: Encodable {
        var words, sentences, syllables, letters, polysyllables, complexWords: Int
        var fleschReadingEase, fleschKincaidGrade, gunningFog, smogIndex, colemanLiauIndex, automatedReadabilityIndex, readingAge: Double

        init(_ metrics: ReadabilityMetrics) {
            func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
            words = metrics.words
            sentences = metrics.sentences
            syllables = metrics.syllables
            letters = metrics.letters
            polysyllables = metrics.polysyllables
            complexWords = metrics.complexWords
            fleschReadingEase = round2(metrics.fleschReadingEase)
            fleschKincaidGrade = round2(metrics.fleschKincaidGrade)
            gunningFog = round2(metrics.gunningFog)
            smogIndex = round2(metrics.smogIndex)
            colemanLiauIndex = round2(metrics.colemanLiauIndex)
            automatedReadabilityIndex = round2(metrics.automatedReadabilityIndex)
            readingAge = round2(metrics.readingAge)
        }

        enum CodingKeys: String, CodingKey {
            case words, sentences, syllables, letters, polysyllables
            case complexWords = "complex_words"
            case fleschReadingEase = "flesch_reading_ease"
            case fleschKincaidGrade = "flesch_kincaid_grade"
            case gunningFog = "gunning_fog"
            case smogIndex = "smog_index"
            case colemanLiauIndex = "coleman_liau_index"
            case automatedReadabilityIndex = "automated_readability_index"
            case readingAge = "reading_age"
        }
    }

    private struct Finding: Encodable {
        var rule, code, severity: String
        var line, column, endLine, endColumn: Int
        var text, message: String
        var suggestion: String?
        var fixes: [FixEntry]

        /// A machine fix: replace the text from line and column to end line and end column.
        struct FixEntry: Encodable {
            var line, column, end_line, end_column: Int
            var replacement: String
        }

        init(_ finding: Diagnostic, in file: SourceFile) {
            let start = file.location(of: finding.range.start)
            let end = file.location(of: finding.range.end)
            rule = finding.name
            code = finding.code
            severity = finding.severity.rawValue
            line = start.line
            column = start.column
            endLine = end.line
            endColumn = end.column
            text = LintJSONRenderer.findingText(finding, in: file)
            message = finding.message
            suggestion = finding.help
            fixes = finding.fixes.map { fix in
                let from = file.location(of: fix.range.start)
                let to = file.location(of: fix.range.end)
                return FixEntry(line: from.line, column: from.column, end_line: to.line, end_column: to.column, replacement: fix.replacement)
            }
        }

        enum CodingKeys: String, CodingKey {
            case rule, code, severity, line, column, text, message, suggestion, fixes
            case endLine = "end_line"
            case endColumn = "end_column"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(rule, forKey: .rule)
            try container.encode(code, forKey: .code)
            try container.encode(severity, forKey: .severity)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(endLine, forKey: .endLine)
            try container.encode(endColumn, forKey: .endColumn)
            try container.encode(text, forKey: .text)
            try container.encode(message, forKey: .message)
            try container.encode(suggestion, forKey: .suggestion)
            try container.encode(fixes, forKey: .fixes)
        }
    }
}
