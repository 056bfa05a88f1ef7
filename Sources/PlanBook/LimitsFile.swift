import Foundation
import PlanDiagnostics

/// The `"limits"` object of a `.planbook-lint.json` file, which raises or
/// lowers the limits on what planbook reads for every command:
///
/// ```json
/// { "limits": { "picturePixels": 50000000, "longestWord": 30 } }
/// ```
///
/// Keys left out keep their standard values; the file's other keys are lint's.
public enum LimitsFile {
    /// The file name looked for, the same as lint's settings.
    public static let fileName = ".planbook-lint.json"

    /// What is wrong with a limits file.
    public struct LoadError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot use the limits in '\(path)': \(reason)" }
    }

    private struct FileFormat: Decodable {
        var limits: InputLimits?
    }

    /// The limits in the file at `path`; the standard ones when it gives none.
    public static func load(path: String) throws -> InputLimits {
        let bytes: [UInt8]
        switch RegularFile.read(path, limit: 1 << 20) {
        case .success(let read): bytes = read
        case .failure: throw LoadError(path: path, reason: "it cannot be read (or is not a file of up to 1 MiB)")
        }
        // A word list (a JSON array) has no limits.
        if bytes.first(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) == UInt8(ascii: "[") { return .standard }
        let limits: InputLimits
        do {
            limits = try JSONDecoder().decode(FileFormat.self, from: Data(bytes)).limits ?? .standard
        } catch {
            throw LoadError(path: path, reason: "its \"limits\" are not an object of whole numbers (\(error))")
        }
        let counts = [
            limits.picturePixels, limits.pictureFileBytes, limits.svgElements, limits.wordPartBytes, limits.textBytes, limits.longestWord,
        ]
        guard counts.allSatisfy({ $0 >= 1 }), limits.svgSide >= 1, limits.svgSide.isFinite else {
            throw LoadError(path: path, reason: "every limit must be 1 or more")
        }
        return limits
    }

    /// The nearest `.planbook-lint.json` in `folder` or a folder above it.
    public static func find(from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        for _ in 0..<64 {
            let candidate = url.appendingPathComponent(fileName).path
            if RegularFile.check(candidate) == nil { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { break }
            url = parent
        }
        return nil
    }
}
