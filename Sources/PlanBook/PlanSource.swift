import Foundation
import PlanDiagnostics

/// Reads input files as text, refusing what cannot be a plan: a missing or
/// empty file, a file that is not UTF-8 text, or one over the size limit.
public enum PlanSource {
    /// The largest file planbook reads: 1 MiB, far more than any plan or report needs.
    public static let maximumSize = 1 << 20

    /// The file's text, or a located diagnostic saying why it cannot be read.
    public static func read(path: String) -> Result<SourceFile, FileDiagnostics> {
        let empty = SourceFile(path: path, text: "")
        func failure(_ diagnostic: Diagnostic, file: SourceFile? = nil) -> Result<SourceFile, FileDiagnostics> {
            .failure(FileDiagnostics(file: file ?? empty, diagnostics: [diagnostic]))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return failure(FileDiagnosticsCatalogue.missingFile(path))
        }
        guard !isDirectory.boolValue else { return failure(FileDiagnosticsCatalogue.isDirectory(path)) }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue,
              let handle = FileHandle(forReadingAtPath: path) else {
            return failure(FileDiagnosticsCatalogue.unreadable(path))
        }
        defer { try? handle.close() }
        guard size <= maximumSize else { return failure(FileDiagnosticsCatalogue.tooLarge(size: size, limit: maximumSize)) }
        let data = [UInt8]((try? handle.read(upToCount: maximumSize + 1)) ?? Data())
        guard data.count <= maximumSize else { return failure(FileDiagnosticsCatalogue.tooLarge(size: data.count, limit: maximumSize)) }
        return decode(data, path: path)
    }

    /// Decodes bytes as UTF-8 text, pointing at the first byte that is not.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceFile, FileDiagnostics> {
        if let bad = firstInvalidUTF8(bytes) {
            let prefix = SourceFile(path: path, text: String(decoding: bytes[..<bad], as: UTF8.self) + " ")
            let at = prefix.utf8.count - 1
            return .failure(FileDiagnostics(file: prefix, diagnostics: [FileDiagnosticsCatalogue.notText(at: SourceRange(start: at, end: at + 1))]))
        }
        let file = SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))
        if file.text.allSatisfy({ $0.isWhitespace }) {
            return .failure(FileDiagnostics(file: file, diagnostics: [FileDiagnosticsCatalogue.empty()]))
        }
        if file.utf8.contains(0) {
            let at = file.utf8.firstIndex(of: 0) ?? 0
            return .failure(FileDiagnostics(file: file, diagnostics: [FileDiagnosticsCatalogue.notText(at: SourceRange(start: at, end: at + 1))]))
        }
        return .success(file)
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

/// Diagnostics about files as a whole (PB0xx).
enum FileDiagnosticsCatalogue {
    static func missingFile(_ path: String) -> Diagnostic {
        Diagnostic(code: "PB001", name: "missing-file", severity: .error, message: "there is no file at '\(path)'",
                   range: .at(0), help: "check the path and the spelling")
    }

    static func isDirectory(_ path: String) -> Diagnostic {
        Diagnostic(code: "PB002", name: "not-a-file", severity: .error, message: "'\(path)' is a folder, not a plan",
                   range: .at(0), help: "give the path of a .plan file, or a folder to 'render'")
    }

    static func unreadable(_ path: String) -> Diagnostic {
        Diagnostic(code: "PB003", name: "unreadable-file", severity: .error, message: "'\(path)' cannot be read",
                   range: .at(0), help: "check that the file exists and that you may read it")
    }

    static func tooLarge(size: Int, limit: Int) -> Diagnostic {
        Diagnostic(code: "PB004", name: "file-too-large", severity: .error,
                   message: "the file is \(size) bytes; planbook reads files of up to \(limit) bytes (\(limit / 1024) KiB)",
                   range: .at(0), help: "a plan is a few pages of text: check that this is the right file")
    }

    static func notText(at range: SourceRange) -> Diagnostic {
        Diagnostic(code: "PB005", name: "not-text", severity: .error, message: "the file is not UTF-8 text",
                   range: range, help: "save the plan as plain text in UTF-8 (in most editors: Save As, encoding UTF-8)")
    }

    static func empty() -> Diagnostic {
        Diagnostic(code: "PB006", name: "empty-file", severity: .error, message: "the file is empty",
                   range: .at(0), help: "start with a title such as '# Mia's safety plan', then 'child:' and 'age:'")
    }
}
