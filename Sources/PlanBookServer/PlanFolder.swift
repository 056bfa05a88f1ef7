import Foundation
import PlanBook

/// The one folder `planbook serve` reads and writes plans in. Every name the
/// page sends is checked here: a relative path of plain folder names ending
/// in `.plan`, never `..`, never absolute, never hidden, and never a path
/// that a symbolic link leads out of the folder.
public struct PlanFolder: Sendable {
    /// The folder, with every symbolic link in its path resolved.
    public let root: String
    /// The largest plan that is read or written (the plan language's own limit is 1 MiB).
    public let maximumFileSize: Int

    public init(path: String, maximumFileSize: Int = 1 << 20) throws {
        guard let resolved = PlanFolder.realPath(path) else { throw FolderError.notFound(path) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder), isFolder.boolValue else {
            throw FolderError.notFound(path)
        }
        self.root = resolved
        self.maximumFileSize = maximumFileSize
    }

    /// What can go wrong, in words the page shows as they are.
    public enum FolderError: Error, Equatable, CustomStringConvertible {
        case notFound(String)
        case badName(String)
        case outside(String)
        case missing(String)
        case exists(String)
        case tooLarge(String, Int)
        case notText(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .notFound(let path): "the folder '\(path)' does not exist"
            case .badName(let name):
                "'\(name)' is not a plan name planbook can use: use letters, numbers, spaces, '-' and '_', ending in .plan"
            case .outside(let name): "'\(name)' is outside the plans folder"
            case .missing(let name): "there is no plan called '\(name)'"
            case .exists(let name): "there is already a plan called '\(name)'"
            case .tooLarge(let name, let limit): "'\(name)' is larger than \(limit / 1024) KiB, which is more than a plan can be"
            case .notText(let name): "'\(name)' is not a text file"
            case .cannotWrite(let name, let reason): "cannot save '\(name)': \(reason)"
            }
        }
    }

    /// A plan in the folder, as the page lists it.
    public struct Entry: Codable, Sendable, Equatable {
        public var name: String
        public var size: Int
        /// Seconds since 1970.
        public var modified: Double
    }

    /// Every `.plan` file in the folder and its sub-folders (not hidden ones, not through links that lead out).
    public func list() -> [Entry] {
        var entries: [Entry] = []
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: root) else { return [] }
        while let relative = walker.nextObject() as? String {
            let last = (relative as NSString).lastPathComponent
            if last.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            guard relative.hasSuffix(".plan"), let path = try? resolve(relative, mustExist: true),
                let attributes = try? manager.attributesOfItem(atPath: path),
                attributes[.type] as? FileAttributeType == .typeRegular
            else { continue }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            entries.append(Entry(name: relative, size: size, modified: modified))
        }
        return entries.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }

    /// The text of a plan.
    public func read(_ name: String) throws -> String {
        let path = try resolve(name, mustExist: true)
        guard let handle = FileHandle(forReadingAtPath: path) else { throw FolderError.missing(name) }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumFileSize + 1)) ?? Data()
        guard data.count <= maximumFileSize else { throw FolderError.tooLarge(name, maximumFileSize) }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else { throw FolderError.notText(name) }
        return text
    }

    /// Saves a plan the way the command line writes files: to a temporary file, then renamed over the old one.
    public func write(_ text: String, to name: String) throws {
        let bytes = Array(text.utf8)
        guard bytes.count <= maximumFileSize else { throw FolderError.tooLarge(name, maximumFileSize) }
        let path = try resolve(name, mustExist: false)
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw FolderError.cannotWrite(name, "\(error)")
        }
    }

    /// Makes a new plan; never replaces one that is there.
    public func create(_ name: String, text: String) throws {
        let path = try resolve(name, mustExist: false)
        if FileManager.default.fileExists(atPath: path) || PlanFolder.isLink(path) { throw FolderError.exists(name) }
        try write(text, to: name)
    }

    /// Gives a plan a new name; never replaces one that is there.
    public func rename(_ name: String, to newName: String) throws {
        let from = try resolve(name, mustExist: true)
        let to = try resolve(newName, mustExist: false)
        if FileManager.default.fileExists(atPath: to) || PlanFolder.isLink(to) { throw FolderError.exists(newName) }
        // link(2) then unlink(2): unlike rename(2), link never replaces a file that appeared meanwhile.
        guard link(from, to) == 0 else { throw FolderError.cannotWrite(newName, String(cString: strerror(errno))) }
        unlink(from)
    }

    /// The unsaved changes the page keeps beside a plan: a hidden `.NAME.draft`
    /// file in the plan's folder, so they stay with the plans and nowhere else.
    public func draftPath(for name: String) throws -> String {
        let path = try resolve(name, mustExist: false)
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".draft"
    }

    /// The draft of a plan, or nil when there is none.
    public func readDraft(for name: String) throws -> String? {
        let path = try draftPath(for: name)
        guard !PlanFolder.isLink(path), let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumFileSize + 1)) ?? Data()
        guard data.count <= maximumFileSize else { return nil }
        return String(data: data, encoding: .utf8)
    }

    public func writeDraft(_ text: String, for name: String) throws {
        let bytes = Array(text.utf8)
        guard bytes.count <= maximumFileSize else { throw FolderError.tooLarge(name, maximumFileSize) }
        let path = try draftPath(for: name)
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw FolderError.cannotWrite(name, "\(error)")
        }
    }

    public func removeDraft(for name: String) throws {
        let path = try draftPath(for: name)
        if PlanFolder.isLink(path) || FileManager.default.fileExists(atPath: path) { unlink(path) }
    }

    /// The full path of a plan name, after every check. A name that does not
    /// exist yet must still sit in a folder inside the plans folder.
    public func resolve(_ name: String, mustExist: Bool) throws -> String {
        guard PlanFolder.isValidName(name) else { throw FolderError.badName(name) }
        let joined = root + "/" + name
        let folder = (joined as NSString).deletingLastPathComponent
        guard let realFolder = PlanFolder.realPath(folder) else {
            if mustExist { throw FolderError.missing(name) }
            throw FolderError.badName(name)
        }
        guard PlanFolder.isInside(realFolder, root) else { throw FolderError.outside(name) }
        if PlanFolder.isLink(joined) {
            // A link is followed only when it stays inside the folder.
            guard let target = PlanFolder.realPath(joined), PlanFolder.isInside(target, root) else { throw FolderError.outside(name) }
            return target
        }
        if mustExist, !FileManager.default.fileExists(atPath: joined) { throw FolderError.missing(name) }
        return realFolder + "/" + (name as NSString).lastPathComponent
    }

    /// A relative path of plain names: no empty, `.` or `..` part, nothing hidden, no
    /// backslash or control character, at most 255 bytes a part, ending in `.plan`.
    public static func isValidName(_ name: String) -> Bool {
        guard name.hasSuffix(".plan"), name.count > 5, name.utf8.count <= 1024, !name.hasPrefix("/") else { return false }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 8 else { return false }
        for part in parts {
            if part.isEmpty || part.hasPrefix(".") || part.utf8.count > 255 { return false }
            if part.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\\" || $0 == ":" }) {
                return false
            }
        }
        return true
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
