import Foundation

/// Writes a file so that it is either all there or not there at all, and so
/// that a run killed at any moment (even by `kill -9`) leaves nothing hidden
/// behind: the bytes go to an unnamed file in the target's folder
/// (`O_TMPFILE`), which gets a name only when it is whole, and is then renamed
/// over the target. Between those two steps, for a few microseconds, it is
/// called `.NAME.tmp-…`, a name the next run recognises and removes. Where
/// the file system has no unnamed files, the bytes go to that name directly.
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
        func failure(_ code: Int32) -> PlanBookError {
            .cannotWrite(path: path, reason: String(describing: POSIXErrorCode(rawValue: code).map(POSIXError.init) ?? POSIXError(.EIO)))
        }

        var descriptor = open(folder, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0o644)
        let unnamed = descriptor >= 0
        if !unnamed {
            descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw failure(errno) }
        }
        var closed = false
        defer { if !closed { close(descriptor) } }
        // Readable by all, as before: the booklet is shared by those the folder is shared with.
        _ = fchmod(descriptor, 0o644)

        var written = 0
        while written < bytes.count {
            let step = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if step < 0, errno == EINTR { continue }
            guard step > 0 else {
                let code = errno
                if !unnamed { unlink(temporary) }
                throw failure(code)
            }
            written += step
        }
        if unnamed {
            guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 else {
                throw failure(errno)
            }
        }
        close(descriptor)
        closed = true
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(code)
        }
    }

    /// Linux's `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`), which Glibc's Swift overlay does not export.
    static let O_TMPFILE: Int32 = 0o20000000 | O_DIRECTORY

    /// What every temporary file's name holds after the target's name.
    static let temporaryMarker = ".tmp-"

    /// Hidden files a killed run of an earlier planbook left: its own
    /// `.NAME.tmp-…` files, and the `.dat.nosync…` files Foundation's atomic
    /// writes used before planbook wrote its files itself.
    static func isLeftover(_ name: String) -> Bool {
        name.hasPrefix(".") && (name.contains(temporaryMarker) || name.hasPrefix(".dat.nosync"))
    }

    /// Removes the temporary files a killed run left in `folder`; returns how many there were.
    @discardableResult
    public static func removeLeftovers(in folder: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed = 0
        for name in names where isLeftover(name) {
            if unlink(folder + "/" + name) == 0 { removed += 1 }
        }
        return removed
    }
}
