import BookletLayout
import CQPDF

/// What a screen reader needs to know about one tagged box that cairo 1.16
/// cannot write itself.
public struct StructureNote: Hashable, Sendable {
    /// The words read out for a picture (the structure element's `/Alt`).
    public var alternateText: String?
    /// The language of the box's words when it differs from the document's (`/Lang`).
    public var language: String?

    public init(alternateText: String? = nil, language: String? = nil) {
        self.alternateText = alternateText
        self.language = language
    }
}

/// Adds to the PDF cairo wrote what its structure tree lacks: the document's
/// `/Lang`, each Figure's `/Alt`, the language of words in another language,
/// and `/DisplayDocTitle`. The change is made with qpdf on the finished file
/// (its objects, not its bytes) and written with a deterministic `/ID`, so the
/// same booklet still gives the same bytes.
enum TaggedPDF {
    /// The structure element cairo writes for each tagged box, in painting order
    /// (the order `PagePainter` begins the tags in).
    static func taggedBoxes(of booklet: Booklet) -> [(tag: StructureTag, box: Box)] {
        booklet.pages.flatMap { page in
            page.boxes.compactMap { box in StructureTag(role: box.role).map { ($0, box) } }
        }
    }

    /// `pdf` with the notes for `booklet`'s tagged boxes written into its structure tree.
    static func amend(_ pdf: [UInt8], booklet: Booklet, notes: (Box) -> StructureNote) throws -> [UInt8] {
        let document = try QPDFDocument(bytes: pdf)
        document.setCatalogEntries(language: booklet.language)
        // The k-th element of each type belongs to the k-th box tagged with that
        // type: cairo keeps the order tags are begun in.
        var boxesByTag: [String: [Box]] = [:]
        for (tag, box) in taggedBoxes(of: booklet) { boxesByTag["/" + tag.rawValue, default: []].append(box) }
        var seen: [String: Int] = [:]
        for element in document.structureElements() {
            let type = document.structureType(of: element)
            let index = seen[type, default: 0]
            seen[type] = index + 1
            guard let boxes = boxesByTag[type], index < boxes.count else {
                if type == "/Figure" { document.set(element, key: "/Alt", text: "A picture") }
                continue
            }
            let note = notes(boxes[index])
            if type == "/Figure" { document.set(element, key: "/Alt", text: note.alternateText ?? "A picture") }
            if let language = note.language, language != booklet.language { document.set(element, key: "/Lang", text: language) }
        }
        return try document.write()
    }
}

/// A PDF opened with qpdf, freed with it.
final class QPDFDocument {
    private var handle: qpdf_data?
    /// The bit of a qpdf result code that says it failed (`QPDF_ERRORS`).
    private static let errors: QPDF_ERROR_CODE = 1 << 1
    /// qpdf reads from this memory until it is cleaned up, so it lives as long as the document.
    private let buffer: UnsafeMutableBufferPointer<CChar>

    init(bytes: [UInt8]) throws {
        buffer = .allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes.map { CChar(bitPattern: $0) })
        handle = qpdf_init()
        qpdf_silence_errors(handle)
        qpdf_set_suppress_warnings(handle, QPDF_TRUE)
        let code = qpdf_read_memory(handle, "booklet.pdf", buffer.baseAddress, UInt64(bytes.count), nil)
        if code & Self.errors != 0 { throw RenderError.taggingFailed("qpdf cannot read what cairo wrote (\(lastError()))") }
    }

    deinit {
        qpdf_cleanup(&handle)
        buffer.deallocate()
    }

    /// `/Lang` and `/ViewerPreferences << /DisplayDocTitle true >>` on the catalogue.
    func setCatalogEntries(language: String) {
        let root = qpdf_get_root(handle)
        qpdf_oh_replace_key(handle, root, "/Lang", qpdf_oh_new_unicode_string(handle, language))
        let preferences = qpdf_oh_new_dictionary(handle)
        qpdf_oh_replace_key(handle, preferences, "/DisplayDocTitle", qpdf_oh_new_bool(handle, QPDF_TRUE))
        qpdf_oh_replace_key(handle, root, "/ViewerPreferences", preferences)
    }

    /// Every structure element under the StructTreeRoot, depth first in `/K` order.
    func structureElements() -> [qpdf_oh] {
        let root = qpdf_get_root(handle)
        guard qpdf_oh_has_key(handle, root, "/StructTreeRoot") == QPDF_TRUE else { return [] }
        var elements: [qpdf_oh] = []
        func visit(_ object: qpdf_oh, depth: Int) {
            guard depth < 64 else { return }
            if qpdf_oh_is_array(handle, object) == QPDF_TRUE {
                for index in 0..<qpdf_oh_get_array_n_items(handle, object) {
                    visit(qpdf_oh_get_array_item(handle, object, index), depth: depth + 1)
                }
            } else if qpdf_oh_is_dictionary(handle, object) == QPDF_TRUE, qpdf_oh_has_key(handle, object, "/S") == QPDF_TRUE {
                elements.append(object)
                visit(qpdf_oh_get_key(handle, object, "/K"), depth: depth + 1)
            }
        }
        visit(qpdf_oh_get_key(handle, qpdf_oh_get_key(handle, root, "/StructTreeRoot"), "/K"), depth: 0)
        return elements
    }

    /// An element's `/S`, such as `/Figure`.
    func structureType(of element: qpdf_oh) -> String {
        let type = qpdf_oh_get_key(handle, element, "/S")
        guard qpdf_oh_is_name(handle, type) == QPDF_TRUE, let name = qpdf_oh_get_name(handle, type) else { return "" }
        return String(cString: name)
    }

    /// Sets a text string entry (written as UTF-16 when it is not plain ASCII).
    func set(_ object: qpdf_oh, key: String, text: String) {
        qpdf_oh_replace_key(handle, object, key, qpdf_oh_new_unicode_string(handle, text))
    }

    /// The amended PDF: cairo's objects and streams as they were, with a deterministic `/ID`.
    func write() throws -> [UInt8] {
        guard qpdf_init_write_memory(handle) & Self.errors == 0 else {
            throw RenderError.taggingFailed("qpdf cannot start writing (\(lastError()))")
        }
        qpdf_set_deterministic_ID(handle, QPDF_TRUE)
        qpdf_set_object_stream_mode(handle, qpdf_o_preserve)
        qpdf_set_stream_data_mode(handle, qpdf_s_preserve)
        guard qpdf_write(handle) & Self.errors == 0, let bytes = qpdf_get_buffer(handle) else {
            throw RenderError.taggingFailed("qpdf cannot write the PDF (\(lastError()))")
        }
        return Array(UnsafeBufferPointer(start: bytes, count: qpdf_get_buffer_length(handle)))
    }

    private func lastError() -> String {
        guard qpdf_has_error(handle) == QPDF_TRUE, let error = qpdf_get_error(handle), let text = qpdf_get_error_full_text(handle, error)
        else {
            return "unknown error"
        }
        return String(cString: text)
    }
}
