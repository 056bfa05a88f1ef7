import BookletLayout
internal import CPangoCairo

/// The calls that only mean something on a PDF surface.
extension CairoSurface {
    /// Sets the size of the page about to be drawn; call it before drawing on that page.
    func setPDFPageSize(_ size: Size) throws {
        cairo_pdf_surface_set_size(raw, size.width, size.height)
        try checkStatus()
    }

    /// Names the page about to be drawn in the viewer's page list, such as "1".
    func setPDFPageLabel(_ label: String) throws {
        cairo_pdf_surface_set_page_label(raw, label)
        try checkStatus()
    }

    /// Writes PDF 1.5 (what cairo 1.16 writes at most), whatever cairo's default.
    func restrictToPDF15() throws {
        cairo_pdf_surface_restrict_to_version(raw, CAIRO_PDF_VERSION_1_5)
        try checkStatus()
    }

    /// Fills the document information. The one date becomes both the creation
    /// and the modification date, which keeps output byte-identical.
    func setPDFMetadata(_ metadata: DocumentMetadata, creator: String) throws {
        guard PDFDate.isValid(metadata.date) else { throw RenderError.invalidDate(metadata.date) }
        let entries: [(cairo_pdf_metadata_t, String?)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title),
            (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject),
            (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords),
            (CAIRO_PDF_METADATA_CREATOR, creator),
            (CAIRO_PDF_METADATA_CREATE_DATE, metadata.date),
            (CAIRO_PDF_METADATA_MOD_DATE, metadata.date),
        ]
        for case (let key, let value?) in entries {
            cairo_pdf_surface_set_metadata(raw, key, value)
        }
        try checkStatus()
    }

    /// Adds the booklet's bookmarks, nesting each under the last entry one level up.
    func addPDFOutline(_ outline: [OutlineEntry], pageCount: Int) throws {
        var parents: [Int32] = [] // parents[level - 1]: the latest entry at that level
        for entry in outline {
            guard (0..<pageCount).contains(entry.pageIndex) else {
                throw RenderError.outlinePageOutOfRange(title: entry.title, pageIndex: entry.pageIndex, pageCount: pageCount)
            }
            let level = min(max(entry.level, 1), parents.count + 1)
            parents.removeSubrange((level - 1)...)
            let parent = parents.last ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let id = cairo_pdf_surface_add_outline(
                raw, parent, entry.title, "page=\(entry.pageIndex + 1)",
                cairo_pdf_outline_flags_t(CAIRO_PDF_OUTLINE_FLAG_OPEN.rawValue)
            )
            parents.append(id)
        }
        try checkStatus()
    }
}

/// The date forms `cairo_pdf_surface_set_metadata` turns into a PDF date.
enum PDFDate {
    /// Whether `text` reads `YYYY-MM-DD`, optionally followed by `Thh:mm:ss` and `Z` or `±hh:mm`.
    static func isValid(_ text: String) -> Bool {
        let characters = Array(text.utf8)
        func matches(_ pattern: String, at start: Int) -> Bool {
            let expected = Array(pattern.utf8)
            guard characters.count >= start + expected.count else { return false }
            return zip(characters[start...], expected).allSatisfy { actual, wanted in
                wanted == UInt8(ascii: "9") ? (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(actual) : actual == wanted
            }
        }
        guard matches("9999-99-99", at: 0) else { return false }
        if characters.count == 10 { return true }
        guard matches("T99:99:99", at: 10) else { return false }
        switch characters.count {
        case 19: return true
        case 20: return characters[19] == UInt8(ascii: "Z")
        case 25: return (characters[19] == UInt8(ascii: "+") || characters[19] == UInt8(ascii: "-")) && matches("99:99", at: 20)
        default: return false
        }
    }
}
