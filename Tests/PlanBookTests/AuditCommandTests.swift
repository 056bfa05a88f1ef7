import Foundation
import Testing

/// `planbook audit`: the casefile audit's answers, the CSV and JSON, and a report with no case text.
@Suite(.serialized) struct AuditCommandTests {
    static let header =
        "file,child,age,plain_language_score,impact_of_harm,shared_with_child,childs_voice,next_steps_have_who,safety_scale,errors,plan_type,team,read_in_full,scored"

    @Test func samplesAreAuditedAsAWorkerWouldJudgeThem() throws {
        let folder = try TestSupport.temporaryFolder()
        let csv = folder.appendingPathComponent("audit.csv")
        let run = try TestSupport.planbook(["audit", TestSupport.samples.path, "--csv", csv.path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == Self.header)
        #expect(lines.count == 6)
        func row(_ file: String) -> [String] {
            lines.first { $0.hasPrefix(file + ",") }?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) ?? []
        }
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
        let plain =
            "# P\nchild: Sam\nage: 8\nshared with child: 2026-01-01\n## What happened\n- Dad shouted at Mum.\n  impact: Sam was scared.\n## Next steps\n- Gran will take Sam to school.\n  who: Gran\n> \"I like Gran.\" (Sam)\n"
        let jargon = plain.replacingOccurrences(
            of: "Dad shouted at Mum.",
            with: "Parental non-compliance with the safeguarding plan and disguised compliance were evidenced; threshold for CP met."
        )
        .replacingOccurrences(
            of: "Gran will take Sam to school.", with: "Facilitate multi-agency engagement with CAMHS prior to the core group.")
        try plain.write(to: folder.appendingPathComponent("plain.plan"), atomically: true, encoding: .utf8)
        try jargon.write(to: folder.appendingPathComponent("jargon.plan"), atomically: true, encoding: .utf8)
        let csv = folder.appendingPathComponent("audit.csv")
        #expect(try TestSupport.planbook(["audit", folder.path, "--csv", csv.path]).status == 0)
        let rows = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let scores = Dictionary(uniqueKeysWithValues: rows.map { (String($0[0]), Double($0[3]) ?? -1) })
        #expect((scores["plain.plan"] ?? 0) >= 5)
        #expect((scores["jargon.plan"] ?? 10) < (scores["plain.plan"] ?? 0) - 2)
    }

