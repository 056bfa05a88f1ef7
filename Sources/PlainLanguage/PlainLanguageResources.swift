import Foundation

/// The data files shipped with the PlainLanguage target (`Resources/`): the
/// syllable table, its licence and the word list.
///
/// They are looked for in the resource bundle beside the executable
/// (`planbook_PlainLanguage.resources`, where SwiftPM puts it and where an
/// installed binary should keep it), in `../share/planbook` beside the
/// executable, and last through `Bundle.module`.
public enum PlainLanguageResources {
    static let bundleName = "planbook_PlainLanguage.resources"

    /// The folder that holds the data files.
    public static let folder: URL? = {
        let manager = FileManager.default
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("../share/planbook/\(bundleName)"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        for candidate in candidates {
            let resources = candidate.appendingPathComponent("Resources")
            if manager.fileExists(atPath: resources.appendingPathComponent("syllables.txt").path) {
                return resources.standardizedFileURL
            }
        }
        return Bundle.module.bundleURL.appendingPathComponent("Resources")
    }()

    /// The bytes of one data file, or nil when it cannot be read.
    public static func data(named name: String) -> [UInt8]? {
        guard let url = folder?.appendingPathComponent(name) else { return nil }
        return FileBytes.read(url.path)
    }
}

/// Reads whole files with one system call, without Foundation's `Data` copy.
enum FileBytes {
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        guard size > 0 else { return [] }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = Foundation.read(descriptor, buffer.baseAddress! + done, size - done)
                if got <= 0 { failed = got < 0; break }
                done += got
            }
            count = done
        }
        return failed ? nil : bytes
    }
}
