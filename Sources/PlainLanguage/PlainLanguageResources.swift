import Foundation

/// The data files shipped with the PlainLanguage target (`Resources/`): the
/// syllable table, its licence and the word list.
///
/// SwiftPM puts them in a bundle folder, `planbook_PlainLanguage.resources`,
/// beside the executable (and beside the test runner). They are looked for
/// there, in `$PLANBOOK_HOME`, in `../share/planbook` beside the executable
/// (an installed binary), and beside the main bundle. `Bundle.module` is not
/// used: it stops the program when the bundle is missing, and a missing bundle
/// should be an error message instead (`isAvailable`).
public enum PlainLanguageResources {
    static let bundleName = "planbook_PlainLanguage.resources"

    /// The folder that holds the data files, or nil when none was found.
    public static let folder: URL? = {
        let manager = FileManager.default
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        var candidates = [executable.appendingPathComponent(bundleName)]
        if let home = ProcessInfo.processInfo.environment["PLANBOOK_HOME"], !home.isEmpty {
            candidates.append(URL(fileURLWithPath: home).appendingPathComponent(bundleName))
        }
        candidates.append(executable.appendingPathComponent("../share/planbook/\(bundleName)"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        for candidate in candidates {
            let resources = candidate.appendingPathComponent("Resources")
            if manager.fileExists(atPath: resources.appendingPathComponent("syllables.txt").path) {
                return resources.standardizedFileURL
            }
        }
        return nil
    }()

    /// Whether the word list and the syllable table were found.
    public static var isAvailable: Bool {
        guard let folder else { return false }
        return ["words.json", "syllables.txt"].allSatisfy { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }

    /// Where the data files were looked for, for an error message.
    public static var expectedPlace: String {
        "\(bundleName)/Resources beside the planbook executable, in $PLANBOOK_HOME, or in ../share/planbook"
    }

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
