import Foundation

/// What every test target needs of the file system and of other programs:
/// the repository, fresh temporary folders, the built `planbook`, a program's run.
/// One copy, shared by the test targets through `PlanBookTestSupport`.
public enum TestFiles {
    /// The package root: the nearest folder above this file that holds `Package.swift`.
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }()

    /// A new empty folder under the system's temporary folder.
    public static func temporaryFolder(prefix: String = "planbook-tests") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The names in a folder, sorted; none when it cannot be read.
    public static func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The `planbook` executable built beside the test bundle.
    public static var executable: URL { builtProgram("planbook") }

    /// `planbook-caseload`, the tool that writes made-up caseloads, built beside the test bundle.
    public static var caseloadTool: URL { builtProgram("planbook-caseload") }

    /// An executable of the package, built beside the test bundle.
    static func builtProgram(_ name: String) -> URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return repositoryRoot.appendingPathComponent(".build/debug/" + name)
    }

    /// What a program did: its exit status and what it printed.
    public struct Run: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        /// What it printed, read as one JSON object; throws when it is not one.
        public func jsonObject() throws -> [String: Any] {
            guard let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any] else {
                throw NotAnObject(text: String(stdout.prefix(200)))
            }
            return object
        }

        struct NotAnObject: Error {
            var text: String
        }
    }

    /// Runs a program (a path, or a name looked up on PATH) and waits for it, collecting its output.
    /// `NO_COLOR=1` is set, so terminal output is plain.
    public static func run(_ program: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws
        -> Run
    {
        let process = Process()
        process.executableURL = program.hasPrefix("/") ? URL(fileURLWithPath: program) : URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
