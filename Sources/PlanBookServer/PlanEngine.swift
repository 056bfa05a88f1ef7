import BookletLayout
import Foundation
import PlainLanguage
import PlanBook
import PlanDiagnostics
import PlanModel

/// The same pipeline as the command line, in this process: one `PlanPipeline`
/// with its fonts and pictures loaded once, used by one request at a time
/// (Cairo and Pango are not for two threads at once). Previews are kept for
/// a while so the page can fetch their pages one by one.
actor PlanEngine {
    private let pipeline: PlanPipeline
    private let reviewer: PlanReviewer
    let folder: PlanFolder
    private var previews: [String: Preview] = [:]
    private var previewOrder: [String] = []
    /// How many laid-out previews are kept.
    static let keptPreviews = 12

    /// A laid-out booklet whose pages can be drawn.
    struct Preview {
        var booklet: Booklet
        var images: [Int: [UInt8]] = [:]
    }

    init(resources: Resources, folder: PlanFolder) throws {
        let pipeline = try PlanPipeline(resources: resources)
        self.pipeline = pipeline
        var configuration = LintConfiguration()
        if let found = LintConfigurationFile.find(for: folder.root + "/new.plan"), let loaded = try? LintConfigurationFile.load(path: found)
        {
            configuration = loaded
        }
        self.reviewer = try PlanReviewer(pipeline: pipeline, configuration: configuration)
        self.folder = folder
    }

    var layoutNames: [String] { pipeline.layouts.names }
    var pictureNames: [String] { pipeline.pictures.names.sorted() }

    /// The booklet's fixed words for a language, or the English ones.
    func fixedWords(for language: String) -> FixedWords? {
        try? pipeline.layouts.fixedWords(for: language)
    }

    /// Draws a first booklet so that fonts, pictures and caches are ready before the first request.
    func warmUp() {
        let file = SourceFile(path: folder.root + "/warm-up.plan", text: PlanTemplate.text(child: "Sam", date: "2026-01-01"))
        if let plan = reviewer.review(file).check.plan, let booklet = try? pipeline.layout(plan) {
            _ = try? pipeline.png(for: booklet, page: 0, dpi: 48)
        }
    }

    /// Checks and lints a text as the plan `name`: the command line's JSON for
    /// both, the score with its reasons, and the plan's language.
    func review(text: String, name: String) -> Data {
        let file = SourceFile(path: path(of: name), text: text)
        let review = reviewer.review(file)
        let shown = SourceFile(path: name, text: text)
        let check = JSONDiagnosticRenderer().render([FileDiagnostics(file: shown, diagnostics: review.check.diagnostics.diagnostics)])
        var lint = "null"
        var score = "null"
        if var report = review.lint {
            report.document.file = shown
            lint = LintOutput.json([report])
            if let value = report.score {
                score = JSONText.encode(ScoreEntry(value))
            }
        }
        let plan = review.draft
        let about = JSONText.encode(
            AboutEntry(
                language: plan?.language ?? "en-GB",
                direction: Self.direction(of: plan?.language ?? "en-GB"),
                child: plan.map { $0.childFirstName },
                layout: plan?.layout
            ))
        return Data("{\"check\":\(check),\"lint\":\(lint),\"score\":\(score),\"plan\":\(about)}".utf8)
    }

    /// Lays a text out in a layout (its own, else the child's booklet) and
    /// keeps it for `page(...)`; nil with the diagnostics when it has an error.
    func preview(text: String, name: String, layout: String?) throws -> Result<PreviewEntry, ErrorsEntry> {
        let file = SourceFile(path: path(of: name), text: text)
        let report = pipeline.check(file)
        guard let plan = report.plan else {
            return .failure(ErrorsEntry(report.diagnostics, name: name))
        }
        let booklet = try pipeline.layout(plan, layout: layout)
        let id = UUID().uuidString.lowercased()
        previews[id] = Preview(booklet: booklet)
        previewOrder.append(id)
        while previewOrder.count > Self.keptPreviews {
            previews[previewOrder.removeFirst()] = nil
        }
        let words = fixedWords(for: plan.language)
        let lines = SourceLines(plan: plan, file: file, words: words)
        return .success(
            PreviewEntry(
                id: id, layout: layout ?? plan.layout ?? LayoutCatalogue.defaultLayout,
                pages: booklet.pages.map { page in
                    PreviewEntry.PageEntry(
                        width: page.size.width, height: page.size.height,
                        boxes: zip(page.boxes, lines.lines(of: page.boxes)).compactMap { box, line in
                            guard let line else { return nil }
                            return PreviewEntry.BoxEntry(
                                x: box.frame.x, y: box.frame.y, width: box.frame.width, height: box.frame.height,
                                role: box.tag.role?.rawValue ?? box.role.rawValue, line: line
                            )
                        }
                    )
                }
            ))
    }

    /// One page of a kept preview as PNG; nil when the preview is gone or has no such page.
    func page(_ id: String, index: Int, dpi: Double) throws -> [UInt8]? {
        guard var preview = previews[id], preview.booklet.pages.indices.contains(index) else { return nil }
        if dpi == 96, let image = preview.images[index] { return image }
        let image = try pipeline.png(for: preview.booklet, page: index, dpi: dpi)
        if dpi == 96 {
            preview.images[index] = image
            previews[id] = preview
        }
        return image
    }

    /// The PDF of a text, or its diagnostics when it has an error.
    func pdf(text: String, name: String, layout: String?) throws -> Result<[UInt8], ErrorsEntry> {
        let report = pipeline.check(SourceFile(path: path(of: name), text: text))
        guard let plan = report.plan else { return .failure(ErrorsEntry(report.diagnostics, name: name)) }
        return .success(try pipeline.pdf(for: plan, layout: layout))
    }

    private func path(of name: String) -> String {
        folder.root + "/" + (PlanFolder.isValidName(name) ? name : "untitled.plan")
    }

    static func direction(of language: String) -> String {
        let base = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return ["ar", "ur", "he", "fa", "ps", "yi"].contains(base) ? "rtl" : "ltr"
    }
}
