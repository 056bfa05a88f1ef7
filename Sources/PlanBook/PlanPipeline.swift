import BookletLayout
import BookletRender
import Foundation
import PlanDiagnostics
import PlanModel

/// The pipeline behind every command: read a plan, check it, lay it out and
/// draw it. One instance holds one set of fonts, so use one per task.
public final class PlanPipeline {
    public let resources: Resources
    public let pictures: PictureLibrary
    public let layouts: LayoutCatalogue
    /// What a plan and its pictures may hold.
    public let limits: InputLimits
    private var renderer: (fonts: FontLibrary, painter: BookletPainter, measurer: PangoTextMeasurer)?

    /// `extraLayouts` are folders of a team's own layouts, which may replace shipped ones by name.
    public convenience init(resources: Resources, extraLayouts: [String] = [], limits: InputLimits = .standard) throws {
        self.init(
            resources: resources, pictures: try PictureLibrary(folder: resources.pictures),
            layouts: try LayoutCatalogue(folders: [resources.layouts] + extraLayouts), limits: limits)
    }

    /// A pipeline with a picture library and layouts already read (by
    /// another pipeline: a batch's workers share what the command read).
    public init(resources: Resources, pictures: PictureLibrary, layouts: LayoutCatalogue, limits: InputLimits = .standard) {
        self.resources = resources
        self.limits = limits
        self.pictures = pictures
        self.layouts = layouts
    }

    /// Reads and checks one plan file.
    public func check(path: String) -> PlanReport {
        switch PlanSource.read(path: path, limit: limits.textBytes) {
        case .failure(let failure):
            return PlanReport(diagnostics: failure, plan: nil)
        case .success(let text):
            return check(text.file, readingWarnings: text.warnings)
        }
    }

    /// Checks a plan whose text is already read; picture paths are relative to
    /// the file's folder. `readingWarnings` are the reader's (PB007).
    public func check(_ file: SourceFile, readingWarnings: [Diagnostic] = []) -> PlanReport {
        let checked = checkPlan(file, context: loweringContext(for: file.path))
        return PlanReport(
            diagnostics: FileDiagnostics(file: file, diagnostics: readingWarnings + checked.diagnostics),
            plan: checked.hasErrors ? nil : checked.plan)
    }

    /// What lowering a plan at `path` needs to know: this pipeline's picture and layout names, and the plan's folder.
    public func loweringContext(for path: String) -> LoweringContext {
        LoweringContext(pictureNames: pictures.names, layoutNames: layouts.names, pictureFolder: nil, limits: limits).forPlan(at: path)
    }

    /// Every file a booklet of `plan` is made from, so that a booklet older
    /// than any of them is made again: the plan, the pictures it names by file,
    /// the picture library (its index and every picture, since pictures are
    /// also chosen by keyword and by meaning), the layout, the fixed words for
    /// its language and the fonts configuration.
    public func inputs(of plan: SafetyPlan, layout name: String? = nil, at path: String) -> [String] {
        var inputs = [path]
        inputs += plan.allPictures.compactMap { picture in
            if case .file = picture { return pictures.path(for: picture) }
            return nil
        }
        inputs.append(pictures.folder + "/library.json")
        inputs += pictures.entries.map { pictures.folder + "/" + $0.file }
        if let layoutFile = layouts.files[name ?? plan.layout ?? LayoutCatalogue.defaultLayout] { inputs.append(layoutFile) }
        inputs += layouts.fixedWordFiles(for: plan.language)
        inputs.append(resources.fontConfiguration)
        return inputs
    }

    /// Lays a checked plan out as pages of boxes, in the layout named, else the
    /// plan's own, else the child's booklet; `font` replaces the layout's font family.
    public func layout(_ plan: SafetyPlan, layout name: String? = nil, font: String? = nil) throws -> Booklet {
        let tools = try renderTools()
        let template = try layouts.template(named: name ?? plan.layout)
        let fixedWords = try layouts.fixedWords(for: plan.language)
        var engine = BookletLayoutEngine(
            template: template, fixedWords: fixedWords, measurer: tools.measurer, pictures: pictures, fontFamily: font)
        engine.longestWord = limits.longestWord
        return engine.layout(plan)
    }

