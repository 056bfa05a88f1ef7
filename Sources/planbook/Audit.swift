import ArgumentParser
import Foundation
import PlanBook

/// `planbook audit DIR... [-o audit.pdf] [--csv F] [--json F] [--compare EARLIER.json] [--title TEXT]`
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Audit a caseload of plans the way a casefile audit does, with a report in pictures.",
        discussion: """
        For each plan: its plain-language score (5 or more is plain), whether the impact of harm is \
        described, whether it was shared with the child, whether the child's voice is in it, whether \
        every next step says who, whether the safety scale is used, and its errors. The PDF report \
        holds figures and file names only, never words from a plan: it is for managers and boards. \
        The CSV and JSON hold the child's name too.
        """
    )

    @Argument(help: ArgumentHelp("Folders of plans, or .plan files.", valueName: "folder"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The PDF report.", valueName: "audit.pdf"))
    var output: String?

    @Option(help: ArgumentHelp("A CSV with a row a plan.", valueName: "audit.csv"))
    var csv: String?

    @Option(help: ArgumentHelp("The audit as JSON, to compare with next time.", valueName: "audit.json"))
    var json: String?

    @Option(help: ArgumentHelp("An earlier audit's JSON, shown beside this one.", valueName: "earlier.json"))
    var compare: String?

    @Option(help: "The report's title.")
    var title: String = "Safety plans audit"

    @Option(name: .shortAndLong, help: "How many plans to read at once (default: one per processor core).")
    var jobs: Int?

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one folder of plans to audit") }
        if output == nil, csv == nil, json == nil { throw ValidationError("say what to write: -o audit.pdf, --csv audit.csv or --json audit.json") }
    }

    func run() throws {
        let planBook = try options.openPlanBook()
        let found = FileFinder.plans(inputs)
        if found.isEmpty {
            printError("planbook: no .plan files found in \(inputs.joined(separator: ", "))")
            throw ExitCode(1)
        }
        let roots = Set(found.map(\.root))
        let named = found.map { input in
            (path: input.path, file: roots.count > 1 && input.fromFolder ? URL(fileURLWithPath: input.root).lastPathComponent + "/" + input.relativePath : input.relativePath)
        }
        do {
            let earlier = try compare.map(CaseloadAudit.read(path:))
            let auditor = CaseloadAuditor(resources: planBook.resources, extraLayouts: options.layoutFolders, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            let audit = try auditor.audit(named, title: title)
            if let csv { try AtomicFile.write(Array(audit.csv.utf8), to: csv) }
            if let json { try AtomicFile.write(try audit.json(), to: json) }
            if let output { try AtomicFile.write(try auditor.reportPDF(audit, earlier: earlier), to: output) }
            let summary = audit.summary
            print("audited \(summary.plans) plans: \(summary.plainLanguage)% plain, \(summary.impactOfHarm)% impact of harm, "
                  + "\(summary.sharedWithChild)% shared with the child, \(summary.childsVoice)% child's voice, "
                  + "\(summary.withErrors) with errors")
        } catch {
            printError("planbook: \(error)")
            throw ExitCode(1)
        }
    }
}
