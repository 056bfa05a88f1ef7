import Foundation
import PlanDiagnostics

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the paragraphs of a Word document (`.docx`): the text of every
/// `w:p` in `word/document.xml`, in order, tables and text boxes included
/// (a text box once, not again in the copy Word keeps for older readers),
/// then the footnotes' and the endnotes'.
/// Deleted text of tracked changes and field codes are left out; tabs and
/// line breaks become spaces. A paragraph is a line of the document lint
/// reports on, so a finding's line is its paragraph's number (counting
/// empty paragraphs too).
///
/// The part is found and inflated by `ZipPartReader`, with its size counted
/// as it comes (the sizes a zip file's headers give are never trusted) and
/// stopped at the limit; the XML
/// is then read by a small scanner that keeps only the paragraphs' text, so a
/// document of any size within the limit is read in memory about twice its size.
public enum WordDocumentReader {
    /// Why a Word document cannot be read, in plain words.
    public enum ReadError: Error, CustomStringConvertible {
        case notAWordFile
        /// A FIFO, a device or a socket named like a Word file.
        case notRegularFile
        case noDocument
        /// The part inflates to more than `limit` bytes.
        case tooLarge(limit: Int)
        case badXML(String)
        /// The zip archive's structure is broken (a reason in plain words).
        case damaged(String)
        /// A part is encrypted or compressed in a way planbook cannot read.
        case unsupported(String)

        public var description: String {
            switch self {
            case .notAWordFile: "it is not a .docx file (a zip archive)"
            case .notRegularFile: "it is not a regular file (a FIFO, a device or a socket); only files are read"
            case .noDocument: "it has no word/document.xml"
            case .tooLarge(let limit): "its word/document.xml inflates to more than \(limit) bytes (\(limit >> 20) MiB)"
            case .badXML(let reason): "its word/document.xml is broken (\(reason))"
            case .damaged(let reason): "it is damaged: \(reason)"
            case .unsupported(let reason): "it cannot be read: \(reason)"
            }
        }
    }

    /// The paragraphs' texts: the body's, then the footnotes' and endnotes';
    /// `limit` bounds the inflated parts together.
    public static func paragraphs(of url: URL, limit: Int) throws -> [String] {
        let parts = try xmlParts(of: url, limit: limit, withNotes: true)
        return try paragraphs(ofXML: parts.body) + parts.notes.flatMap { (try? paragraphs(ofXML: $0)) ?? [] }
    }

    /// The document's paragraphs and tables, in order, with each paragraph's
    /// heading level and whether it is a list item (for `planbook import`).
    public static func blocks(of url: URL, limit: Int) throws -> [WordBlock] {
        try blocks(ofXML: Data(xmlParts(of: url, limit: limit, withNotes: false).body))
    }

    /// The blocks of a `word/document.xml`.
    public static func blocks(ofXML xml: Data) throws -> [WordBlock] {
        try collect(xml).blocks
    }

    /// The bytes of `word/document.xml` and, `withNotes`, of the footnotes and
    /// endnotes, if together they inflate to at most `limit` bytes. Notes
    /// that cannot be read are left out; a body that cannot be read is an error.
    static func xmlParts(of url: URL, limit: Int, withNotes: Bool) throws -> (body: [UInt8], notes: [[UInt8]]) {
        do {
            let archive = try ZipPartReader(url: url)
            guard let body = archive.part(named: "word/document.xml") else { throw ReadError.noDocument }
            var xml = [UInt8]()
            try archive.inflate(body, limit: limit) { xml.append(contentsOf: $0) }
            var notes: [[UInt8]] = []
            var total = xml.count
            for name in withNotes ? ["word/footnotes.xml", "word/endnotes.xml"] : [] {
                guard let part = archive.part(named: name) else { continue }
                var notesXML = [UInt8]()
                do {
                    try archive.inflate(part, limit: limit - total) { notesXML.append(contentsOf: $0) }
                } catch ZipPartReader.Failure.tooLarge {
                    throw ZipPartReader.Failure.tooLarge
                } catch {
                    continue
                }
                total += notesXML.count
                notes.append(notesXML)
            }
            return (xml, notes)
        } catch let failure as ZipPartReader.Failure {
            switch failure {
            case .notAZip: throw ReadError.notAWordFile
            case .notRegular: throw ReadError.notRegularFile
            case .tooLarge: throw ReadError.tooLarge(limit: limit)
            case .damaged(let reason): throw ReadError.damaged(reason)
            case .unsupported(let reason): throw ReadError.unsupported(reason)
            }
        }
    }

    /// The paragraphs of a `word/document.xml`.
    public static func paragraphs(ofXML xml: Data) throws -> [String] {
        try paragraphs(ofXML: [UInt8](xml))
    }

