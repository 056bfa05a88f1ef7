import BookletLayout
import PlanDiagnostics

/// Draws laid-out booklets as a tagged PDF document or as PNG page images.
///
/// It holds a `FontLibrary` and decoded pictures (C handles), so use it on one
/// task only; make one per task to render in parallel.
public struct BookletPainter {
    /// The fonts text is set in.
    public let fonts: FontLibrary
    private let pictures: PictureCache

    /// The PDF's Creator entry.
    static let creator = "planbook"

    /// A renderer setting text in `fonts`, refusing pictures over `limits`.
    public init(fonts: FontLibrary, limits: InputLimits = .standard) {
        self.fonts = fonts
        self.pictures = PictureCache(limits: limits)
    }

    /// The booklet as PDF bytes: one page per page, with its metadata, bookmarks,
    /// page labels and structure tags. The same booklet always gives the same bytes.
    ///
    /// - Throws: `RenderError` for a booklet without pages, a bad date or bookmark,
    ///   an unreadable picture, or when cairo fails.
    public func pdfData(for booklet: Booklet) throws -> [UInt8] {
        try pdfData(for: booklet) { _ in StructureNote() }
    }

    /// The booklet as PDF bytes, with each tagged box's `notes` (a picture's alt
    /// text, the language of words that differ from the booklet's) and the
    /// booklet's language written into the structure tree after cairo has
    /// finished the file.
    public func pdfData(for booklet: Booklet, notes: (Box) -> StructureNote) throws -> [UInt8] {
        guard let firstPage = booklet.pages.first else { throw RenderError.noPages }
        // The booklet's paragraphs were laid out when it was measured; forget them once it is drawn.
        defer { fonts.forgetLayouts() }
        let sink = ByteSink()
        let surface = try CairoSurface(pdfWritingTo: sink, size: firstPage.size)
        try surface.restrictToPDF15()
        try surface.setPDFMetadata(booklet.metadata, creator: Self.creator)

        let context = try CairoContext(surface: surface)
        let painter = makePainter(for: booklet)
        for (index, page) in booklet.pages.enumerated() {
            // cairo emits the last page when the surface finishes; an extra
            // show_page there would leave the Document end tag on a blank page.
            if index > 0 {
                try context.showPage()
            }
            try surface.setPDFPageSize(page.size)
            try surface.setPDFPageLabel(String(index + 1))
            if index == 0 {
                // Only now: cairo 1.16 records a page's drawing and tags, and
                // setting the page size starts that record afresh. A tag begun
                // before it is lost, and the unmatched end tag then fails
                // (or trips an assertion once an outline exists).
                context.beginTag(.document)
            }
            try painter.paint(page, on: context)
        }
        context.endTag(.document)
        try context.checkStatus()
        try surface.addPDFOutline(booklet.outline, pageCount: booklet.pages.count)
        try surface.finish()
        return try TaggedPDF.amend(sink.bytes, booklet: booklet, notes: notes)
    }

    /// Each page as PNG bytes, `dpi` pixels per inch, drawn like the PDF.
    ///
    /// - Throws: `RenderError` for a resolution that is not positive, an
    ///   unreadable picture, or when cairo fails.
    public func pngPages(for booklet: Booklet, dpi: Double) throws -> [[UInt8]] {
        guard dpi > 0, dpi.isFinite else { throw RenderError.invalidResolution(dpi) }
        defer { fonts.forgetLayouts() }
        let painter = makePainter(for: booklet)
        let scale = dpi / 72
        return try booklet.pages.map { page in
            let surface = try CairoSurface(
                imageWidth: Int((page.size.width * scale).rounded()),
                height: Int((page.size.height * scale).rounded()),
                opaque: true
            )
            let context = try CairoContext(surface: surface)
            // The last pixel column and row are only partly on the page; give them its colour too.
            context.paint(page.background)
            context.scale(by: scale)
            try painter.paint(page, on: context)
            surface.flush()
            return try surface.pngBytes()
        }
    }

    private func makePainter(for booklet: Booklet) -> PagePainter {
        PagePainter(fonts: fonts, pictures: pictures, language: booklet.language, direction: booklet.direction)
    }
}
