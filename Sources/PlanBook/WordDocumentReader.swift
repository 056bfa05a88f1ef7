import Foundation
import PlanDiagnostics
import ZIPFoundation

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
public enum WordDocumentReader {
    /// Why a Word document cannot be read, in plain words.
    public enum ReadError: Error, CustomStringConvertible {
        case notAWordFile
        case noDocument
        case tooLarge(Int)
        case badXML(String)

        public var description: String {
            switch self {
            case .notAWordFile: "it is not a .docx file (a zip archive)"
            case .noDocument: "it has no word/document.xml"
            case .tooLarge(let size): "its text is \(size >> 20) MiB, too large"
            case .badXML(let reason): "its word/document.xml is broken (\(reason))"
            }
        }
    }

    /// Thrown while inflating footnotes or endnotes past the limit (the body and the notes share it).
    private struct NotesTooLarge: Error {}

    /// The paragraphs' texts: the body's, then the footnotes' and endnotes'.
    public static func paragraphs(of url: URL, limit: Int) throws -> [String] {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ReadError.notAWordFile
        }
        guard let entry = archive["word/document.xml"] else { throw ReadError.noDocument }
        guard entry.uncompressedSize <= UInt64(limit) else { throw ReadError.tooLarge(Int(entry.uncompressedSize)) }
        var xml = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: true) { xml.append($0) }
        } catch {
            throw ReadError.notAWordFile
        }
        var paragraphs = try paragraphs(ofXML: xml)
        for part in ["word/footnotes.xml", "word/endnotes.xml"] {
            guard let notes = archive[part] else { continue }
            var notesXML = Data()
            do {
                _ = try archive.extract(notes, skipCRC32: true) { chunk in
                    guard xml.count + notesXML.count + chunk.count <= limit else { throw NotesTooLarge() }
                    notesXML.append(chunk)
                }
            } catch is NotesTooLarge {
                throw ReadError.tooLarge(xml.count + notesXML.count)
            } catch {
                continue
            }
            paragraphs += (try? Self.paragraphs(ofXML: notesXML)) ?? []
        }
        return paragraphs
    }

    /// The paragraphs of a `word/document.xml`.
    public static func paragraphs(ofXML xml: Data) throws -> [String] {
        let parser = XMLParser(data: xml)
        let collector = ParagraphCollector()
        parser.delegate = collector
        guard parser.parse() else {
            throw ReadError.badXML(parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error")
        }
        return collector.paragraphs
    }
}

/// Collects paragraph texts while XMLParser reads the document.
private final class ParagraphCollector: NSObject, XMLParserDelegate {
    var paragraphs: [String] = []
    private var open: [String] = []
    private var inText = false
    /// How deep inside `mc:Fallback` (the copy of a text box for older readers) the parser is.
    private var inFallback = 0

    private static func localName(_ name: String) -> Substring {
        name.split(separator: ":").last ?? Substring(name)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let name = Self.localName(elementName)
        if name == "Fallback" || inFallback > 0 {
            if name == "Fallback" { inFallback += 1 }
            return
        }
        switch name {
        case "p": open.append("")
        case "t": inText = true
        case "tab", "br", "cr": append(" ")
        case "noBreakHyphen": append("-")
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let name = Self.localName(elementName)
        if inFallback > 0 {
            if name == "Fallback" { inFallback -= 1 }
            return
        }
        switch name {
        case "p":
            if let text = open.popLast() { paragraphs.append(text) }
        case "t":
            inText = false
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { append(string) }
    }

    private func append(_ text: String) {
        guard !open.isEmpty else { return }
        let clean = text.contains("\n") || text.contains("\r")
            ? text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
            : text
        open[open.count - 1] += clean
    }
}
