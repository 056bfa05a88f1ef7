import ArgumentParser
import Foundation
import PlanBook

/// `planbook render FILE... [-o PATH]`
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a PDF booklet from each plan.",
        discussion: """
        Without -o, each booklet goes beside its plan with the same name. With one plan, -o names \
        the PDF; with several plans or a folder, -o names a folder, and plans found in folders keep \
        their sub-folders there. A plan with an error gets no PDF; the others are still made.
        """
    )

    @Argument(help: ArgumentHelp("The .plan files, or folders to search for them.", valueName: "file"))
    var files: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write: a .pdf file for one plan, else a folder.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("The layout to use, instead of the plan's own or child-booklet ('planbook layouts' lists them).", valueName: "name"))
    var layout: String?

    @Option(help: ArgumentHelp("A font family to use instead of the layout's, such as OpenDyslexic.", valueName: "family"))
    var font: String?

    @Option(name: .customLong("format"), help: "What to make: pdf, or png (one image a page: NAME-1.png, NAME-2.png…).")
    var outputFormat: OutputFormat = .pdf

    @Option(help: "Dots per inch of PNG pages.")
    var dpi: Double = 96

    @OptionGroup var options: CommonOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case pdf
        case png
    }

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one .plan file or folder to render") }
        if !(24...600).contains(dpi) { throw ValidationError("--dpi must be between 24 and 600") }
    }

    func run() throws {
        let planBook = try options.openPlanBook()
        if let layout, planBook.layouts.templates[layout] == nil {
            throw ValidationError("there is no layout called '\(layout)'; the layouts are: \(planBook.layouts.names.joined(separator: ", "))")
        }
        let inputs = PlanFinder.expand(files)
        if inputs.isEmpty {
            printError("planbook: no .plan files found in \(files.joined(separator: ", "))")
            throw ExitCode(1)
        }
        let single = inputs.count == 1 && !inputs[0].fromFolder
        if single, let output, output.hasSuffix("/") || isFolder(output) {
            // `-o out/` with one plan: the folder is meant.
        } else if !single, let output, output.lowercased().hasSuffix(".pdf") {
            throw ValidationError("with several plans, -o names a folder, not '\(output)'")
        }

        var failed = 0
        var reports: [RenderReport] = []
        for input in inputs {
            let target = outputPath(for: input, single: single)
            let options = RenderOptions(layout: layout, font: font, format: outputFormat == .png ? .png : .pdf, dpi: dpi)
            let report = planBook.render(path: input.path, to: target, options: options)
            reports.append(report)
            if report.succeeded {
                let what = outputFormat == .png ? "\(report.outputs.count) PNG pages" : "\(report.pages) page\(report.pages == 1 ? "" : "s")"
                print("wrote \(report.outputs.first ?? target)\(report.outputs.count > 1 ? " …" : "") (\(what))")
            } else {
                failed += 1
            }
        }
        options.report(reports.map(\.plan.diagnostics))
        for report in reports {
            if let error = report.error { printError("planbook: \(error)") }
        }
        if failed > 0 {
            printError("\(failed) of \(inputs.count) plan\(inputs.count == 1 ? "" : "s") not rendered")
            throw ExitCode(1)
        }
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Where one plan's PDF goes.
    func outputPath(for input: PlanFinder.Input, single: Bool) -> String {
        let pdfName = { (relative: String) in (relative as NSString).deletingPathExtension + ".pdf" }
        guard let output else { return pdfName(input.path) }
        if single, !(output.hasSuffix("/") || isFolder(output)) { return output }
        let folder = output.hasSuffix("/") ? String(output.dropLast()) : output
        return folder + "/" + pdfName(input.relativePath)
    }
}
