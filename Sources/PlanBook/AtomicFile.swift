import Foundation

/// Writes a file so that it is either all there or not there at all: the bytes
/// go to a hidden temporary file in the same folder, which is then renamed over
/// the target. A run killed half-way leaves at most a hidden `.NAME.tmp-…` file.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw PlanBookError.cannotWrite(path: path, reason: "the folder '\(folder)' cannot be made")
        }
        let temporary = folder + "/." + url.lastPathComponent + temporaryMarker + UUID().uuidString
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes), attributes: [.posixPermissions: 0o644]) else {
            throw PlanBookError.cannotWrite(path: path, reason: "the folder '\(folder)' cannot be written to")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(describing: POSIXErrorCode(rawValue: errno).map(POSIXError.init) ?? POSIXError(.EIO))
            try? FileManager.default.removeItem(atPath: temporary)
            throw PlanBookError.cannotWrite(path: path, reason: reason)
        }
    }

    /// What every temporary file's name holds after the target's name.
    static let temporaryMarker = ".tmp-"

    /// Removes the temporary files a killed run left in `folder` (hidden files
    /// named `.NAME.tmp-…`); returns how many there were.
    @discardableResult
    public static func removeLeftovers(in folder: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed = 0
        for name in names where name.hasPrefix(".") && name.contains(temporaryMarker) {
            if (try? FileManager.default.removeItem(atPath: folder + "/" + name)) != nil { removed += 1 }
        }
        return removed
    }
}
