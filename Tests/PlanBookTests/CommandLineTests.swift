import Foundation
import Testing

/// `planbook check` and `planbook render` run as a user runs them.
@Suite(.serialized) struct CommandLineTests {
    /// `planbook check` (with more `arguments`) of a plan with errors, saved as `bad.plan` in a new folder; it must exit 1.
    static func checkBadPlan(_ text: String, arguments: [String] = []) throws -> (run: TestSupport.Run, plan: URL, folder: URL) {
        let folder = try TestSupport.temporaryFolder()
        let plan = folder.appendingPathComponent("bad.plan")
        try text.write(to: plan, atomically: true, encoding: .utf8)
        let run = try TestSupport.planbook(["check"] + arguments + [plan.path])
        #expect(run.status == 1)
        return (run, plan, folder)
    }

    @Test func samplesCheckWithoutErrors() throws {
        let plans = TestSupport.samplePlans().map(\.path)
        #expect(plans.count >= 4)
        let run = try TestSupport.planbook(["check"] + plans)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("error:"))
    }

    @Test func checkLocatesEveryErrorWithItsFix() throws {
        let (run, plan, _) = try Self.checkBadPlan("# Bad\nchld: Mia\nage: 20\n\n## Worrys\n- x\n")
        #expect(run.stderr.contains("\(plan.path):2:1: error: unknown detail 'chld' — did you mean 'child'?"))
        #expect(run.stderr.contains("\(plan.path):3:6: error: age '20' is not a whole number of years from 0 to 18"))
        #expect(run.stderr.contains("\(plan.path):5:4: error: unknown section 'Worrys' — did you mean 'Worries'?"))
        #expect(run.stderr.contains("2 | chld: Mia\n  | ^^^^"), "a caret excerpt under the mistake")
        #expect(run.stderr.contains("= help:"))
    }

    @Test func jsonFormatGivesLinesAndColumns() throws {
        let (run, _, _) = try Self.checkBadPlan("# Bad\nchild: Zoë\nage: seven\n## Worries\n- x\n", arguments: ["--format", "json"])
        let json = try run.jsonObject()
        let files = try #require(json["files"] as? [[String: Any]])
        let diagnostics = try #require(files.first?["diagnostics"] as? [[String: Any]])
        let age = try #require(diagnostics.first { $0["name"] as? String == "invalid-age" })
        #expect(age["line"] as? Int == 3)
        #expect(age["column"] as? Int == 6)
        #expect(age["end_column"] as? Int == 11)
        #expect(age["severity"] as? String == "error")
    }

    @Test func usageMistakesExitWithTwo() throws {
        #expect(try TestSupport.planbook(["check"]).status == 2)
        #expect(try TestSupport.planbook(["render"]).status == 2)
        #expect(try TestSupport.planbook(["check", "--no-such-option", "x.plan"]).status == 2)
        #expect(try TestSupport.planbook(["frobnicate"]).status == 2)
        #expect(try TestSupport.planbook(["--help"]).status == 0)
    }

    @Test func renderWritesBesideThePlanByDefault() throws {
        let folder = try TestSupport.temporaryFolder()
        let plan = folder.appendingPathComponent("mia.plan")
        try FileManager.default.copyItem(at: TestSupport.samples.appendingPathComponent("mia.plan"), to: plan)
        let run = try TestSupport.planbook(["render", plan.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(TestSupport.files(in: folder) == ["mia.pdf", "mia.plan"])
    }

    @Test func renderNamesThePdfWithOneInput() throws {
        let folder = try TestSupport.temporaryFolder()
        let target = folder.appendingPathComponent("booklet.pdf")
        let run = try TestSupport.planbook(["render", TestSupport.samples.appendingPathComponent("ellie.plan").path, "-o", target.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(TestSupport.files(in: folder) == ["booklet.pdf"])
    }

    @Test func oneBadPlanInABatchLeavesNoFileAndTheRestRender() throws {
        let input = try TestSupport.temporaryFolder()
        let output = try TestSupport.temporaryFolder().appendingPathComponent("out")
        for name in ["mia.plan", "jayden.plan"] {
            try FileManager.default.copyItem(at: TestSupport.samples.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: input.appendingPathComponent("more"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestSupport.samples.appendingPathComponent("kacper.plan"), to: input.appendingPathComponent("more/kacper.plan"))
        try "# Broken\nchild: X\nage: 99\n## Worries\n- x\n".write(
            to: input.appendingPathComponent("broken.plan"), atomically: true, encoding: .utf8)
        let run = try TestSupport.planbook(["render", input.path, "-o", output.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("broken.plan:3:6: error:"))
        #expect(TestSupport.files(in: output) == ["jayden.pdf", "mia.pdf", "more"])
        #expect(TestSupport.files(in: output.appendingPathComponent("more")) == ["kacper.pdf"])
    }

    @Test(arguments: [
        ("empty.plan", Data(), "the file is empty"),
        ("undefined.plan", Data("# Zo".utf8) + Data([0x81]) + Data("\nchild: Zo\n".utf8), "1:5: error: the file is not text"),
        ("binary.plan", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), "error: the file is not text"),
        (
            "huge.plan", Data(("# Big\n" + String(repeating: "// padding line for a file that is far too big\n", count: 23_000)).utf8),
            "planbook reads files of up to 1048576 bytes"
        ),
        (
            "leaves.plan", Data("# P\nchild: A\nage: 5\n## Worries\n- x [picture: ../secret.png]\n".utf8),
            "5:15: error: the picture '../secret.png' is outside the plan's folder"
        ),
        ("absolute.plan", Data("# P\nchild: A\nage: 5\n## Worries\n- x [picture: /etc/logo.png]\n".utf8), "is outside the plan's folder"),
        (
            "missing.plan", Data("# P\nchild: A\nage: 5\n## Worries\n- x [picture: gone.png]\n".utf8),
            "5:15: error: the picture file 'gone.png' does not exist"
        ),
        (
            "unknown.plan", Data("# P\nchild: A\nage: 5\n## Worries\n- x [picture: unicorn]\n".utf8),
            "there is no picture called 'unicorn' in the library"
        ),
    ])
    func badInputIsALocatedErrorAndNoFile(name: String, content: Data, message: String) throws {
        let folder = try TestSupport.temporaryFolder()
        let plan = folder.appendingPathComponent(name)
        try content.write(to: plan)
        let check = try TestSupport.planbook(["check", plan.path])
        #expect(check.status == 1, "\(name): \(check.stderr)")
        #expect(check.stderr.contains(message), "\(name): \(check.stderr.prefix(400))")
        #expect(check.stderr.contains(plan.path + ":"), "the error names the file")
        let render = try TestSupport.planbook(["render", plan.path])
        #expect(render.status == 1)
        #expect(TestSupport.files(in: folder) == [name], "no PDF and no temporary file")
    }

    @Test func missingInputIsAnError() throws {
        let run = try TestSupport.planbook(["check", "/no/such/plan.plan"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("there is no file at '/no/such/plan.plan'"))
    }

    /// One encoding policy for every command: a plan saved as Windows-1252 is
    /// read, with warning PB007 at its first byte that is not UTF-8, by check,
    /// render and lint alike.
    @Test func windows1252IsReadWithAWarningByCheckAndLintAlike() throws {
        let folder = try TestSupport.temporaryFolder()
        let plan = folder.appendingPathComponent("zoe.plan")
        var text =
            Data("# Zo".utf8) + Data([0xEB])
            + Data(
                "'s safety plan\nchild: Zo\nage: 8\nwritten by: Sam\ndate: 2026-03-02\nshared with child: 2026-03-09\n\n## Working well\n- Gran picks Zo up from the caf"
                    .utf8)
        text += Data([0xE9]) + Data(".\n> \"I like Gran.\" (Zo)\n".utf8)
        try text.write(to: plan)
        let check = try TestSupport.planbook(["check", "--format", "json", plan.path])
        #expect(check.status == 0, "\(check.stderr)")
        let checked = try check.jsonObject()
        let diagnostics = try #require(((checked["files"] as? [[String: Any]])?.first?["diagnostics"]) as? [[String: Any]])
        let warning = try #require(diagnostics.first { $0["code"] as? String == "PB007" })
        #expect(warning["severity"] as? String == "warning")
        #expect(warning["line"] as? Int == 1)
        #expect(warning["column"] as? Int == 5)
        let lint = try TestSupport.planbook(["lint", "--format", "json", "--no-config", plan.path])
        #expect(lint.status == 0, "\(lint.stderr)")
        let linted = try lint.jsonObject()
        let file = try #require((linted["files"] as? [[String: Any]])?.first)
        #expect(file["score"] as? Double != nil)
        let finding = try #require((file["findings"] as? [[String: Any]])?.first { $0["code"] as? String == "PB007" })
        #expect(finding["line"] as? Int == 1)
        #expect(finding["column"] as? Int == 5)
        let render = try TestSupport.planbook(["render", plan.path])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(render.stderr.contains("PB007"))
        let words = try TestSupport.run("pdftotext", [folder.appendingPathComponent("zoe.pdf").path, "-"])
        #expect(words.stdout.contains("café"))
    }

    /// `check` offers the same formats as `lint`: SARIF too, valid against the schema.
    @Test func checkWritesSARIF() throws {
        let (run, _, folder) = try Self.checkBadPlan("# Plan\nchld: Mia\nage: 7\n", arguments: ["--format", "sarif"])
        let log = try run.jsonObject()
        #expect(log["version"] as? String == "2.1.0")
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.contains { $0["ruleId"] as? String == "PB201" })
        let validate = try TestSupport.validateSARIF(run.stdout, in: folder)
        #expect(validate.status == 0, "\(validate.stdout) \(validate.stderr)")
    }
}
