import BookletRender
import Foundation
import PlainLanguage
import PlanBook
import PlanDiagnostics
import PlanModel

/// What each fuzz target does with one input, in a library so that the
/// tests replay the fuzzers' findings and seeds through the same code
/// (`fuzz/run` builds the libFuzzer executables around these).
public enum FuzzEntries {
    /// The targets' names, as `fuzz/run`, the driver and the tests call them.
    public static let targetNames = ["plan", "lint", "docx", "picture"]

    /// The target of that name, or nil for a name that is not one.
    public static func target(named name: String) -> (([UInt8]) -> Void)? {
        switch name {
        case "plan": plan
        case "lint": lint
        case "docx": docx
        case "picture": picture
        default: nil
        }
    }

    /// The plan parser and model: decode, parse, lower, check, and show the diagnostics as text, JSON and SARIF.
    public static func plan(_ bytes: [UInt8]) {
        guard let pipeline = shared.pipeline else { return }
        guard case .success(let text) = TextReader.decode(bytes, path: shared.folder + "/fuzz.plan") else { return }
        let file = text.file
        let report = pipeline.check(file)
        _ = TextDiagnosticRenderer(colour: true).render(report.diagnostics)
        _ = JSONDiagnosticRenderer().render([report.diagnostics])
        _ = SARIFRenderer().render([report.diagnostics], rules: [])
    }

    /// The lint pipeline over text, Markdown or a plan (the first byte chooses), with every report format.
    public static func lint(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let kinds: [InputKind] = [.text, .markdown, .plan]
        let kind = kinds[Int(first) % kinds.count]
        guard let text = String(validating: bytes.dropFirst(), as: UTF8.self) else { return }
        let report = shared.linter.lint(text: text, path: "fuzz", kind: kind)
        _ = LintOutput.text(report, colour: true)
        _ = LintOutput.summary(report, colour: true)
        _ = LintOutput.json([report])
        if let rules = try? Resources.ruleCatalogue() { _ = LintSARIF.render([report], rules: rules) }
    }

    /// The `.docx` reader: a zip file read from disk, or (first byte odd) the paragraph scanner on raw XML.
    public static func docx(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        if first & 1 == 1 {
            _ = try? WordDocumentReader.paragraphs(ofXML: Array(bytes.dropFirst()))
            return
        }
        let path = shared.folder + "/fuzz-\(getpid()).docx"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes.dropFirst())) else { return }
        defer { unlink(path) }
        _ = FileLinter.document(path: path, limits: shared.limits)
    }

    /// The picture readers: the header inspection, then (within the limits) gdk-pixbuf or librsvg, drawn once.
    public static func picture(_ bytes: [UInt8]) {
        guard PictureInspection.inspect(bytes, limits: shared.limits) == nil else { return }
        let ext = bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) ? "png" : bytes.starts(with: [0xFF, 0xD8]) ? "jpg" : "svg"
        let path = shared.folder + "/fuzz-\(getpid()).\(ext)"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return }
        defer { unlink(path) }
        try? PictureProbe.draw(path: path, limits: shared.limits)
    }

    /// Set up once per process: a pipeline, a linter, a scratch folder.
    final class Shared: @unchecked Sendable {
        let pipeline: PlanPipeline?
        let linter = PlainLanguageLinter()
        let folder: String
        /// Smaller than the standard limits, so the fuzzer spends its time on what files hold, not on their size.
        let limits = InputLimits(picturePixels: 4_000_000, pictureFileBytes: 1 << 20, svgElements: 5_000, wordPartBytes: 4 << 20)

        init() {
            folder = NSTemporaryDirectory() + "planbook-fuzz-\(getpid())"
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            pipeline = try? PlanPipeline(resources: Resources.locate(override: ProcessInfo.processInfo.environment["PLANBOOK_HOME"]))
            try? Resources.installLanguageData()
        }
    }

    static let shared = Shared()
}
