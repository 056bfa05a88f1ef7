import Foundation
import PlainLanguage

/// A file a user named, or one found in a folder they named.
public struct FoundFile: Hashable, Sendable {
    /// The file.
    public var path: String
    /// The path below the folder it was found in (for mirroring outputs), or the file name.
    public var relativePath: String
    /// Whether it came from a folder rather than being named.
    public var fromFolder: Bool
    /// The folder it was found in, or the file itself.
    public var root: String
}

/// The one place that turns the paths a user gives into input files, for
/// every command: a file named is taken as it is (whatever its name); a
/// folder is searched at any depth for the files the command reads, in a
/// stable order. Hidden files and folders and Word's `~$` lock files are
/// never taken from a folder.
public enum FileFinder {
    /// The plans (`.plan` files) for `check`, `render` and `audit`.
    public static func plans(_ paths: [String]) -> [FoundFile] {
        expand(paths) { InputKind.of(path: $0) == .plan }
    }

    /// What `lint` reads: `.plan`, `.txt`, `.md`, `.markdown` and `.docx` files.
    public static func lintInputs(_ paths: [String]) -> [FoundFile] {
        expand(paths) { InputKind.of(path: $0) != nil }
    }

    /// The files for `paths`: files as they are, and in folders those whose
    /// path below the folder `wanted` accepts.
    public static func expand(_ paths: [String], keeping wanted: (String) -> Bool) -> [FoundFile] {
        var found: [FoundFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                found.append(
                    FoundFile(path: path, relativePath: URL(fileURLWithPath: path).lastPathComponent, fromFolder: false, root: path))
                continue
            }
            let relatives = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { relative in
                    let parts = relative.split(separator: "/")
                    guard let name = parts.last, !parts.contains(where: { $0.hasPrefix(".") }), !name.hasPrefix("~$") else { return false }
                    return wanted(relative)
                }
                .sorted()
            let folder = path.hasSuffix("/") ? path : path + "/"
            found += relatives.map { FoundFile(path: folder + $0, relativePath: $0, fromFolder: true, root: path) }
        }
        return found
    }
}
