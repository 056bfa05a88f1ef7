import Foundation

/// Expands the paths a user gives into plan files: files as they are,
/// folders searched for `.plan` files at any depth, in a stable order.
public enum PlanFinder {
    public struct Input: Hashable, Sendable {
        /// The plan file.
        public var path: String
        /// The path below the folder it was found in (for mirroring outputs), or the file name.
        public var relativePath: String
        /// Whether it came from a folder rather than being named.
        public var fromFolder: Bool
        /// The folder it was found in, or the file itself.
        public var root: String
    }

    public static func expand(_ paths: [String]) -> [Input] {
        var inputs: [Input] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                    .filter { $0.hasSuffix(".plan") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                    .sorted()
                for relative in found {
                    let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                    inputs.append(Input(path: full, relativePath: relative, fromFolder: true, root: path))
                }
            } else {
                inputs.append(Input(path: path, relativePath: URL(fileURLWithPath: path).lastPathComponent, fromFolder: false, root: path))
            }
        }
        return inputs
    }
}
