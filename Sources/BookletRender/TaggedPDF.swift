import BookletLayout

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
/// and `/DisplayDocTitle`. cairo's bytes are kept as they are; new versions of
/// the catalogue and of the structure elements that change are appended as an
/// incremental update (a cross-reference section of their own and a trailer
/// with `/Prev`), with an `/ID` made from the bytes, so the same booklet still
/// gives the same bytes.
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
        let file = try PDFFile(bytes: pdf)
        var update = PDFIncrementalUpdate(file: file)
        guard case .reference(let rootNumber, _) = file.trailer["/Root"], let catalog = try file.object(rootNumber)?.dictionary else {
            throw PDFFile.unreadable("its trailer names no catalogue")
        }
        try update.replace(
            rootNumber,
            setting: [
                ("/Lang", PDFIncrementalUpdate.textString(booklet.language)),
                ("/ViewerPreferences", "<< /DisplayDocTitle true >>"),
            ])
        try writeResourcesOnce(in: file, catalog: catalog, into: &update)
        // The k-th element of each type belongs to the k-th box tagged with that
        // type: cairo keeps the order tags are begun in.
        var boxesByTag: [String: [Box]] = [:]
        for (tag, box) in taggedBoxes(of: booklet) { boxesByTag["/" + tag.rawValue, default: []].append(box) }
        var seen: [String: Int] = [:]
        for (number, element) in try structureElements(in: file, catalog: catalog) {
            guard case .name(let type) = element["/S"] else { continue }
            let index = seen[type, default: 0]
            seen[type] = index + 1
            var entries: [(key: String, value: String)] = []
            if let boxes = boxesByTag[type], index < boxes.count {
                let note = notes(boxes[index])
                if type == "/Figure" { entries.append(("/Alt", PDFIncrementalUpdate.textString(note.alternateText ?? "A picture"))) }
                if let language = note.language, language != booklet.language {
                    entries.append(("/Lang", PDFIncrementalUpdate.textString(language)))
                }
            } else if type == "/Figure" {
                entries.append(("/Alt", PDFIncrementalUpdate.textString("A picture")))
            }
            if !entries.isEmpty { try update.replace(number, setting: entries) }
        }
        return try update.write()
    }

    /// New versions of the pages' resource dictionaries that name a key twice
    /// (readers take the last; qpdf warns), with each key once.
    static func writeResourcesOnce(in file: PDFFile, catalog: PDFDictionary, into update: inout PDFIncrementalUpdate) throws {
        for (number, page) in try file.pages(catalog: catalog) {
            guard let resources = page.entries.first(where: { $0.key == "/Resources" }) else { continue }
            if case .reference(let resourcesNumber, _) = resources.value {
                if let (value, bytes, _) = try file.objectWithRange(resourcesNumber), let text = file.withoutRepeatedKeys(value, at: bytes)
                {
                    try update.replace(resourcesNumber, withValue: text)
                }
            } else if let text = file.withoutRepeatedKeys(resources.value, at: resources.valueBytes) {
                try update.replace(number, setting: [("/Resources", text)])
            }
        }
    }

    /// Every structure element under the StructTreeRoot with its object
    /// number, depth first in `/K` order.
    static func structureElements(in file: PDFFile, catalog: PDFDictionary) throws -> [(Int, PDFDictionary)] {
        guard let root = try file.resolve(catalog["/StructTreeRoot"])?.dictionary else { return [] }
        var elements: [(Int, PDFDictionary)] = []
        var visited: Set<Int> = []
        func visit(_ value: PDFValue?, depth: Int) throws {
            guard depth < 64, let value else { return }
            switch value {
            case .array(let items):
                for item in items { try visit(item, depth: depth + 1) }
            case .reference(let number, _):
                guard visited.insert(number).inserted, let element = try file.object(number)?.dictionary, element["/S"] != nil else {
                    return
                }
                elements.append((number, element))
                try visit(element["/K"], depth: depth + 1)
            case .dictionary(let dictionary) where dictionary["/S"] != nil:
                throw RenderError.taggingFailed("cairo wrote a structure element inside another object")
            default:
                return
            }
        }
        try visit(root["/K"], depth: 0)
        return elements
    }
}
