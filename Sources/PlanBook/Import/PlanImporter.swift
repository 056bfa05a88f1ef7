import Foundation
import PlanDiagnostics
import PlanModel

/// `planbook import`: a draft plan from a worker's Word, Markdown or text document.
public struct ImportResult: Sendable {
    /// Where the draft was written.
    public var output: String
    public var draft: PlanDraft
    /// The draft checked as `planbook check` would.
    public var report: PlanReport
}

extension PlanPipeline {
    /// The kinds of document `import` reads, by file ending.
    public static let importableEndings = ["docx", "md", "markdown", "txt", "text"]

    /// Reads the document at `path`, drafts a plan and writes it to `output`
    /// (default: beside the document, ending `.plan`). Never overwrites a file.
    /// `today` (`YYYY-MM-DD`, default today's date) is the date an age is worked out at when
    /// the document gives no meeting date.
    public func importPlan(from path: String, to output: String? = nil, today: String? = nil) throws -> ImportResult {
        let url = URL(fileURLWithPath: path)
        let ending = url.pathExtension.lowercased()
        let document: ImportedDocument
        switch ending {
        case "docx":
            do {
                document = ImportedDocument(word: try WordDocumentReader.blocks(of: url, limit: limits.wordPartBytes))
            } catch let error as WordDocumentReader.ReadError {
                throw PlanBookError.cannotRead(path: path, reason: error.description)
            } catch {
                throw PlanBookError.cannotRead(path: path, reason: "\(error)")
            }
        case "md", "markdown", "txt", "text":
            switch TextReader.read(path: path, limit: FileLinter.maximumTextSize) {
            case .failure(let problem):
                throw PlanBookError.cannotRead(path: path, reason: problem.description)
            case .success(let text):
                document = ImportedDocument(text: text.file.text, markdown: ending == "md" || ending == "markdown")
            }
        default:
            throw PlanBookError.cannotRead(path: path, reason: "planbook import reads Word (.docx), Markdown (.md) and text (.txt) files")
        }
        let target = output ?? url.deletingPathExtension().appendingPathExtension("plan").path
        var drafter = PlanDrafter(today: today.flatMap { PlanDate(iso: $0) } ?? Self.today())
        let draft = drafter.draft(document, source: url.lastPathComponent)
        try NewFile.write(Array(draft.text.utf8), to: target)
        let report = check(SourceFile(path: target, text: draft.text))
        return ImportResult(output: target, draft: draft, report: report)
    }
}

extension PlanPipeline {
    /// Today's date (UTC).
    static func today() -> PlanDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return PlanDrafter.makeDate(year, month, day)
    }
}

/// Writes a file that must not exist yet: whole or not at all, and never over another file.
enum NewFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        if FileManager.default.fileExists(atPath: path) {
            throw PlanBookError.cannotWrite(
                path: path, reason: "it already exists, and planbook import never overwrites a file; give another name with -o")
        }
        let temporary = folder + "/." + url.lastPathComponent + AtomicFile.temporaryMarker + UUID().uuidString
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes), attributes: [.posixPermissions: 0o644]) else {
            throw PlanBookError.cannotWrite(path: path, reason: "the folder '\(folder)' cannot be written to")
        }
        defer { unlink(temporary) }
        // link(2) fails if the name exists, so a file made meanwhile is not replaced either.
        guard link(temporary, path) == 0 else {
            let exists = errno == EEXIST
            throw PlanBookError.cannotWrite(
                path: path, reason: exists ? "it already exists, and planbook import never overwrites a file" : "the file cannot be made")
        }
    }
}
