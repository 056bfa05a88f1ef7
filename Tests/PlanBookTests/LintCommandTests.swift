import Foundation
import Testing

/// `planbook lint` run as a user runs it.
@Suite(.serialized) struct LintCommandTests {
    /// `planbook lint --format FORMAT` of the jargon text saved as `name` in a new folder; it must exit 0.
    static func lintJargon(format: String, in name: String) throws -> (run: TestSupport.Run, folder: URL) {
        let folder = try TestSupport.temporaryFolder()
        let file = try write(jargon, name, in: folder)
        let run = try TestSupport.planbook(["lint", "--format", format, file.path])
        #expect(run.status == 0)
        return (run, folder)
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static let jargon = """
        Following the strategy discussion, Mum has been non-compliant with the CPP and failed to engage \
        with the core group. In order to facilitate supervised contact, the allocated social worker will \
        liaise with the contact centre prior to the next review.

        """

    @Test func samplesLintWithScores() throws {
        let run = try TestSupport.planbook(["lint", TestSupport.samples.path])
        #expect(run.status == 0, "\(run.stderr)")
        for plan in ["mia.plan", "jayden.plan", "kacper.plan", "ellie.plan"] {
            #expect(run.stdout.contains("\(plan): score "), "\(plan)")
        }
        #expect(run.stdout.contains("amira.plan: not scored: no readability measure for Arabic yet"))
    }

    @Test func aPlanInALanguageWithNoMeasureSaysSoPlainly() throws {
        let folder = try TestSupport.temporaryFolder()
        let plan = folder.appendingPathComponent("kasia.plan")
        try "# Plan Kasi\nchild: Kasia\nage: 9\nlanguage: pl\n## Worries\n- Mama jest smutna.\n".write(
            to: plan, atomically: true, encoding: .utf8)
        let run = try TestSupport.planbook(["lint", plan.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("kasia.plan: not scored: no readability measure for Polish yet"), "\(run.stdout)")
        #expect(!run.stdout.contains("score 0"))
    }

    @Test func findingsAreLocatedWithWhatToWriteInstead() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = try Self.write(Self.jargon, "assessment.txt", in: folder)
        let run = try TestSupport.planbook(["lint", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains(
                "\(file.path):1:49: warning: 'non-compliant' labels or blames instead of saying what happened [PL103 judgemental]"))
        #expect(run.stdout.contains("[PL101 jargon]"))
        #expect(run.stdout.contains("[PL102 acronym]"))
        #expect(run.stdout.contains("[PL104 complex-word]"))
        #expect(run.stdout.contains("  = help: Write 'To'."), "the replacement as it stands at the start of a sentence")
        #expect(run.stdout.contains("^^^^^^^^^^^^^"))
        #expect(run.stdout.contains("score "))
        #expect(!run.stdout.contains("Mum has been non-compliant"), "never the rest of the line")
    }

    @Test func minScoreSetsTheExitCode() throws {
        let folder = try TestSupport.temporaryFolder()
        let hard = try Self.write(Self.jargon, "hard.txt", in: folder)
        let plain = try Self.write("Gran picks Mia up from school. Dad makes tea.\n", "plain.txt", in: folder)
        #expect(try TestSupport.planbook(["lint", "--min-score", "5", plain.path]).status == 0)
        #expect(try TestSupport.planbook(["lint", "--min-score", "5", hard.path]).status == 1)
        #expect(try TestSupport.planbook(["lint", "--min-score", "5", folder.path]).status == 1)
        #expect(try TestSupport.planbook(["lint", hard.path]).status == 0)
    }

    @Test func jsonHasTheAgreedKeys() throws {
        let (run, folder) = try Self.lintJargon(format: "json", in: "a.md")
        let object = try run.jsonObject()
        let entry = try #require((object["files"] as? [[String: Any]])?.first)
        #expect(Set(entry.keys) == ["path", "errors", "warnings", "score", "audience", "target_reading_age", "metrics", "findings"])
        let finding = try #require((entry["findings"] as? [[String: Any]])?.first)
        #expect(
            Set(finding.keys) == [
                "rule", "code", "severity", "line", "column", "end_line", "end_column", "text", "message", "suggestion", "name", "help",
                "fixes",
            ])
        #expect(entry["audience"] as? String == "parent")
        // One schema: check's diagnostics have the same keys as lint's findings.
        let plan = folder.appendingPathComponent("bad.plan")
        try "# Plan\nchld: Mia\nage: 7\n".write(to: plan, atomically: true, encoding: .utf8)
        let check = try TestSupport.planbook(["check", "--format", "json", plan.path])
        let checked = try check.jsonObject()
        let checkFile = try #require((checked["files"] as? [[String: Any]])?.first)
        #expect(Set(checkFile.keys) == ["path", "errors", "warnings", "diagnostics"])
        let diagnostic = try #require((checkFile["diagnostics"] as? [[String: Any]])?.first)
        #expect(Set(diagnostic.keys) == Set(finding.keys))
    }

    @Test func sarifIsALog() throws {
        let (run, folder) = try Self.lintJargon(format: "sarif", in: "a.txt")
        let log = try run.jsonObject()
        #expect(log["version"] as? String == "2.1.0")
        // scripts/setup installs the schema checker, so it must be there and pass.
        let check = try TestSupport.validateSARIF(run.stdout, in: folder)
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test func audienceAndIgnoreChangeTheFindings() throws {
        let folder = try TestSupport.temporaryFolder()
        let file = try Self.write(
            "Mia was taken to the hospital by the police yesterday afternoon after school had ended for the day.\n", "a.txt", in: folder)
        let child = try TestSupport.planbook(["lint", "--audience", "child", file.path])
        #expect(child.stdout.contains("[PL201 long-sentence]"))
        #expect(child.stdout.contains("[PL202 passive-voice]"))
        let ignored = try TestSupport.planbook(["lint", "--audience", "child", "--ignore", "passive-voice,PL201", file.path])
        #expect(!ignored.stdout.contains("PL202"))
        #expect(!ignored.stdout.contains("PL201"))
        let professional = try TestSupport.planbook(["lint", "--audience", "professional", file.path])
        #expect(!professional.stdout.contains("PL201"))
    }

    @Test func explainTellsWhatWhyAndInstead() throws {
        for name in ["jargon", "acronym", "judgemental", "long-sentence", "passive-voice", "complex-word", "reading-age", "PL101"] {
            let run = try TestSupport.planbook(["lint", "--explain", name])
            #expect(run.status == 0)
            for part in ["What it checks", "Why it matters to children and families", "Example", "Write instead"] {
                #expect(run.stdout.contains(part), "\(name): \(part)")
            }
        }
        #expect(try TestSupport.planbook(["lint", "--explain", "nonsense"]).status == 2)
    }

    @Test func aConfigurationFileAndAWordFileAreUsed() throws {
        let folder = try TestSupport.temporaryFolder()
        _ = try Self.write("{\"ignore\": [\"judgemental\"], \"remove\": [\"core group\"]}", ".planbook-lint.json", in: folder)
        let file = try Self.write(Self.jargon, "notes/a.txt", in: folder)
        let run = try TestSupport.planbook(["lint", file.path])
        #expect(!run.stdout.contains("PL103"))
        #expect(!run.stdout.contains("'core group'"))
        let words = try Self.write(
            "[{\"term\": \"review\", \"rule\": \"jargon\", \"category\": \"social-work\", \"plain\": [\"meeting\"]}]", "words.json",
            in: folder)
        let withWords = try TestSupport.planbook(["lint", "--words", words.path, "--no-config", file.path])
        #expect(withWords.stdout.contains("'review' is social-work jargon"))
        #expect(withWords.stdout.contains("PL103"))
    }

    @Test func plansHonourLintAllowances() throws {
        let run = try TestSupport.planbook(["lint", "--format", "json", TestSupport.samples.appendingPathComponent("jayden.plan").path])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\"text\" : \"contact\""))
    }

