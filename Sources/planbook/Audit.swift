import ArgumentParser
import Foundation
import PlanBook

/// `planbook audit DIR... [-o audit.pdf] [--csv F] [--json F] [--sample N|P% [--by plan-type|team]] [--compare EARLIER.json]…`
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit a caseload of plans the way a casefile audit does, with a report for the board.",
        discussion: """
            For each plan: its plain-language score (5 or more is plain), whether the impact of harm is \
            described, whether it was shared with the child, whether the child's voice is in it, whether \
            every next step says who, whether the safety scale is used, and its errors. Each figure comes \
            with how many plans it rests on and its 95% interval, for the caseload, each plan type and each \
            team. The PDF report holds figures and file names only, never words from a plan: it is for \
            managers and boards. The CSV and JSON hold the child's name too.
            """
    )

    @Argument(help: ArgumentHelp("Folders of plans, or .plan files.", valueName: "folder"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The PDF report.", valueName: "audit.pdf"))
    var output: String?

    @Option(help: ArgumentHelp("A CSV with a row a plan.", valueName: "audit.csv"))
    var csv: String?

    @Option(help: ArgumentHelp("A CSV of the figures with their intervals, overall, by plan type and by team.", valueName: "summary.csv"))
    var summaryCSV: String?

    @Option(help: ArgumentHelp("The audit as JSON, to compare with next time.", valueName: "audit.json"))
    var json: String?

    @Option(
        help: ArgumentHelp(
            "An earlier audit's JSON, shown beside this one; give it again for a trend over several years.", valueName: "earlier.json"))
    var compare: [String] = []

    @Option(help: "The report's title.")
    var title: String = "Safety plans audit"

    @Option(help: "What names this audit beside earlier ones (default: the year of the newest plan).")
    var label: String?

    @Option(help: ArgumentHelp("Audit a random sample: a number of plans or a share (10%).", valueName: "N|P%"))
    var sample: String?

    @Option(help: ArgumentHelp("Split the sample equally across plan types or teams.", valueName: "plan-type|team"))
    var by: String?

    @Option(help: "The sample's seed: the same seed draws the same plans on any machine.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Write the sampled plans' paths here, one a line.", valueName: "file"))
    var sampleList: String?

    @Option(
        help: ArgumentHelp(
            "How many plans the audited ones stand for, for the intervals (default: the folder's plans when sampling).", valueName: "N"))
    var caseload: Int?

    @Option(
        help: ArgumentHelp(
            "A detail that names each plan's team instead of its folder: \(CaseloadAuditor.teamDetails.joined(separator: ", ")).",
            valueName: "detail"))
    var teamBy: String?

    @Flag(help: "Leave the list of plans that need attention out of the PDF (the CSV has it all).")
    var noList = false

    @Option(name: .shortAndLong, help: "How many plans to read at once (default: one per processor core).")
    var jobs: Int?

    @OptionGroup var options: CommonOptions

    var grouping: AuditGrouping? {
        switch by?.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "plan-type", "plantype", "type": .planType
        case "team": .team
        default: nil
        }
    }

    var teamDetail: String? {
        teamBy.map { $0.lowercased().replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ") }
    }

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one folder of plans to audit") }
        if output == nil, csv == nil, json == nil, summaryCSV == nil, sampleList == nil {
            throw ValidationError(
                "say what to write: -o audit.pdf, --csv audit.csv, --summary-csv summary.csv, --json audit.json or --sample-list sample.txt"
            )
        }
        if let sample, SampleSize(sample) == nil {
            throw ValidationError("--sample takes a number of plans (129) or a share (10%), not '\(sample)'")
        }
        if by != nil, grouping == nil { throw ValidationError("--by takes plan-type or team, not '\(by!)'") }
        if by != nil || sampleList != nil, sample == nil {
            throw ValidationError("--by and --sample-list go with --sample N or --sample P%")
        }
        if let caseload, caseload < 1 { throw ValidationError("--caseload must be 1 or more") }
        if let teamDetail, !CaseloadAuditor.teamDetails.contains(teamDetail) {
            throw ValidationError(
                "--team-by takes one of the details \(CaseloadAuditor.teamDetails.joined(separator: ", ")), not '\(teamBy!)'")
        }
    }

    func run() throws {
        let pipeline = try options.openPipeline()
        let found = try planInputs(inputs)
        let roots = Set(found.map(\.root))
        var all = found.map { input in
            let file =
                roots.count > 1 && input.fromFolder
                ? URL(fileURLWithPath: input.root).lastPathComponent + "/" + input.relativePath : input.relativePath
            let folders = input.relativePath.split(separator: "/").dropLast()
            return AuditInput(path: input.path, file: file, team: input.fromFolder ? folders.first.map(String.init) : nil)
        }
        all.sort { $0.file < $1.file }
        do {
            let earlier = try compare.map(CaseloadAudit.read(path:))
            let auditor = CaseloadAuditor(
                resources: pipeline.resources, extraLayouts: options.layoutFolders,
                workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            var chosen = all
            var description: SampleDescription?
            var groupCaseloads: [AuditGrouping: [String: Int]] = [:]
            if let sample, let size = SampleSize(sample) {
                var groupsByGrouping: [AuditGrouping: [String]] = [:]
                for grouping in AuditGrouping.allCases {
                    let groups = auditor.groups(of: all, by: grouping, teamBy: teamDetail)
                    groupsByGrouping[grouping] = groups
                    groupCaseloads[grouping] = Dictionary(groups.map { ($0, 1) }, uniquingKeysWith: +)
                }
                let split = grouping.flatMap { groupsByGrouping[$0] }
                let drawn = CaseloadSampler(size: size, seed: seed).draw(groups: split ?? all.map { _ in nil })
                chosen = drawn.map { all[$0] }
                var drawnByGroup: [String: [Int]]?
                if let grouping, let groups = groupsByGrouping[grouping] {
                    let counts = Dictionary(drawn.map { (groups[$0], 1) }, uniquingKeysWith: +)
                    drawnByGroup = Dictionary(
                        uniqueKeysWithValues: groupCaseloads[grouping]!.map { name, total in (name, [counts[name] ?? 0, total]) })
                }
                description = SampleDescription(
                    drawn: chosen.count, from: all.count, asked: size.description, by: grouping, seed: seed, groups: drawnByGroup)
                if let sampleList { try AtomicFile.write(Array(chosen.map { $0.path + "\n" }.joined().utf8), to: sampleList) }
            }
            let audit = try auditor.audit(
                chosen, title: title, label: label, teamBy: teamDetail,
                caseload: caseload ?? (description == nil ? nil : all.count),
                groupCaseloads: caseload == nil ? groupCaseloads : [:], sample: description)
            if let csv { try AtomicFile.write(Array(audit.csv.utf8), to: csv) }
            if let summaryCSV { try AtomicFile.write(Array(audit.summaryCSV.utf8), to: summaryCSV) }
            if let json { try AtomicFile.write(try audit.json(), to: json) }
            if let output { try AtomicFile.write(try auditor.reportPDF(audit, earlier: earlier, includeList: !noList), to: output) }
            print(Self.line(audit))
        } catch {
            printError(escaping: "planbook: \(error)")
            throw ExitCode(1)
        }
    }

    /// `audited 120 of 1200 plans (2026): plain 62% (70 of 113, 95% 53–70%), …`
    static func line(_ audit: CaseloadAudit) -> String {
        let summary = audit.summary
        var head = "audited \(summary.plans) plans"
        if let sample = audit.sample { head = "audited a sample of \(sample.drawn) of \(sample.from) plans" }
        let figures = [
            (AuditMeasure.plainLanguage, "plain"), (.impactOfHarm, "impact of harm"), (.sharedWithChild, "shared with the child"),
            (.childsVoice, "child's voice"),
        ].map { measure, name in
            let figure = summary[measure]
            return "\(figure.text) \(name)" + (figure.intervalText.map { " [95% \($0)]" } ?? "")
        }
        var tail = "\(summary.withErrors) not read in full (errors)"
        if summary.notScored > 0 { tail += ", \(summary.notScored) not scored (no measure for their language yet)" }
        return "\(head) (\(audit.label)): " + figures.joined(separator: ", ") + "; " + tail
    }
}
