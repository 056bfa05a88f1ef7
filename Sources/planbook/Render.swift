import ArgumentParser
import Foundation
import PlanBook

/// `planbook render FILE|DIR... [-o PATH]`
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a PDF booklet from each plan.",
        discussion: """
            Without -o, each booklet goes beside its plan with the same name. With one plan, -o names \
            the PDF; with several plans or a folder, -o names a folder, and plans found in folders keep \
            their sub-folders there. A plan with an error gets no PDF; the others are still made. A \
            booklet newer than its plan, pictures and layout is left as it is unless --force. Ctrl-C \
            stops after the plans being drawn, with a summary; a rerun finishes the job.
            """
    )

    @Argument(help: ArgumentHelp("The .plan files, or folders to search for them.", valueName: "file"))
    var files: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write: a .pdf file for one plan, else a folder.", valueName: "path"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "The layout to use, instead of the plan's own or child-booklet ('planbook layouts' lists them).", valueName: "name"))
    var layout: String?

    @Option(help: ArgumentHelp("A font family to use instead of the layout's, such as OpenDyslexic.", valueName: "family"))
    var font: String?

    @Option(
        name: .customLong("format"),
        help:
            "What to make: pdf, png (one image a page: NAME-1.png, NAME-2.png…), or boxes (the laid-out pages as JSON, NAME.json; see docs/boxes.md)."
    )
    var outputFormat: OutputFormat = .pdf

    @Option(help: "Dots per inch of PNG pages.")
    var dpi: Double = 96

    @Option(name: .shortAndLong, help: "How many plans to draw at once (default: one per processor core).")
    var jobs: Int?

    @Flag(help: "Make every booklet again, even those newer than their plan.")
    var force = false

    @OptionGroup var options: CommonOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case pdf
        case png
        case boxes
    }

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one .plan file or folder to render") }
        if !(24...600).contains(dpi) { throw ValidationError("--dpi must be between 24 and 600") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() throws {
        let pipeline = try options.openPipeline()
        if let layout, pipeline.layouts.templates[layout] == nil {
            throw ValidationError(
                "there is no layout called '\(layout)'; the layouts are: \(pipeline.layouts.names.joined(separator: ", "))")
        }
        var inputs = try planInputs(files)
        let single = inputs.count == 1 && !inputs[0].fromFolder
        if !single, let output, output.lowercased().hasSuffix(".pdf") || output.lowercased().hasSuffix(".json") {
            throw ValidationError("with several plans, -o names a folder, not '\(output)'")
        }
        let folders = Set(inputs.filter(\.fromFolder).map(\.root))
        var jobs = inputs.map {
            BatchRenderer.Job(plan: $0.path, output: outputPath(for: $0, single: single, prefixRoot: folders.count > 1))
        }
        let child = BatchChild.fromEnvironment()
        if child == nil, jobs.count > 1, ProcessInfo.processInfo.environment["PLANBOOK_IN_PROCESS"] == nil {
            return try supervise(jobs)
        }
        if let child {
            let kept = jobs.indices.filter { child.wanted[jobs[$0].plan] != nil }
            jobs = kept.map { jobs[$0] }
            inputs = kept.map { inputs[$0] }
        }
        let renderOptions = RenderOptions(
            layout: layout, font: font, format: RenderOptions.Format(rawValue: outputFormat.rawValue) ?? .pdf, dpi: dpi)
        let batch = BatchRenderer(
            resources: pipeline.resources, extraLayouts: options.layoutFolders, options: renderOptions,
            force: force, workers: self.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            limits: pipeline.limits, read: (pipeline.pictures, pipeline.layouts))

        let stop = Locked(false)
        let signals = StopSignals(stop: stop)
        let total = child?.total ?? jobs.count
        let progress = BatchProgress(
            total: total, done: child?.done ?? 0, terminal: isatty(STDERR_FILENO) == 1 && total > 1, colour: options.colour)
        let results = batch.run(jobs, stop: stop, started: { child?.started($0.plan) }) { result, done, _ in
            child?.finished(result.job.plan, result.outcome)
            progress.report(result, done: done)
        }
        progress.finish()
        _ = signals

        // Problems: every one for plans named on their own; only the failures' for folders.
        let renderer = TextDiagnosticRenderer(colour: options.colour)
        var summary = BatchSummary()
        for (result, input) in zip(results, inputs) {
            summary.count(result.outcome)
            switch result.outcome {
            case .failed(let diagnostics, let error):
                printError(renderer.render(diagnostics), terminator: "")
                if let error { printError(escaping: "planbook: \(error)") }
                if FileManager.default.fileExists(atPath: result.job.output) {
                    printError(escaping: "note: \(result.job.output) was made from an earlier version of this plan; it was not replaced")
                }
            case .rendered, .upToDate:
                // Warnings too, for a plan named on its own.
                if !input.fromFolder, let diagnostics = result.diagnostics {
                    printError(renderer.render(diagnostics), terminator: "")
                }
            case .skipped:
                break
            }
        }
        // A child leaves the summary to its supervisor.
        if child == nil, jobs.count > 1 || summary.failed > 0 || summary.upToDate > 0 { printError(summary.line) }
        if stop.withLock({ $0 }) { throw ExitCode(130) }
        if summary.failed > 0 { throw ExitCode(1) }
    }

    /// Several plans: drawn in a child process (see `BatchIsolation`), so a
    /// plan that makes a C library abort fails alone and the rest are drawn.
    private func supervise(_ jobs: [BatchRenderer.Job]) throws {
        let progress = BatchProgress(total: jobs.count, terminal: isatty(STDERR_FILENO) == 1, colour: options.colour)
        let (outcomes, stopped) = try BatchSupervisor(jobs: jobs, progress: progress).run()
        progress.finish()
        var summary = BatchSummary()
        for (job, outcome) in zip(jobs, outcomes) {
            switch outcome?.kind ?? .skipped {
            case .rendered: summary.rendered += 1
            case .upToDate: summary.upToDate += 1
            case .skipped: summary.skipped += 1
            case .failed:
                summary.failed += 1
                guard let signal = outcome?.signal else { continue }
                printError(
                    escaping: "planbook: \(job.plan): drawing this plan stopped the process drawing it (signal \(signal), "
                        + "\(String(cString: strsignal(signal)))), so it has no booklet; the other plans were drawn. "
                        + "A picture in it may be one planbook cannot draw: try it without its pictures, and please report it.")
                if FileManager.default.fileExists(atPath: job.output) {
                    printError(escaping: "note: \(job.output) was made from an earlier version of this plan; it was not replaced")
                }
            }
        }
        printError(summary.line)
        if stopped { throw ExitCode(130) }
        if summary.failed > 0 { throw ExitCode(1) }
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Where one plan's output goes: beside it, at -o, or in the -o folder mirroring the input folders.
    func outputPath(for input: FoundFile, single: Bool, prefixRoot: Bool) -> String {
        let ending = outputFormat == .boxes ? ".json" : ".pdf"
        let pdfName = { (relative: String) in (relative as NSString).deletingPathExtension + ending }
        guard let output else { return pdfName(input.path) }
        if single, !(output.hasSuffix("/") || isFolder(output)) { return output }
        let folder = output.hasSuffix("/") ? String(output.dropLast()) : output
        let relative =
            prefixRoot && input.fromFolder
            ? URL(fileURLWithPath: input.root).lastPathComponent + "/" + input.relativePath : input.relativePath
        return folder + "/" + pdfName(relative)
    }
}
