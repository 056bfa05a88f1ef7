import Foundation
import PlainLanguage
import PlanDiagnostics

/// What `planbook lint` is asked for: the linter's options, a team's word
/// file, and whether `.planbook-lint.json` files are looked for.
public struct LintRequest: Sendable {
    public var options: LintOptions
    /// A team's word file (`--words`), applied after any configuration file.
    public var words: LintConfiguration?
    /// Whether to look for `.planbook-lint.json` beside the inputs and in the folders above.
    public var findsConfiguration: Bool
    /// How much a file may hold.
    public var limits: InputLimits

    public init(
        options: LintOptions = LintOptions(), words: LintConfiguration? = nil, findsConfiguration: Bool = true,
        limits: InputLimits = .standard
    ) {
        self.limits = limits
        self.options = options
        self.words = words
        self.findsConfiguration = findsConfiguration
    }
}

/// Lints files: reads each with the one `TextReader` (or the Word reader),
/// finds its configuration, and hands the text to the pure linter. One a
/// thread: it keeps the configurations it has read.
public final class FileLinter {
    /// The largest settings file read: 16 MiB.
    public static let maximumTextSize = 16 << 20

    public let request: LintRequest
    private let linter: PlainLanguageLinter
    private var configurations: [String: LintConfiguration] = [:]

    /// Installs the word list and syllable table first (`Resources.installLanguageData`).
    public init(request: LintRequest = LintRequest(), parallel: Bool = false) throws {
        try Resources.installLanguageData()
        self.request = request
        let cores = ProcessInfo.processInfo.activeProcessorCount
        linter = PlainLanguageLinter(options: request.options, parallel: parallel && cores > 1 ? PooledWork(workers: cores) : nil)
    }

    /// Reads and lints one file. A configuration file that cannot be used is
    /// reported as a problem of the file.
    public func lint(path: String) -> LintReport {
        let document = Self.document(path: path, limits: request.limits)
        do {
            return linter.lint(document, configuration: try configuration(for: path))
        } catch {
            var failed = document
            failed.problems.append(FileProblems.unreadableFile("\(error)"))
            return linter.lint(failed, configuration: LintConfiguration())
        }
    }

    /// Starts reading and compiling the built-in word list on another core, so
    /// that it is ready sooner (`planbook lint` calls this before it parses its
    /// command line). Any error is left for `installLanguageData` to report.
    public static func prepareLanguageData() {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return }
        DispatchQueue.global(qos: .userInitiated).async {
            if (try? Resources.installLanguageData()) != nil { _ = CompiledWordList.builtIn }
        }
    }

    /// Lints files on several threads (each with its own linter), keeping their order.
    public static func lint(paths: [String], request: LintRequest, workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws
        -> [LintReport]
    {
        try Resources.installLanguageData()
        if workers > 1 {
            // Compile the word list on another core while the first file is read and analysed.
            DispatchQueue.global(qos: .userInitiated).async { _ = CompiledWordList.builtIn }
        }
        guard paths.count > 1, workers > 1 else {
            let linter = try FileLinter(request: request, parallel: true)
            return paths.map(linter.lint(path:))
        }
        return WorkerPool.map(count: paths.count, workers: workers, makeState: { try? FileLinter(request: request) }) { linter, index in
            linter?.lint(path: paths[index]) ?? Self.failed(path: paths[index], reason: "the word lists cannot be read")
        }
    }

    private static func failed(path: String, reason: String) -> LintReport {
        let document = LintDocument(
            file: SourceFile(path: path, text: ""), kind: .text, pieces: [], problems: [FileProblems.unreadableFile(reason)])
        return PlainLanguageLinter().lint(document, configuration: LintConfiguration())
    }

    /// A file made ready for linting; a file whose name says no kind is read
    /// as text. Only regular files are read, and no more than `limits` allow:
    /// `textBytes` of text, `wordPartBytes` for a Word file's inflated XML.
    public static func document(path: String, limits: InputLimits = .standard) -> LintDocument {
        let kind = InputKind.of(path: path) ?? .text
        let failed = { (problem: Diagnostic) in
            LintDocument(file: SourceFile(path: path, text: ""), kind: kind, pieces: [], problems: [problem])
        }
        let failure = { (reason: String) in failed(FileProblems.unreadableFile(reason)) }
        if kind == .word {
            if let problem = TextReader.missingOrFolder(path: path) { return failure("\(problem)") }
            if RegularFile.check(path) == .notRegular { return failed(FileProblems.notRegularFile(path)) }
            do {
                let paragraphs = try WordDocumentReader.paragraphs(of: URL(fileURLWithPath: path), limit: limits.wordPartBytes)
                let document = LintDocument.word(path: path, paragraphs: paragraphs)
                guard document.file.utf8.count <= limits.textBytes else {
                    return failed(FileProblems.textTooLarge(size: document.file.utf8.count, limit: limits.textBytes))
                }
                return document
            } catch WordDocumentReader.ReadError.tooLarge(let limit) {
                return failed(FileProblems.wordPartTooLarge(path: path, limit: limit))
            } catch {
                return failure("'\(path)' cannot be read as a Word document: \(error)")
            }
        }
        switch TextReader.read(path: path, limit: limits.textBytes) {
        case .failure(.tooLarge(let size, let limit)):
            return failed(FileProblems.textTooLarge(size: size, limit: limit))
        case .failure(.notRegular):
            return failed(FileProblems.notRegularFile(path))
        case .failure(let problem):
            return failure("\(problem)")
        case .success(let text):
            var document = LintDocument.document(text.file, kind: kind)
            document.notices += text.warnings
            return document
        }
    }

    private func configuration(for path: String) throws -> LintConfiguration {
        var configuration = LintConfiguration()
        if request.findsConfiguration, let found = LintConfigurationFile.find(for: path) {
            if let cached = configurations[found] {
                configuration = cached
            } else {
                configuration = try LintConfigurationFile.load(path: found)
                configurations[found] = configuration
            }
        }
        if let words = request.words { configuration = configuration.followed(by: words) }
        return configuration
    }
}

/// Where a team's lint settings are found and how they are read.
public enum LintConfigurationFile {
    /// The nearest `.planbook-lint.json` for a file: in its folder, or the closest folder above.
    public static func find(for inputPath: String) -> String? {
        var folder = URL(fileURLWithPath: inputPath).standardizedFileURL.deletingLastPathComponent()
        let manager = FileManager.default
        for _ in 0..<64 {
            let candidate = folder.appendingPathComponent(LintConfiguration.fileName).path
            if manager.fileExists(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }

    /// Reads a configuration or word file.
    public static func load(path: String) throws -> LintConfiguration {
        guard case .success(let bytes) = TextReader.bytes(path: path, limit: FileLinter.maximumTextSize) else {
            throw LintConfiguration.LoadError(path: path, reason: "it cannot be read")
        }
        return try LintConfiguration.decode(bytes, path: path)
    }
}

extension TextDiagnosticRenderer {
    /// The text of many diagnostics in two blocks, rendered at the same time on two threads.
    public func renderInHalves(_ diagnostics: [Diagnostic], in file: SourceFile) -> [[UInt8]] {
        let middle = diagnostics.count / 2
        let parts = [diagnostics[..<middle], diagnostics[middle...]]
        return WorkerPool.map(count: 2, workers: 2, makeState: { () }) { _, index in
            var out: [UInt8] = []
            out.reserveCapacity(parts[index].count * 256)
            for diagnostic in parts[index] { render(diagnostic, in: file, into: &out) }
            return out
        }
    }
}
