import ArgumentParser
import Foundation
import PlanBook

extension Audience: ExpressibleByArgument {}

/// `planbook lint FILE|DIR...`
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that what is written for children and families is in plain words, and score it 0–10.",
        discussion: """
            Reads .plan files (the texts the child and family will read; the child's age sets the target), \
            .txt, .md and Word .docx files, and folders of them. Shows every jargon word, unexplained \
            acronym, judgemental word, long sentence, passive verb and long word with what to write \
            instead, and each file's score (5 or more is plain) with its reasons. A .planbook-lint.json \
            file in a file's folder or a folder above it adds words and ignores rules (see docs/linting.md). \
            Exit code 0 when every file was read (and scores at least --min-score), 1 otherwise.
            """
    )

    @Argument(help: ArgumentHelp("Files to check, or folders to search for .plan, .txt, .md and .docx files.", valueName: "file"))
    var files: [String] = []

    @Option(name: .customLong("format"), help: "How to show the results: text, json or sarif.")
    var format: DiagnosticFormat = .text

    @Option(
        help: ArgumentHelp(
            "Who will read the files: child, parent or professional (default: child for plans, parent otherwise).", valueName: "audience"))
    var audience: Audience?

    @Option(name: .customLong("min-score"), help: ArgumentHelp("Exit with 1 when any file scores below this (0–10).", valueName: "score"))
    var minimumScore: Double?

    @Option(help: ArgumentHelp("Leave out a rule, by name or code (repeat it, or separate names with commas).", valueName: "rule"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp("A team's word file: JSON with words to add or remove and rules to ignore.", valueName: "file"))
    var words: String?

    @Option(help: ArgumentHelp("Explain a rule: what it checks, why it matters, an example and what to write instead.", valueName: "rule"))
    var explain: String?

    @Flag(name: .customLong("list-rules"), help: "List the rules with their codes.")
    var listRules = false

    @Flag(name: .customLong("no-config"), help: "Do not look for .planbook-lint.json files.")
    var noConfiguration = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColour = false

    @OptionGroup(title: "Limits") var limitOptions: LimitOptions

    private var ignoredNames: [String] {
        ignore.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func validate() throws {
        if let explain, !RuleRegistry.identities.contains(where: { $0.name == explain.lowercased() || $0.code == explain.uppercased() }) {
            throw ValidationError("there is no rule called '\(explain)'; the rules are: \(Self.ruleList)")
        }
        for name in ignoredNames where RuleRegistry.rule(named: name) == nil {
            throw ValidationError("there is no rule called '\(name)' to ignore; the rules are: \(Self.ruleList)")
        }
        if let minimumScore, !(0...10).contains(minimumScore) {
            throw ValidationError("--min-score is a score from 0 to 10, not \(minimumScore)")
        }
        if files.isEmpty, explain == nil, !listRules {
            throw ValidationError("give at least one file or folder to lint, or --explain a rule")
        }
    }

    static var ruleList: String { RuleRegistry.rules.map(\.identity.name).joined(separator: ", ") }

    func run() throws {
        if let explain {
            print(try Self.rules().description(named: explain)?.explanation ?? "", terminator: "")
            return
        }
        if listRules {
            for description in try Self.rules().descriptions {
                print(
                    "\(description.code)  \(description.name.padding(toLength: 16, withPad: " ", startingAt: 0)) \(description.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(description.summary)"
                )
            }
            return
        }
        var wordFile: LintConfiguration?
        if let words {
            do {
                wordFile = try LintConfigurationFile.load(path: words)
            } catch {
                printError(escaping: "planbook: \(error)")
                throw ExitCode(1)
            }
        }
        let paths = FileFinder.lintInputs(files).map(\.path)
        if paths.isEmpty {
            printError(escaping: "planbook: no .plan, .txt, .md or .docx files found in \(files.joined(separator: ", "))")
            throw ExitCode(1)
        }
        let request = LintRequest(
            options: LintOptions(audience: audience, ignore: ignoredNames), words: wordFile, findsConfiguration: !noConfiguration,
            limits: try limitOptions.limits())
        let reports: [LintReport]
        do {
            reports = try FileLinter.lint(paths: paths, request: request)
        } catch {
            printError(escaping: "planbook: \(error)")
            throw ExitCode(1)
        }
        try show(reports)
        let unread = reports.contains(where: \.hasErrors)
        let low = minimumScore.map { minimum in reports.contains { $0.score.map { $0.value < minimum } ?? false } } ?? false
        if unread || low { throw ExitCode(1) }
    }

    /// The rules' descriptions, or a message and exit code 1 when `rules.json` cannot be read.
    private static func rules() throws -> RuleCatalogue {
        do {
            return try Resources.ruleCatalogue()
        } catch {
            printError(escaping: "planbook: \(error)")
            throw ExitCode(1)
        }
    }

    private func show(_ reports: [LintReport]) throws {
        switch format {
        case .json:
            var output = StandardOutput()
            output.write(bytes: LintOutput.jsonBytes(reports) + [0x0A])
            output.flush()
        case .sarif:
            print(LintSARIF.render(reports, rules: try Self.rules()))
        case .text:
            let colour = !noColour && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1
            let renderer = LintOutput.textRenderer(colour: colour)
            var output = StandardOutput()
            for report in reports { output.write(report, renderer) }
            if reports.count > 1 {
                let plain = reports.count { $0.score?.isPlain == true }
                let findings = reports.reduce(0) { $0 + $1.findings.count }
                output.write(
                    "\(reports.count) files: \(plain) plain, \(reports.count - plain) not plain; \(findings) finding\(findings == 1 ? "" : "s")\n"
                )
            }
            output.flush()
        }
    }
}

/// Buffered standard output: a report with thousands of findings is written in blocks of 64 KiB.
private struct StandardOutput {
    private var buffer: [UInt8] = []

    init() {
        buffer.reserveCapacity(1 << 17)
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    mutating func write(bytes: [UInt8]) {
        flush()
        buffer = bytes
        flush()
    }

    mutating func write(_ report: LintReport, _ renderer: TextDiagnosticRenderer) {
        let findings = report.findings
        if findings.count > 4000, ProcessInfo.processInfo.activeProcessorCount > 1 {
            // Thousands of findings: render the two halves on two cores, then write them in order.
            flush()
            let halves = renderer.renderInHalves(findings, in: report.file)
            for half in halves {
                buffer = half
                flush()
            }
        } else {
            for finding in findings {
                renderer.render(finding, in: report.file, into: &buffer)
                if buffer.count > 1 << 16 { flush() }
            }
        }
        write(LintOutput.summary(report, colour: renderer.colour))
    }

    mutating func flush() {
        buffer.withUnsafeBytes { bytes in
            var written = 0
            while written < bytes.count {
                let result = Foundation.write(STDOUT_FILENO, bytes.baseAddress! + written, bytes.count - written)
                if result <= 0 { break }
                written += result
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