    @Test func aCaseloadReportHoldsFiguresButNoCaseText() throws {
        let base = try TestSupport.temporaryFolder()
        let plans = base.appendingPathComponent("plans")
        #expect(try TestSupport.caseload(40, in: plans, ["--broken", "1"]).status == 0)
        let earlierPlans = base.appendingPathComponent("earlier")
        #expect(try TestSupport.caseload(30, in: earlierPlans, ["--seed", "9"]).status == 0)
        let earlier = base.appendingPathComponent("2025.json")
        #expect(try TestSupport.planbook(["audit", earlierPlans.path, "--json", earlier.path, "--label", "Audit 2025"]).status == 0)

        let pdf = base.appendingPathComponent("audit.pdf")
        let csv = base.appendingPathComponent("audit.csv")
        let json = base.appendingPathComponent("audit.json")
        let run = try TestSupport.planbook([
            "audit", plans.path, "-o", pdf.path, "--csv", csv.path, "--json", json.path,
            "--compare", earlier.path, "--label", "Audit 2026",
        ])
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
        #expect(text.contains("Appendix: plans that need attention"))
        #expect(text.contains("95%") && text.contains("of 39 plans"), "figures say their denominators and intervals")
        // Figures, charts and the by-group tables first, within four pages; the appendix after.
        let firstFour = BookletPDFTests.folded(try TestSupport.run("pdftotext", ["-f", "1", "-l", "4", pdf.path, "-"]).stdout)
        for part in ["The caseload in figures", "What the plans hold", "By plan type", "By team", "How to read this report", "north-team"] {
            #expect(firstFour.contains(part), "\(part) is not in the first four pages")
        }
        #expect(!firstFour.contains("Appendix"))
        let info = try TestSupport.run("pdfinfo", [pdf.path]).stdout
        #expect(info.contains("Tagged:          yes"))
        #expect(info.contains("Page size:       595.28 x 841.89"), "A4")
        // --no-list: the four pages alone, whatever the caseload.
        let short = base.appendingPathComponent("short.pdf")
        #expect(try TestSupport.planbook(["audit", plans.path, "-o", short.path, "--no-list", "--compare", earlier.path]).status == 0)
        #expect(try TestSupport.run("pdfinfo", [short.path]).stdout.contains("Pages:           4"))
        #expect(!BookletPDFTests.folded(try TestSupport.run("pdftotext", [short.path, "-"]).stdout).contains("Appendix"))
        // File names, ages and figures only: no child's name, no sentence from any plan.
        let rows = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").dropFirst()
        let names = Set(
            rows.compactMap { $0.split(separator: ",", omittingEmptySubsequences: false)[1].split(separator: " ").first.map(String.init) })
        #expect(names.count > 5)
        for name in names { #expect(!text.contains(name), "the report names a child: \(name)") }
        for sentence in ["worried", "Gran", "shouted", "drink", "safety plan for"] {
            #expect(!text.contains(sentence), "the report quotes a plan: \(sentence)")
        }
    }

    private func writePlans(_ plans: [String: String]) throws -> URL {
        let folder = try TestSupport.temporaryFolder()
        for (name, text) in plans {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static let plainPlan =
        "# P\nchild: Sam\nage: 8\ndate: 2025-06-01\nplan type: CP\nshared with child: 2025-06-02\n## What happened\n- Dad shouted at Mum.\n  impact: Sam was scared.\n## Next steps\n- Gran will take Sam to school.\n  who: Gran\n> \"I like Gran.\" (Sam)\n"

    @Test func aPlanWithNoMeasureForItsLanguageIsCountedOnItsOwnNotAsNotPlain() throws {
        var plans = (1...4).reduce(into: [String: String]()) { $0["team-a/plan-\($1).plan"] = Self.plainPlan }
        plans["team-a/polish.plan"] = Self.plainPlan.replacingOccurrences(of: "plan type: CP", with: "plan type: CP\nlanguage: pl")
        plans["team-b/arabic.plan"] = Self.plainPlan.replacingOccurrences(of: "plan type: CP", with: "plan type: LAC\nlanguage: ar")
        let folder = try writePlans(plans)
        let json = folder.appendingPathComponent("audit.json")
        let summaryCSV = folder.appendingPathComponent("summary.csv")
        let csv = folder.appendingPathComponent("audit.csv")
        let run = try TestSupport.planbook(["audit", folder.path, "--json", json.path, "--summary-csv", summaryCSV.path, "--csv", csv.path])
        #expect(run.status == 0, "\(run.stderr)")
        // 4 of 4 scored plans are plain: 100%, not 66.7%.
        #expect(run.stdout.contains("100% (4 of 4) plain"), "\(run.stdout)")
        #expect(run.stdout.contains("2 not scored"), "\(run.stdout)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        let plain = try #require(summary["plain_language"] as? [String: Any])
        #expect(plain["percent"] as? Double == 100 && plain["of"] as? Int == 4 && plain["yes"] as? Int == 4)
        #expect((plain["ci95"] as? [Double])?.count == 2)
        #expect(summary["not_scored"] as? Int == 2)
        #expect((summary["impact_of_harm"] as? [String: Any])?["of"] as? Int == 6, "an unscored plan still answers the other measures")
        #expect(object["label"] as? String == "2025", "the label is the newest plan's year")
        let groups = try #require(object["groups"] as? [String: [String: Any]])
        #expect(Set(groups["plan_type"]?.keys.map { $0 } ?? []) == ["child protection", "looked after"])
        #expect(Set(groups["team"]?.keys.map { $0 } ?? []) == ["team-a", "team-b"])
        let lookedAfter = try #require(groups["plan_type"]?["looked after"] as? [String: Any])
        #expect(lookedAfter["plans"] as? Int == 1 && lookedAfter["not_scored"] as? Int == 1)
        #expect((lookedAfter["plain_language"] as? [String: Any])?["of"] as? Int == 0)
        let lines = try String(contentsOf: summaryCSV, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == "label,grouping,group,plans,with_errors,not_scored,measure,yes,of,percent,ci95_low,ci95_high")
        #expect(lines.contains { $0.hasPrefix("2025,all,all,6,0,2,plain_language,4,4,100,") })
        #expect(lines.contains { $0.hasPrefix("2025,team,team-b,1,0,1,plain_language,0,0,0,,") })
        let rows = try String(contentsOf: csv, encoding: .utf8)
        #expect(rows.contains("team-a/polish.plan,Sam,8,,yes,yes,yes,yes,no,0,child protection,team-a,yes,no"), "\(rows)")
    }

    @Test func aPlanWithErrorsIsLeftOutOfWhatItCouldNotAnswer() throws {
        let brokenScale = Self.plainPlan + "## Safety scale\n- Sam: 14\n"
        let brokenHarm = Self.plainPlan.replacingOccurrences(of: "## What happened", with: "## What hapened")
        let unreadable = "# P\nchild: Sam\nage: nineteen\n## Worries\n- x\n"
        let folder = try writePlans([
            "good.plan": Self.plainPlan, "scale.plan": brokenScale, "harm.plan": brokenHarm, "unreadable.plan": unreadable,
        ])
        let json = folder.appendingPathComponent("audit.json")
        let csv = folder.appendingPathComponent("audit.csv")
        let run = try TestSupport.planbook(["audit", folder.path, "--json", json.path, "--csv", csv.path])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        func of(_ measure: String) -> Int? { (summary[measure] as? [String: Any])?["of"] as? Int }
        #expect(summary["with_errors"] as? Int == 3)
        // Shared with the child: the details of the two plans with section errors were read.
        #expect(of("shared_with_child") == 3)
        // The safety scale: the plan whose scale has an error and the unreadable one are left out;
        // the unknown section might have been anything, so it is left out too.
        #expect(of("safety_scale") == 1)
        // What happened: read in the plan whose scale is wrong, so it answers; not in the other two.
        #expect(of("impact_of_harm") == 2)
        #expect(of("plain_language") == 1)
        #expect(summary["not_scored"] as? Int == 0, "a plan with errors is not 'not scored'")
        let rows = try String(contentsOf: csv, encoding: .utf8)
        #expect(rows.contains("unreadable.plan,,,,,,,,,1,,,no,"), "an unanswered measure is empty, never 'no': \(rows)")
    }

    @Test func aStratifiedSampleIsReproducibleAndSaysHowItWasDrawn() throws {
        let base = try TestSupport.temporaryFolder()
        let plans = base.appendingPathComponent("plans")
        #expect(try TestSupport.caseload(120, in: plans).status == 0)
        func draw(_ seed: String, _ name: String) throws -> (list: String, json: [String: Any]) {
            let list = base.appendingPathComponent("\(name).txt")
            let json = base.appendingPathComponent("\(name).json")
            let run = try TestSupport.planbook([
                "audit", plans.path, "--sample", "10%", "--by", "plan-type", "--seed", seed,
                "--sample-list", list.path, "--json", json.path,
            ])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("audited a sample of 12 of 120 plans"), "\(run.stdout)")
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any] ?? [:]
            return (try String(contentsOf: list, encoding: .utf8), object)
        }
        let first = try draw("5", "first")
        let again = try draw("5", "again")
        let other = try draw("6", "other")
        #expect(first.list == again.list)
        #expect(first.list != other.list)
        let paths = first.list.split(separator: "\n")
        #expect(paths.count == 12 && Set(paths).count == 12)
        #expect(paths.allSatisfy { FileManager.default.fileExists(atPath: String($0)) })
        let sample = try #require(first.json["sample"] as? [String: Any])
        #expect(
            sample["drawn"] as? Int == 12 && sample["from"] as? Int == 120 && sample["by"] as? String == "plan_type"
                && sample["seed"] as? Int == 5)
        // Four plan types in the generated caseload: three plans of each.
        let types = try #require(first.json["groups"] as? [String: [String: [String: Any]]])["plan_type"] ?? [:]
        #expect(types.count == 4 && types.values.allSatisfy { $0["plans"] as? Int == 3 }, "\(types.mapValues { $0["plans"] ?? "" })")
        let summary = try #require(first.json["summary"] as? [String: Any])
        #expect(summary["caseload"] as? Int == 120, "the folder is the caseload the sample stands for")
    }

