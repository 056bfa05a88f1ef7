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
///
/// The part is inflated with its size counted as it comes (the sizes a zip
/// file's headers give are never trusted) and stopped at the limit; the XML
/// is then read by a small scanner that keeps only the paragraphs' text, so a
/// document of any size within the limit is read in memory about twice its size.
public enum WordDocumentReader {
    /// Why a Word document cannot be read, in plain words.
    public enum ReadError: Error, CustomStringConvertible {
        case notAWordFile
        case noDocument
        /// The part inflates to more than `limit` bytes.
        case tooLarge(limit: Int)
        case badXML(String)

        public var description: String {
            switch self {
            case .notAWordFile: "it is not a .docx file (a zip archive)"
            case .noDocument: "it has no word/document.xml"
            case .tooLarge(let limit): "its word/document.xml inflates to more than \(limit) bytes (\(limit >> 20) MiB)"
            case .badXML(let reason): "its word/document.xml is broken (\(reason))"
            }
        }
    }

    /// Thrown from the inflating consumer to stop at the limit (the body and the notes share it).
    private struct Overflow: Error {}

    /// The paragraphs' texts: the body's, then the footnotes' and endnotes';
    /// `limit` bounds the inflated parts together.
    public static func paragraphs(of url: URL, limit: Int) throws -> [String] {
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw ReadError.notAWordFile
        }
        guard let entry = archive["word/document.xml"] else { throw ReadError.noDocument }
        var xml = [UInt8]()
        xml.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(min(limit, 64 << 20)))))
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: true) { chunk in
                guard xml.count + chunk.count <= limit else { throw Overflow() }
                xml.append(contentsOf: chunk)
            }
        } catch is Overflow {
            throw ReadError.tooLarge(limit: limit)
        } catch {
            throw ReadError.notAWordFile
        }
        var paragraphs = try paragraphs(ofXML: xml)
        for part in ["word/footnotes.xml", "word/endnotes.xml"] {
            guard let notes = archive[part] else { continue }
            var notesXML = [UInt8]()
            do {
                _ = try archive.extract(notes, bufferSize: 1 << 16, skipCRC32: true) { chunk in
                    guard xml.count + notesXML.count + chunk.count <= limit else { throw Overflow() }
                    notesXML.append(contentsOf: chunk)
                }
            } catch is Overflow {
                throw ReadError.tooLarge(limit: limit)
            } catch {
                continue
            }
            paragraphs += (try? Self.paragraphs(ofXML: notesXML)) ?? []
        }
        return paragraphs
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
}
