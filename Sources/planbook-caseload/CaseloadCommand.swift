import ArgumentParser
import CaseloadGeneration

/// `planbook-caseload N -o DIR`: made-up, varied plans for tests and
/// benchmarks. A tool of the repository's, beside `planbook`; not installed.
@main
struct CaseloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planbook-caseload",
        abstract: "Write N made-up, varied plans for tests and benchmarks."
    )

    @Argument(help: "How many plans.")
    var count: Int

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write them in (team sub-folders).", valueName: "folder"))
    var output: String

    @Option(help: "The seed: the same seed gives the same plans.")
    var seed: UInt64 = 1

    @Option(help: "How many plans get a deliberate error.")
    var broken: Int = 0

    func validate() throws {
        if count < 1 || count > 100_000 { throw ValidationError("COUNT must be from 1 to 100000") }
        if broken < 0 || broken > count { throw ValidationError("--broken must be from 0 to COUNT") }
    }

    func run() throws {
        try CaseloadGenerator(seed: seed, broken: broken).write(count: count, to: output)
        print("wrote \(count) plans to \(output)")
    }
}
