import ArgumentParser
import Foundation
import PlanBook

/// `planbook import FILE [-o PLAN]`
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Draft a plan from a Word, Markdown or text safety mapping.",
        discussion: """
            Reads the document's headed sections, the three-column table (what are we worried about, \
            what's working well, what needs to happen), rows of harm, danger, complicating factors, \
            strengths, safety goals and next steps, a details table (child's name, date of birth, worker, \
            meeting date), scaling lines such as 'Mum: 6', and the child's words in quotation marks. \
            Every guess is marked with a '// check:' comment. What could not be placed is listed with \
            where it came from. The draft is never written over an existing file. Exit code 0 when the \
            draft was written and passes 'planbook check' (warnings allowed), 1 otherwise.
            """
    )

    @Argument(help: ArgumentHelp("The mapping: a .docx, .md or .txt file.", valueName: "file"))
    var file: String

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("The plan to write (default: beside the file, ending .plan). It must not exist.", valueName: "plan"))
    var output: String?

    @OptionGroup var options: CommonOptions

    func run() throws {
        let pipeline = try options.openPipeline()
        let result: ImportResult
        do {
            result = try pipeline.importPlan(from: file, to: output)
        } catch {
            printError("planbook: \(error)")
            throw ExitCode(1)
        }
        let draft = result.draft
        print(
            "\(result.output): drafted \(draft.placed) item\(draft.placed == 1 ? "" : "s") from \(file); \(draft.guesses) guess\(draft.guesses == 1 ? "" : "es") marked '// check:'"
        )
        if !draft.unplaced.isEmpty {
            print("Not placed (\(draft.unplaced.count)): copy these into the plan where they belong.")
            for part in draft.unplaced {
                let text = part.text.count > 100 ? part.text.prefix(99) + "…" : Substring(part.text)
                print("  \(file), \(part.origin): \(text)")
            }
        }
        options.report([result.report.diagnostics])
        if result.report.hasErrors { throw ExitCode(1) }
        print("Next: check the '// check:' lines, then run planbook check \(result.output)")
    }

}
