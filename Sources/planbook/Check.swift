import ArgumentParser
import PlanBook

/// `planbook check FILE...`
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check plans and point out every mistake by file, line and column.",
        discussion: "Exit code 0 when every plan is valid (warnings allowed), 1 when any plan has an error."
    )

    @Argument(help: ArgumentHelp("The .plan files, or folders to search for them.", valueName: "file"))
    var files: [String]

    @Option(help: "How to show problems: text, json or sarif.")
    var format: DiagnosticFormat = .text

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one .plan file or folder to check") }
    }

    func run() throws {
        let pipeline = try options.openPipeline()
        let inputs = try planInputs(files)
        let reports = inputs.map { pipeline.check(path: $0.path) }
        options.report(reports.map(\.diagnostics), format: format)
        if reports.contains(where: \.hasErrors) { throw ExitCode(1) }
    }
}
