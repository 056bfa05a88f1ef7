import ArgumentParser
import Foundation
import PlanBook

extension DiagnosticFormat: ExpressibleByArgument {}

/// Options every command that reads plans shares.
struct CommonOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The folder that holds Layouts, Fonts and Pictures (default: found beside planbook, or PLANBOOK_HOME).", valueName: "folder"))
    var resources: String?

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColour = false

    var colour: Bool {
        !noColour && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDERR_FILENO) == 1
    }

    @Option(
        name: .customLong("layouts"), help: ArgumentHelp("A folder of your team's own layouts, added to planbook's.", valueName: "folder"))
    var layoutFolders: [String] = []

    @OptionGroup(title: "Limits") var limitOptions: LimitOptions

    func openPipeline() throws -> PlanPipeline {
        let limits = try limitOptions.limits()
        do {
            return try PlanPipeline(resources: Resources.locate(override: resources), extraLayouts: layoutFolders, limits: limits)
        } catch {
            printError(escaping: "planbook: \(error)")
            throw ExitCode(1)
        }
    }

    /// Shows every file's diagnostics in `format`, then a summary.
    func report(_ files: [FileDiagnostics], format: DiagnosticFormat = .text) {
        switch format {
        case .json:
            print(JSONDiagnosticRenderer().render(files))
        case .sarif:
            print(PlanPipeline.sarif(files))
        case .text:
            let renderer = TextDiagnosticRenderer(colour: colour)
            for file in files where !file.diagnostics.isEmpty {
                printError(renderer.render(file), terminator: "")
            }
            let errors = files.reduce(0) { $0 + $1.diagnostics.count { $0.severity == .error } }
            let warnings = files.reduce(0) { $0 + $1.diagnostics.count { $0.severity == .warning } }
            if errors + warnings > 0 {
                printError(diagnosticSummary(errors: errors, warnings: warnings, files: files.count))
            }
        }
    }
}

func printError(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((text + terminator).utf8))
}

/// Writes a message holding text from files or the command line to standard
/// error with control characters escaped, so no file can act on the terminal.
func printError(escaping text: String, terminator: String = "\n") {
    printError(TerminalEscaping.escape(text), terminator: terminator)
}
