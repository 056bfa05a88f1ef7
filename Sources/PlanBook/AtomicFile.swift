import Foundation

/// Writes a file so that it is either all there or not there at all: the bytes
/// go to a hidden temporary file in the same folder, which is then renamed.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw PlanBookError.cannotWrite(path: path, reason: "the folder '\(folder)' cannot be made")
        }
        var template = Array((folder + "/." + url.lastPathComponent + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw PlanBookError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        let temporary = String(cString: template)
        var written = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result <= 0 { return false }
                written += result
            }
            return true
        }
        let reason = String(cString: strerror(errno))
        fchmod(descriptor, 0o644)
        close(descriptor)
        guard ok, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw PlanBookError.cannotWrite(path: path, reason: ok ? String(cString: strerror(errno)) : reason)
        }
    }
}
