import ArgumentParser
import Foundation
import PlanBook

/// `planbook`: safety plans into booklets a child can read.
struct Planbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planbook",
        abstract: "Turn a child's safety plan into a booklet the child can read, and check it.",
        discussion: """
            A plan is a .plan text file (see docs/plan-language.md). Exit codes: 0 all good \
            (warnings allowed), 1 a file has an error, 2 the command was used wrongly.
            """,
        version: PlanBookVersion.current,
        subcommands: [
            Check.self, Lint.self, Render.self, Import.self, Audit.self, Layouts.self, Pictures.self, Serve.self,
        ]
    )
}

/// Runs the command, mapping a usage mistake to exit code 2.
@main
enum Main {
    static func main() async {
        if CommandLine.arguments.dropFirst().first == "lint" {
            // The word list is read while the command line is parsed.
            FileLinter.prepareLanguageData()
        }
        do {
            var command = try Planbook.parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            let code = Planbook.exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((Planbook.fullMessage(for: error) + "\n").utf8))
                exit(2)
            }
            Planbook.exit(withError: error)
        }
    }
}
