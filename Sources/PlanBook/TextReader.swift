import Foundation
import PlanDiagnostics

/// The one reader of input text, for every command alike (`check`,
/// `render`, `audit` and `lint`), with one encoding policy:
///
/// - UTF-8 is read as it is (a byte-order mark at the start is dropped);
/// - a file that is not UTF-8 is read as Windows-1252, what older Windows
///   editors save, with warning `PB007` pointing at its first byte that is
///   not UTF-8, so that the writer checks its accented letters and quotes;
/// - a file with a NUL byte, or with bytes Windows-1252 does not define, is
///   not text.
public enum TextReader {
    /// Why a file cannot be read as text.
    public enum Problem: Error, Sendable, CustomStringConvertible {
        case missing(path: String)
        case folder(path: String)
        case unreadable(path: String)
        /// A FIFO, device or socket: refused without waiting for it.
        case notRegular(path: String)
        case tooLarge(size: Int, limit: Int)
        /// Not text: `prefix` is the text before the first bad byte.
        case notText(path: String, prefix: String)

        public var description: String {
            switch self {
            case .missing(let path): "there is no file at '\(path)'"
            case .folder(let path): "'\(path)' is a folder"
            case .unreadable(let path): "'\(path)' cannot be read"
            case .notRegular(let path): "'\(path)' is not a file (it may be a pipe, a device or a socket)"
            case .tooLarge(let size, let limit): "the file is \(size >> 20) MiB; planbook reads text files of up to \(limit >> 20) MiB"
            case .notText(let path, _): "'\(path)' is not a text file"
            }
        }
    }

    /// A file's text as read.
    public struct Text: Sendable {
        public var file: SourceFile
        /// Warning `PB007` when the file was read as Windows-1252; else empty.
        public var warnings: [Diagnostic]
    }

    /// The text of the file at `path`, if it is at most `limit` bytes.
    public static func read(path: String, limit: Int) -> Result<Text, Problem> {
        switch bytes(path: path, limit: limit) {
        case .failure(let problem): .failure(problem)
        case .success(let bytes): decode(bytes, path: path)
        }
    }

    /// Decodes bytes by the policy above.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<Text, Problem> {
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(.notText(path: path, prefix: String(decoding: bytes[..<nul], as: UTF8.self)))
        }
        guard let bad = firstInvalidUTF8(bytes) else {
            return .success(Text(file: SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self)), warnings: []))
        }
        guard let text = String(data: Data(bytes), encoding: .windowsCP1252),
            let before = String(data: Data(bytes[..<bad]), encoding: .windowsCP1252)
        else {
            return .failure(.notText(path: path, prefix: String(decoding: bytes[..<bad], as: UTF8.self)))
        }
        let file = SourceFile(path: path, text: text)
        // The warning points at the first character that was not UTF-8.
        let at = min(before.utf8.count, file.utf8.count)
        let length = file.utf8[at...].first.map(scalarLength) ?? 0
        return .success(Text(file: file, warnings: [FileDiagnosticsCatalogue.windows1252(at: SourceRange(start: at, end: at + length))]))
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC0...0xDF: 2
        case 0xE0...0xEF: 3
        default: 4
        }
    }

    /// The bytes of a regular file of at most `limit` bytes (a pipe or a device is refused at once).
    static func bytes(path: String, limit: Int) -> Result<[UInt8], Problem> {
        switch RegularFile.read(path, limit: limit) {
        case .success(let bytes): .success(bytes)
        case .failure(.missing): .failure(.missing(path: path))
        case .failure(.directory): .failure(.folder(path: path))
        case .failure(.notRegular): .failure(.notRegular(path: path))
        case .failure(.unreadable): .failure(.unreadable(path: path))
        case .failure(.tooLarge(let size)): .failure(.tooLarge(size: size, limit: limit))
        }
    }

    /// `.missing` or `.folder` when there is no file at `path` to read.
    static func missingOrFolder(path: String) -> Problem? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing(path: path) }
        return isDirectory.boolValue ? .folder(path: path) : nil
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<max(length, 1) where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            if length == 3 {
                let second = bytes[index + 1]
                if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) { return index }
            } else if length == 4 {
                let second = bytes[index + 1]
                if (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F) { return index }
            }
            index += length
        }
        return nil
    }
}
