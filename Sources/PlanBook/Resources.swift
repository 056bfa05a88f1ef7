import Foundation
import PlainLanguage

/// The one place that finds planbook's data. `Layouts/`, `Fonts/` and
/// `Pictures/` sit outside the Swift targets, so they are looked for in this
/// order: the folder given by `--resources` or `PLANBOOK_HOME`; the folders
/// above the executable (a checkout's `.build/debug/planbook`);
/// `../share/planbook` beside the executable (an installed binary). The word
/// list and syllable table of the plain-language checks are the PlainLanguage
/// target's resources: SwiftPM puts them in `planbook_PlainLanguage.resources`
/// beside the executable (and the test runner); they are read from there, from
/// `$PLANBOOK_HOME`, from `../share/planbook` or from beside the main bundle,
/// and handed to PlainLanguage (`installLanguageData`), which reads no files.
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

    /// The name of the folder SwiftPM makes for the PlainLanguage target's resources.
    static let languageBundle = "planbook_PlainLanguage.resources"

    /// The folder holding `word-list.json`, `syllables.txt` and `rules.json`, or nil.
    public static func languageDataFolder() -> String? {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        var candidates = [executable.appendingPathComponent(languageBundle)]
        if let home = ProcessInfo.processInfo.environment["PLANBOOK_HOME"], !home.isEmpty {
            candidates.append(URL(fileURLWithPath: home).appendingPathComponent(languageBundle))
        }
        candidates.append(executable.appendingPathComponent("../share/planbook/\(languageBundle)"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(languageBundle))
        let manager = FileManager.default
        for candidate in candidates {
            let folder = candidate.appendingPathComponent("Resources")
            if ["word-list.json", "syllables.txt"].allSatisfy({ manager.fileExists(atPath: folder.appendingPathComponent($0).path) }) {
                return folder.standardizedFileURL.path
            }
        }
        return nil
    }

    private static let languageDataInstalled = Locked<Result<Void, PlanBookError>?>(nil)

    /// Reads the word list and syllable table and installs them in
    /// PlainLanguage, once a process; throws when they cannot be found or read.
    public static func installLanguageData() throws {
        try languageDataInstalled.withLock { installed in
            if installed == nil {
                installed = Result {
                    let place = "\(languageBundle)/Resources beside the planbook executable, in $PLANBOOK_HOME, or in ../share/planbook"
                    guard let folder = languageDataFolder(),
                        case .success(let wordList) = TextReader.bytes(path: folder + "/word-list.json", limit: 64 << 20),
                        case .success(let syllables) = TextReader.bytes(path: folder + "/syllables.txt", limit: 64 << 20)
                    else {
                        throw PlanBookError.languageDataNotFound(expected: place)
                    }
                    do {
                        try LanguageData.install(wordList: wordList, syllables: syllables)
                    } catch {
                        throw PlanBookError.cannotRead(path: folder + "/word-list.json", reason: "\(error)")
                    }
                }.mapError { $0 as? PlanBookError ?? .languageDataNotFound(expected: "\($0)") }
            }
            try installed?.get()
        }
    }

    private static let ruleCatalogueRead = Locked<Result<RuleCatalogue, PlanBookError>?>(nil)

    /// The rules' descriptions (`rules.json`, beside the word list), read once
    /// a process; throws when the file cannot be found or read.
    public static func ruleCatalogue() throws -> RuleCatalogue {
        try ruleCatalogueRead.withLock { read in
            if let read { return try read.get() }
            let result = Result {
                guard let folder = languageDataFolder(),
                    case .success(let bytes) = TextReader.bytes(path: folder + "/rules.json", limit: 16 << 20)
                else {
                    throw PlanBookError.languageDataNotFound(
                        expected: "\(languageBundle)/Resources beside the planbook executable, in $PLANBOOK_HOME, or in ../share/planbook")
                }
                do {
                    return try RuleCatalogue(json: bytes)
                } catch {
                    throw PlanBookError.cannotRead(path: folder + "/rules.json", reason: "\(error)")
                }
            }.mapError { $0 as? PlanBookError ?? .languageDataNotFound(expected: "\($0)") }
            read = result
            return try result.get()
        }
    }

    static func isResourceRoot(_ path: String) -> Bool {
        let manager = FileManager.default
        return ["Layouts", "Fonts/fonts.conf", "Pictures/library.json"].allSatisfy { manager.fileExists(atPath: path + "/" + $0) }
    }
}

/// What can go wrong around the pipeline (finding data, writing files), in plain words.
public enum PlanBookError: Error, CustomStringConvertible, Sendable {
    case resourcesNotFound(searched: [String])
    case languageDataNotFound(expected: String)
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
        case .languageDataNotFound(let expected):
            "cannot find the word lists and syllable table (\(expected))"
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
