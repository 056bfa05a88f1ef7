import Foundation
import Testing

/// `planbook audit`: the casefile audit's answers, the CSV and JSON, and a report with no case text.
@Suite(.serialized) struct AuditCommandTests {
    static let header = "file,child,age,plain_language_score,impact_of_harm,shared_with_child,childs_voice,next_steps_have_who,safety_scale,errors"

    @Test func samplesAreAuditedAsAWorkerWouldJudgeThem() throws {
        let folder = try TestSupport.temporaryFolder()
        let csv = folder.appendingPathComponent("audit.csv")
        let run = try TestSupport.planbook(["audit", TestSupport.samples.path, "--csv", csv.path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == Self.header)
        #expect(lines.count == 6)
        func row(_ file: String) -> [String] { lines.first { $0.hasPrefix(file + ",") }?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) ?? [] }
        // jayden.plan has no 'shared with child'; ellie.plan has no safety scale.
        #expect(row("jayden.plan")[5] == "no")
        #expect(row("ellie.plan")[8] == "no")
        #expect(row("mia.plan")[4...9] == ["yes", "yes", "yes", "yes", "yes", "0"])
        #expect(row("mia.plan")[1] == "Mia" && row("mia.plan")[2] == "7")
        for line in lines.dropFirst() where !line.hasPrefix("amira.plan") {
            let score = Double(line.split(separator: ",")[3]) ?? -1
            #expect((0...10).contains(score), "\(line)")
        }
        // The Arabic plan cannot be scored by an English linter: its score is left empty.
        #expect(row("amira.plan")[3] == "")
        #expect((Double(row("mia.plan")[3]) ?? 0) >= 5, "Mia's plan is written in plain words")
    }

    @Test func jargonLowersTheScore() throws {
        let folder = try TestSupport.temporaryFolder()
        let plain = "# P\nchild: Sam\nage: 8\nshared with child: 2026-01-01\n## What happened\n- Dad shouted at Mum.\n  impact: Sam was scared.\n## Next steps\n- Gran will take Sam to school.\n  who: Gran\n> \"I like Gran.\" (Sam)\n"
        let jargon = plain.replacingOccurrences(of: "Dad shouted at Mum.", with: "Parental non-compliance with the safeguarding plan and disguised compliance were evidenced; threshold for CP met.")
            .replacingOccurrences(of: "Gran will take Sam to school.", with: "Facilitate multi-agency engagement with CAMHS prior to the core group.")
        try plain.write(to: folder.appendingPathComponent("plain.plan"), atomically: true, encoding: .utf8)
        try jargon.write(to: folder.appendingPathComponent("jargon.plan"), atomically: true, encoding: .utf8)
        let csv = folder.appendingPathComponent("audit.csv")
        #expect(try TestSupport.planbook(["audit", folder.path, "--csv", csv.path]).status == 0)
        let rows = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let scores = Dictionary(uniqueKeysWithValues: rows.map { (String($0[0]), Double($0[3]) ?? -1) })
        #expect((scores["plain.plan"] ?? 0) >= 5)
        #expect((scores["jargon.plan"] ?? 10) < (scores["plain.plan"] ?? 0) - 2)
    }

    @Test func aCaseloadReportHoldsFiguresButNoCaseText() throws {
        let base = try TestSupport.temporaryFolder()
        let plans = base.appendingPathComponent("plans")
        #expect(try TestSupport.planbook(["generate-caseload", "40", "-o", plans.path, "--broken", "1"]).status == 0)
        let earlierPlans = base.appendingPathComponent("earlier")
        #expect(try TestSupport.planbook(["generate-caseload", "30", "-o", earlierPlans.path, "--seed", "9"]).status == 0)
        let earlier = base.appendingPathComponent("2025.json")
        #expect(try TestSupport.planbook(["audit", earlierPlans.path, "--json", earlier.path, "--title", "Audit 2025"]).status == 0)

        let pdf = base.appendingPathComponent("audit.pdf"), csv = base.appendingPathComponent("audit.csv"), json = base.appendingPathComponent("audit.json")
        let run = try TestSupport.planbook(["audit", plans.path, "-o", pdf.path, "--csv", csv.path, "--json", json.path,
                                            "--compare", earlier.path, "--title", "Audit 2026"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("audited 40 plans"))

        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any]
        let summary = try #require(object?["summary"] as? [String: Any])
        #expect(summary["plans"] as? Int == 40)
        #expect(summary["with_errors"] as? Int == 1)
        #expect((summary["score_distribution"] as? [Int])?.reduce(0, +) == 39, "every readable plan has a score")

        let text = BookletPDFTests.folded(try TestSupport.run("pdftotext", [pdf.path, "-"]).stdout)
        #expect(text.contains("Audit 2026") && text.contains("Audit 2025"))
        #expect(text.contains("40") && text.contains("plans audited"))
        #expect(text.contains("Plans that need attention"))
        // File names, ages and figures only: no child's name, no sentence from any plan.
        let rows = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").dropFirst()
        let names = Set(rows.compactMap { $0.split(separator: ",", omittingEmptySubsequences: false)[1].split(separator: " ").first.map(String.init) })
        #expect(names.count > 5)
        for name in names { #expect(!text.contains(name), "the report names a child: \(name)") }
        for sentence in ["worried", "Gran", "shouted", "drink", "safety plan for"] {
            #expect(!text.contains(sentence), "the report quotes a plan: \(sentence)")
        }
    }

    @Test func auditNeedsSomethingToWrite() throws {
        #expect(try TestSupport.planbook(["audit", TestSupport.samples.path]).status == 2)
    }
}
