import Foundation

/// Where planbook's data lives: `Layouts/`, `Fonts/` and `Pictures/`. They sit
/// outside the Swift targets, so they are looked for in this order: the folder
/// given by `--resources` or `PLANBOOK_HOME`; the folders above the executable
/// (a checkout's `.build/debug/planbook`); `../share/planbook` beside the
/// executable (an installed binary).
public struct Resources: Sendable {
    public let root: String
    public var layouts: String { root + "/Layouts" }
    public var fonts: String { root + "/Fonts" }
    public var pictures: String { root + "/Pictures" }
    public var fontConfiguration: String { fonts + "/fonts.conf" }

    public init(root: String) {
        self.root = root
    }

    /// Finds the resources, or says in plain words where it looked.
    public static func locate(override: String? = nil) throws -> Resources {
        var candidates: [String] = []
        if let override { candidates.append(override) }
        if let home = ProcessInfo.processInfo.environment["PLANBOOK_HOME"], !home.isEmpty { candidates.append(home) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.path)
            candidates.append(folder.appendingPathComponent("share/planbook").path)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(FileManager.default.currentDirectoryPath)
        for candidate in candidates where isResourceRoot(candidate) {
            return Resources(root: URL(fileURLWithPath: candidate).standardizedFileURL.path)
        }
        throw PlanBookError.resourcesNotFound(searched: candidates)
    }

    static func isResourceRoot(_ path: String) -> Bool {
        let manager = FileManager.default
        return ["Layouts", "Fonts/fonts.conf", "Pictures/library.json"].allSatisfy { manager.fileExists(atPath: path + "/" + $0) }
    }
}

/// What can go wrong around the pipeline (finding data, writing files), in plain words.
public enum PlanBookError: Error, CustomStringConvertible, Sendable {
    case resourcesNotFound(searched: [String])
    case badLayoutFile(path: String, reason: String)
    case unknownLayout(name: String, known: [String])
    case badPictureLibrary(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case render(path: String, reason: String)

    public var description: String {
        switch self {
        case .resourcesNotFound(let searched):
            "cannot find planbook's Layouts, Fonts and Pictures folders; set PLANBOOK_HOME to the folder that holds them (looked in: \(searched.joined(separator: ", ")))"
        case .badLayoutFile(let path, let reason):
            "the layout file '\(path)' cannot be used: \(reason)"
        case .unknownLayout(let name, let known):
            "there is no layout called '\(name)'; the layouts are: \(known.joined(separator: ", "))"
        case .badPictureLibrary(let path, let reason):
            "the picture library '\(path)' cannot be read: \(reason)"
        case .cannotWrite(let path, let reason):
            "cannot write '\(path)': \(reason)"
        case .cannotRead(let path, let reason):
            "cannot read '\(path)': \(reason)"
        case .render(let path, let reason):
            "cannot draw the booklet for '\(path)': \(reason)"
        }
    }
}
