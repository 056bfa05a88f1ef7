import PlanDiagnostics

/// Reads plan files through the one `TextReader`, refusing what cannot be a
/// plan: a missing or empty file, a file that is not text, or one over the
/// size limit, each as a located diagnostic (PB001–PB006, PB008).
public enum PlanSource {
    /// The largest file planbook reads: 1 MiB, far more than any plan or report needs.
    public static let maximumSize = 1 << 20

    /// The file's text with its warnings (PB007), or the diagnostics saying why it cannot be read.
    /// Only a regular file is read (a FIFO or a device is refused at once), and at most `limit` bytes of it.
    public static func read(path: String, limit: Int = maximumSize) -> Result<TextReader.Text, FileDiagnostics> {
        let empty = SourceFile(path: path, text: "")
        func failure(_ diagnostic: Diagnostic, file: SourceFile? = nil) -> Result<TextReader.Text, FileDiagnostics> {
            .failure(FileDiagnostics(file: file ?? empty, diagnostics: [diagnostic]))
        }
        switch TextReader.read(path: path, limit: limit) {
        case .failure(.missing): return failure(FileDiagnosticsCatalogue.missingFile(path))
        case .failure(.folder): return failure(FileDiagnosticsCatalogue.isDirectory(path))
        case .failure(.unreadable): return failure(FileDiagnosticsCatalogue.unreadable(path))
        case .failure(.notRegular): return failure(FileDiagnosticsCatalogue.notRegular(path))
        case .failure(.tooLarge(let size, let limit)): return failure(FileDiagnosticsCatalogue.tooLarge(size: size, limit: limit))
        case .failure(.notText(_, let prefix)):
            let file = SourceFile(path: path, text: prefix + " ")
            let at = file.utf8.count - 1
            return failure(FileDiagnosticsCatalogue.notText(at: SourceRange(start: at, end: at + 1)), file: file)
        case .success(let text):
            if text.file.text.allSatisfy({ $0.isWhitespace }) { return failure(FileDiagnosticsCatalogue.empty(), file: text.file) }
            return .success(text)
        }
    }
}

/// Diagnostics about files as a whole (PB0xx).
enum FileDiagnosticsCatalogue {
    static func missingFile(_ path: String) -> Diagnostic {
        Diagnostic(
            catalogued: "PB001", message: "there is no file at '\(path)'",
            range: .at(0), help: "check the path and the spelling")
    }

    static func isDirectory(_ path: String) -> Diagnostic {
        Diagnostic(
            catalogued: "PB002", message: "'\(path)' is a folder, not a plan",
            range: .at(0), help: "give the path of a .plan file, or a folder to 'render'")
    }

    static func unreadable(_ path: String) -> Diagnostic {
        Diagnostic(
            catalogued: "PB003", message: "'\(path)' cannot be read",
            range: .at(0), help: "check that the file exists and that you may read it")
    }

    static func tooLarge(size: Int, limit: Int) -> Diagnostic {
        Diagnostic(
            catalogued: "PB004", message: "the file is \(size) bytes; planbook reads files of up to \(limit) bytes (\(limit / 1024) KiB)",
            range: .at(0),
            help: "a plan is a few pages of text: check that this is the right file; \(InputLimits.Name.textBytes.howToRaise)")
    }

    static func notRegular(_ path: String) -> Diagnostic {
        Diagnostic(
            catalogued: "PB008", message: "'\(path)' is not a file (it may be a pipe, a device or a socket)",
            range: .at(0), help: "give the path of a .plan file saved on disk")
    }

    static func notText(at range: SourceRange) -> Diagnostic {
        Diagnostic(
            catalogued: "PB005", message: "the file is not text",
            range: range, help: "save the plan as plain text in UTF-8 (in most editors: Save As, encoding UTF-8)")
    }

    static func windows1252(at range: SourceRange) -> Diagnostic {
        Diagnostic(
            catalogued: "PB007",
            message: "the file is not UTF-8, so planbook read it as Windows-1252: check that its accents and quotes look right",
            range: range, help: "save the file as UTF-8 text (in most editors: Save As, encoding UTF-8)")
    }

    static func empty() -> Diagnostic {
        Diagnostic(
            catalogued: "PB006", message: "the file is empty",
            range: .at(0), help: "start with a title such as '# Mia's safety plan', then 'child:' and 'age:'")
    }
}
