import Foundation

/// What a picture path of a plan leads to inside the plan's folder.
public enum PictureFileLocation: Sendable, Hashable {
    /// Nothing is there, or a folder is.
    case missing
    /// A symbolic link leads out of the plan's folder.
    case outsideFolder
    /// A pipe, device or socket, not a file.
    case notAFile
    /// A file, at this real path inside the folder.
    case file(path: String)
}

/// The questions checking a plan asks about the picture files it names: the
/// one way lowering learns about files. The pipeline supplies the plan's
/// folder on disk (`DiskPictureFolder`); a test can answer from memory, so a
/// plan can be checked with no disk at all.
public protocol PictureFolder: Sendable {
    /// Where `relativePath` (one that names no `..` and does not start at the
    /// root) leads inside the folder, following symbolic links.
    func locate(_ relativePath: String) -> PictureFileLocation
    /// The first `count` bytes of the file at a path `locate` gave, or nil when it cannot be read.
    func head(of path: String, count: Int) -> [UInt8]?
    /// The bytes of the file at a path `locate` gave, refused over `limit` bytes.
    func read(_ path: String, limit: Int) -> Result<[UInt8], RegularFile.Failure>
}

/// A plan's folder on disk.
public struct DiskPictureFolder: PictureFolder {
    /// The folder, with its own symbolic links resolved.
    public let path: String

    public init(path: String) {
        self.path = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    public func locate(_ relativePath: String) -> PictureFileLocation {
        let candidate = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .missing
        }
        let real = candidate.resolvingSymlinksInPath().path
        guard real.hasPrefix(path + "/") else { return .outsideFolder }
        if RegularFile.check(real) == .notRegular { return .notAFile }
        return .file(path: real)
    }

    public func head(of path: String, count: Int) -> [UInt8]? {
        try? RegularFile.head(path, count: count).get()
    }

    public func read(_ path: String, limit: Int) -> Result<[UInt8], RegularFile.Failure> {
        RegularFile.read(path, limit: limit)
    }
}