    @Test func anEarlierAuditWithoutIntervalsCanStillBeCompared() throws {
        let folder = try writePlans(["a.plan": Self.plainPlan])
        let earlier = folder.appendingPathComponent("2024.json")
        try """
        {"title": "Safety plans audit", "plans": [], "summary": {"plans": 10, "plain_language": 60.0, "impact_of_harm": 50.0,
         "shared_with_child": 70.0, "childs_voice": 40.0, "next_steps_have_who": 30.0, "safety_scale": 20.0,
         "with_errors": 0, "score_distribution": [0,0,0,0,4,6,0,0,0,0]}}
        """.write(to: earlier, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("audit.pdf")
        let run = try TestSupport.planbook(["audit", folder.path, "-o", pdf.path, "--compare", earlier.path, "--label", "2025"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test func samplingOptionsAreChecked() throws {
        let folder = try writePlans(["a.plan": Self.plainPlan])
        let out = folder.appendingPathComponent("a.json").path
        #expect(try TestSupport.planbook(["audit", folder.path, "--json", out, "--sample", "ten"]).status == 2)
        #expect(try TestSupport.planbook(["audit", folder.path, "--json", out, "--sample", "5", "--by", "worker"]).status == 2)
        #expect(try TestSupport.planbook(["audit", folder.path, "--json", out, "--by", "team"]).status == 2)
        #expect(try TestSupport.planbook(["audit", folder.path, "--json", out, "--team-by", "child"]).status == 2)
    }

    @Test func aFileNamedAfterTheChildIsShownByItsCSVRow() throws {
        let folder = try TestSupport.temporaryFolder()
        let pdf = folder.appendingPathComponent("audit.pdf")
        #expect(try TestSupport.planbook(["audit", TestSupport.samples.path, "-o", pdf.path]).status == 0)
        let text = BookletPDFTests.folded(try TestSupport.run("pdftotext", [pdf.path, "-"]).stdout).lowercased()
        for name in ["jayden", "ellie", "amira", "kacper"] { #expect(!text.contains(name), "the report names \(name)") }
        #expect(text.contains("csv row"))
        #expect(text.contains("arabic"), "the unscored plan's language is named: \(text)")
    }

    @Test func auditNeedsSomethingToWrite() throws {
        #expect(try TestSupport.planbook(["audit", TestSupport.samples.path]).status == 2)
    }
}