    /// The paragraphs of a `word/document.xml`'s bytes.
    public static func paragraphs(ofXML xml: [UInt8]) throws -> [String] {
        var scanner = ParagraphScanner(xml)
        return try scanner.paragraphs()
    }

    private static func collect(_ xml: Data) throws -> ParagraphCollector {
        let parser = XMLParser(data: xml)
        let collector = ParagraphCollector()
        parser.delegate = collector
        guard parser.parse() else {
            throw ReadError.badXML(parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error")
        }
        return collector
    }
}

/// A paragraph of a Word document, as `planbook import` reads it.
public struct WordParagraph: Hashable, Sendable {
    /// The text, tracked deletions left out and insertions kept, runs joined.
    public var text: String
    /// 1 for `Heading 1` (or `Title`), 2 for `Heading 2`…; nil for body text.
    public var headingLevel: Int?
    /// Whether Word numbers or bullets it (`w:numPr`, or a `List` style).
    public var isListItem: Bool
    /// Its number among all the document's paragraphs, from 1 (as `lint` counts lines).
    public var number: Int
}

/// A top-level part of a Word document: a paragraph, or a table of rows of
/// cells, each cell its paragraphs.
public enum WordBlock: Hashable, Sendable {
    case paragraph(WordParagraph)
    case table(rows: [[[WordParagraph]]])
}

/// Collects paragraphs, and the tables they stand in, while XMLParser reads the document.
private final class ParagraphCollector: NSObject, XMLParserDelegate {
    /// Every paragraph in document order, tables and text boxes included.
    var paragraphs: [WordParagraph] = []
    /// The top-level blocks: paragraphs outside tables, and whole tables.
    var blocks: [WordBlock] = []
    private var open: [WordParagraph] = []
    private var inText = false
    /// The tables being read (a table in a cell nests): rows of cells of paragraphs.
    private var tables: [[[[WordParagraph]]]] = []

    private static func localName(_ name: String) -> Substring {
        name.split(separator: ":").last ?? Substring(name)
    }

    private static func value(_ attributes: [String: String]) -> String? {
        attributes.first { Self.localName($0.key) == "val" }?.value
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        switch Self.localName(elementName) {
        case "p": open.append(WordParagraph(text: "", headingLevel: nil, isListItem: false, number: paragraphs.count + open.count + 1))
        case "t": inText = true
        case "tab", "br", "cr": append(" ")
        case "noBreakHyphen": append("-")
        case "pStyle":
            guard let style = Self.value(attributes)?.lowercased(), !open.isEmpty else { break }
            let compact = style.replacingOccurrences(of: " ", with: "")
            if compact == "title" {
                open[open.count - 1].headingLevel = 1
            } else if compact.hasPrefix("heading"), let level = Int(compact.dropFirst("heading".count)) {
                open[open.count - 1].headingLevel = level
            } else if compact.contains("list") || compact.contains("bullet") {
                open[open.count - 1].isListItem = true
            }
        case "outlineLvl":
            if let level = Self.value(attributes).flatMap(Int.init), level < 9, !open.isEmpty, open[open.count - 1].headingLevel == nil {
                open[open.count - 1].headingLevel = level + 1
            }
        case "numPr":
            if !open.isEmpty { open[open.count - 1].isListItem = true }
        case "tbl": tables.append([])
        case "tr": if !tables.isEmpty { tables[tables.count - 1].append([]) }
        case "tc": if let rows = tables.last?.count, rows > 0 { tables[tables.count - 1][rows - 1].append([]) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch Self.localName(elementName) {
        case "p":
            guard var paragraph = open.popLast() else { break }
            paragraph.number = paragraphs.count + 1
            paragraphs.append(paragraph)
            guard open.isEmpty else { break } // a text box's paragraph inside another paragraph
            if let rows = tables.last?.count, rows > 0, let cells = tables.last?.last?.count, cells > 0 {
                tables[tables.count - 1][rows - 1][cells - 1].append(paragraph)
            } else if tables.isEmpty {
                blocks.append(.paragraph(paragraph))
            }
        case "t":
            inText = false
        case "tbl":
            guard let table = tables.popLast() else { break }
            if tables.isEmpty {
                blocks.append(.table(rows: table))
            } else if let rows = tables.last?.count, rows > 0, let cells = tables.last?.last?.count, cells > 0 {
                // A table inside a cell: its cells' paragraphs join the outer cell.
                tables[tables.count - 1][rows - 1][cells - 1] += table.flatMap { $0.flatMap { $0 } }
            }
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { append(string) }
    }

    private func append(_ text: String) {
        guard !open.isEmpty else { return }
        let clean =
            text.contains("\n") || text.contains("\r")
            ? text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
            : text
        open[open.count - 1].text += clean
    }
}