    @Test func wordDocumentsAreRead() throws {
        // A .docx is a zip of XML; build one with the system's zip tool if it is there.
        let folder = try TestSupport.temporaryFolder()
        let word = folder.appendingPathComponent("docx")
        _ = try Self.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>Background</w:t></w:r></w:p><w:p><w:r><w:t>Mum was non-compliant.</w:t></w:r></w:p>
            </w:body></w:document>
            """, "word/document.xml", in: word)
        let zip = try TestSupport.run("zip", ["-q", "-r", folder.appendingPathComponent("report.docx").path, "word"], in: word)
        guard zip.status == 0 else { return }
        let run = try TestSupport.planbook(["lint", folder.appendingPathComponent("report.docx").path])
        #expect(run.stdout.contains("report.docx:2:9: warning: 'non-compliant'"), "\(run.stdout)")
    }

    @Test func problemsAndUsage() throws {
        let missing = try TestSupport.planbook(["lint", "/no/such/notes.txt"])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("[PL001 unreadable-file]"))
        #expect(try TestSupport.planbook(["lint"]).status == 2)
        #expect(try TestSupport.planbook(["lint", "--ignore", "nonsense", "x.txt"]).status == 2)
        #expect(try TestSupport.planbook(["lint", "--audience", "aliens", "x.txt"]).status == 2)
        #expect(try TestSupport.planbook(["lint", "--min-score", "11", "x.txt"]).status == 2)
        #expect(try TestSupport.planbook(["lint", "--list-rules"]).stdout.contains("PL101  jargon"))
    }
}
