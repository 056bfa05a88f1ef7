import BookletLayout
import BookletRender
import Foundation
import PlanDiagnostics
import PlanModel

/// The pipeline behind every command: read a plan, check it, lay it out and
/// draw it. One instance holds one set of fonts, so use one per task.
public final class PlanBook {
    public let resources: Resources
    public let pictures: PictureLibrary
    public let layouts: LayoutCatalogue
    private var renderer: (fonts: FontLibrary, pdf: PDFRenderer, measurer: PangoTextMeasurer)?

    public init(resources: Resources) throws {
        self.resources = resources
        self.pictures = try PictureLibrary(folder: resources.pictures)
        self.layouts = try LayoutCatalogue(folder: resources.layouts)
    }

    /// Reads and checks one plan file.
    public func check(path: String) -> PlanReport {
        switch PlanSource.read(path: path) {
        case .failure(let failure):
            return PlanReport(diagnostics: failure, plan: nil)
        case .success(let file):
            return check(file)
        }
    }

    /// Checks a plan whose text is already read; picture paths are relative to the file's folder.
    public func check(_ file: SourceFile) -> PlanReport {
        let folder = URL(fileURLWithPath: file.path).deletingLastPathComponent().path
        let context = LoweringContext(pictureNames: pictures.names, layoutNames: layouts.names, planDirectory: folder)
        let checked = checkPlan(file, context: context)
        return PlanReport(diagnostics: FileDiagnostics(file: file, diagnostics: checked.diagnostics), plan: checked.hasErrors ? nil : checked.plan)
    }

    /// Lays a checked plan out as pages of boxes.
    public func layout(_ plan: SafetyPlan, layout name: String? = nil) throws -> Booklet {
        let tools = try renderTools()
        let template = try layouts.template(named: name ?? plan.layout)
        let words = try layouts.words(for: plan.language)
        let engine = BookletLayoutEngine(template: template, words: words, measurer: tools.measurer, picturePath: pictures.path(for:))
        return engine.layout(plan)
    }

    /// The PDF bytes of a plan's booklet.
    public func pdf(for plan: SafetyPlan, layout name: String? = nil) throws -> [UInt8] {
        let booklet = try layout(plan, layout: name)
        return try renderTools().pdf.pdfData(for: booklet)
    }

    /// Checks a plan and, if it has no error, writes its booklet to `output`
    /// atomically: a failed render leaves no file behind.
    public func render(path: String, to output: String, layout name: String? = nil) -> RenderReport {
        let report = check(path: path)
        guard let plan = report.plan else { return RenderReport(plan: report, output: nil, pages: 0, error: nil) }
        do {
            let booklet = try layout(plan, layout: name)
            let bytes = try renderTools().pdf.pdfData(for: booklet)
            try AtomicFile.write(bytes, to: output)
            return RenderReport(plan: report, output: output, pages: booklet.pages.count, error: nil)
        } catch let error as PlanBookError {
            return RenderReport(plan: report, output: nil, pages: 0, error: error)
        } catch {
            return RenderReport(plan: report, output: nil, pages: 0, error: .render(path: path, reason: "\(error)"))
        }
    }

    private func renderTools() throws -> (fonts: FontLibrary, pdf: PDFRenderer, measurer: PangoTextMeasurer) {
        if let renderer { return renderer }
        let fonts = try FontLibrary(configurationFile: resources.fontConfiguration)
        let tools = (fonts, PDFRenderer(fonts: fonts), PangoTextMeasurer(fonts: fonts))
        renderer = tools
        return tools
    }
}

/// A checked plan: its diagnostics, and the plan when it has no error.
public struct PlanReport: Sendable {
    public var diagnostics: FileDiagnostics
    public var plan: SafetyPlan?

    public var hasErrors: Bool { diagnostics.hasErrors }
}

/// What rendering one plan gave.
public struct RenderReport: Sendable {
    public var plan: PlanReport
    /// The PDF written, or nil when none was.
    public var output: String?
    public var pages: Int
    /// A failure after the plan was checked (layout, drawing, writing).
    public var error: PlanBookError?

    public var succeeded: Bool { output != nil }
}