    /// The PDF bytes of a plan's booklet.
    public func pdf(for plan: SafetyPlan, layout name: String? = nil, font: String? = nil) throws -> [UInt8] {
        let booklet = try layout(plan, layout: name, font: font)
        return try pdfData(for: booklet, of: plan)
    }

    /// A booklet's PDF, with alt text for its pictures and the languages of its words for screen readers.
    private func pdfData(for booklet: Booklet, of plan: SafetyPlan) throws -> [UInt8] {
        let notes = ScreenReaderNotes(plan: plan, library: pictures, fixedWords: try layouts.fixedWords(for: plan.language))
        return try renderTools().painter.pdfData(for: booklet, notes: notes.note(for:))
    }

    /// The PDF bytes of a booklet already laid out.
    public func pdf(for booklet: Booklet) throws -> [UInt8] {
        try renderTools().painter.pdfData(for: booklet)
    }

    /// One page (0-based) of a booklet already laid out, as a PNG image at `dpi` dots per inch.
    public func png(for booklet: Booklet, page index: Int, dpi: Double) throws -> [UInt8] {
        guard booklet.pages.indices.contains(index) else {
            throw PlanBookError.render(path: booklet.metadata.title, reason: "there is no page \(index + 1)")
        }
        var single = booklet
        single.pages = [booklet.pages[index]]
        return try renderTools().painter.pngPages(for: single, dpi: dpi)[0]
    }

    /// One PNG image a page of a plan's booklet, at `dpi` dots per inch.
    public func pngPages(for plan: SafetyPlan, layout name: String? = nil, font: String? = nil, dpi: Double) throws -> [[UInt8]] {
        let booklet = try layout(plan, layout: name, font: font)
        return try renderTools().painter.pngPages(for: booklet, dpi: dpi)
    }

    /// Checks a plan and, if it has no error, writes its booklet to `output`
    /// atomically: a failed render leaves no file behind. For PNG output,
    /// `output` without its extension is the stem of `STEM-1.png`, `STEM-2.png`….
    public func render(path: String, to output: String, options: RenderOptions = RenderOptions()) -> RenderReport {
        render(check(path: path), to: output, options: options)
    }

    /// Writes the booklet of a plan already checked; nothing when it has an error.
    public func render(_ report: PlanReport, to output: String, options: RenderOptions = RenderOptions()) -> RenderReport {
        let path = report.diagnostics.file.path
        guard let plan = report.plan else { return RenderReport(plan: report, outputs: [], pages: 0, error: nil) }
        do {
            let booklet = try layout(plan, layout: options.layout, font: options.font)
            switch options.format {
            case .pdf:
                try AtomicFile.write(try pdfData(for: booklet, of: plan), to: output)
                return RenderReport(plan: report, outputs: [output], pages: booklet.pages.count, error: nil)
            case .png:
                let images = try renderTools().painter.pngPages(for: booklet, dpi: options.dpi)
                let stem = (output as NSString).deletingPathExtension
                var written: [String] = []
                for (index, image) in images.enumerated() {
                    let name = "\(stem)-\(index + 1).png"
                    try AtomicFile.write(image, to: name)
                    written.append(name)
                }
                return RenderReport(plan: report, outputs: written, pages: booklet.pages.count, error: nil)
            case .boxes:
                let json = boxes(booklet, plan: plan, file: path, layout: options.layout)
                try AtomicFile.write(Array(json.utf8), to: output)
                return RenderReport(plan: report, outputs: [output], pages: booklet.pages.count, error: nil)
            }
        } catch let error as PlanBookError {
            return RenderReport(plan: report, outputs: [], pages: 0, error: error)
        } catch {
            return RenderReport(plan: report, outputs: [], pages: 0, error: .render(path: path, reason: "\(error)"))
        }
    }

