import Foundation

/// The files `planbook lint` reads for the paths a user gives: files as they
/// are (any name), and in folders, at any depth, every `.plan`, `.txt`, `.md`,
/// `.markdown` and `.docx` file, in a stable order. Hidden files and folders
/// and Word's `~$` lock files are skipped.
public enum LintInputs {
    /// The files to lint for the paths given, in order.
    public static func expand(_ paths: [String]) -> [String] {
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                found.append(path)
                continue
            }
            let relatives = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { relative in
                    let parts = relative.split(separator: "/")
                    guard let name = parts.last, !parts.contains(where: { $0.hasPrefix(".") }), !name.hasPrefix("~$") else { return false }
                    return InputKind.of(path: relative) != nil
                }
                .sorted()
            let folder = path.hasSuffix("/") ? path : path + "/"
            found += relatives.map { folder + $0 }
        }
        return found
    }
}

extension PlainLanguageLinter {
    /// Lints files on several threads (each with its own linter), keeping their order.
    public static func lint(paths: [String], options: LintOptions, workers: Int = ProcessInfo.processInfo.activeProcessorCount) -> [LintReport] {
        if workers > 1 {
            // Decode and index the word list on another core while the first file is read and analysed.
            DispatchQueue.global(qos: .userInitiated).async { _ = CompiledWordList.builtIn }
        }
        guard paths.count > 1, workers > 1 else {
            let linter = PlainLanguageLinter(options: options)
            return paths.map(linter.lint(path:))
        }
        let results = Slots<LintReport>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: min(workers, paths.count)) { _ in
            let linter = PlainLanguageLinter(options: options)
            while let index = results.claim() {
                results.store(linter.lint(path: paths[index]), at: index)
            }
        }
        return results.values.compactMap { $0 }
    }
}