    /// The booklet's page boxes as JSON (`docs/boxes.md`): library pictures by
    /// name, the plan's own picture files by the path the plan gives.
    public func boxes(_ booklet: Booklet, plan: SafetyPlan, file: String, layout name: String? = nil) -> String {
        var names: [String: String] = [:]
        for entry in pictures.entries { names[pictures.folder + "/" + entry.file] = entry.name }
        for picture in plan.allPictures {
            switch picture {
            case .file(let relative, let absolute): names[absolute] = relative
            // A picture's other name (`gran` for `older-woman`) as the plan writes it.
            case .library(let name): if let path = pictures.path(for: picture) { names[path] = name }
            }
        }
        let layout = (try? layouts.template(named: name ?? plan.layout).name) ?? (name ?? plan.layout ?? LayoutCatalogue.defaultLayout)
        return BoxDump.json(booklet, file: file, layout: layout) { names[$0] }
    }

    /// The PDF of an audit report.
    public func draw(_ report: AuditReportLayout) throws -> [UInt8] {
        try renderTools().painter.pdfData(for: report.layout(measurer: try renderTools().measurer))
    }

    /// A PDF of every library picture with its name.
    public func pictureCataloguePDF() throws -> [UInt8] {
        let items = pictures.entries.map { PictureCatalogue.Item(name: $0.label, path: pictures.folder + "/" + $0.file) }
        let booklet = PictureCatalogue(title: "planbook pictures", items: items).layout(measurer: try renderTools().measurer)
        let descriptions = Dictionary(
            pictures.entries.map { (pictures.folder + "/" + $0.file, $0.description) }, uniquingKeysWith: { first, _ in first })
        return try renderTools().painter.pdfData(for: booklet) { box in
            guard case .picture(let path) = box.content else { return StructureNote() }
            return StructureNote(alternateText: descriptions[path])
        }
    }

    private func renderTools() throws -> (fonts: FontLibrary, painter: BookletPainter, measurer: PangoTextMeasurer) {
        if let renderer { return renderer }
        let fonts = try FontLibrary(configurationFile: resources.fontConfiguration)
        let tools = (fonts, BookletPainter(fonts: fonts, limits: limits), PangoTextMeasurer(fonts: fonts))
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

/// How to render: which layout and font, and whether to make a PDF or PNG pages.
public struct RenderOptions: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case pdf
        case png
        /// The page boxes as JSON.
        case boxes
    }

    public var layout: String?
    public var font: String?
    public var format: Format
    /// Dots per inch for PNG pages.
    public var dpi: Double

    public init(layout: String? = nil, font: String? = nil, format: Format = .pdf, dpi: Double = 96) {
        self.layout = layout
        self.font = font
        self.format = format
        self.dpi = dpi
    }
}

/// What rendering one plan gave.
public struct RenderReport: Sendable {
    public var plan: PlanReport
    /// The files written: one PDF, or one PNG a page; empty when none was.
    public var outputs: [String]
    public var pages: Int
    /// A failure after the plan was checked (layout, drawing, writing).
    public var error: PlanBookError?

    public var succeeded: Bool { !outputs.isEmpty }
}

extension LoweringContext {
    /// This context for the plan at `path`: picture paths are relative to its folder.
    func forPlan(at path: String) -> LoweringContext {
        var context = self
        context.pictureFolder = DiskPictureFolder(path: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        return context
    }
}

extension PlanPipeline {
    /// Checked plans' diagnostics as a SARIF 2.1.0 log, a rule for each code that occurs.
    public static func sarif(_ files: [FileDiagnostics]) -> String {
        var rules: [String: SARIFRule] = [:]
        for diagnostic in files.flatMap(\.diagnostics) where rules[diagnostic.code] == nil {
            rules[diagnostic.code] = SARIFRule(
                id: diagnostic.code, name: diagnostic.name, shortDescription: diagnostic.name.replacingOccurrences(of: "-", with: " "),
                fullDescription: "planbook's \(diagnostic.code) \(diagnostic.name)", help: "See docs/plan-language.md, \(diagnostic.code).",
                defaultLevel: diagnostic.severity
            )
        }
        return SARIFRenderer(toolName: "planbook").render(files, rules: rules.values.sorted { $0.id < $1.id })
    }
}
