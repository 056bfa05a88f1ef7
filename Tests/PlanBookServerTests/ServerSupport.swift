import Foundation
import PlanBook
import PlanBookServer
import PlanBookTestSupport

/// A `planbook serve` server on a free loopback port, with its own temporary folder of plans.
final class RunningServer: Sendable {
    let folder: URL
    let port: Int
    let token: String
    let host: String
    private let task: Task<Void, any Error>

    static let repositoryRoot = TestFiles.repositoryRoot

    private init(folder: URL, port: Int, token: String, host: String, task: Task<Void, any Error>) {
        self.folder = folder
        self.port = port
        self.token = token
        self.host = host
        self.task = task
    }

    /// Starts a server and waits (30 seconds at most) until it listens.
    /// `resources`: a folder with Layouts, Fonts and Pictures in place of the repository's.
    static func start(maximumRequestSize: Int? = nil, resources: URL? = nil) async throws -> RunningServer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planbook-serve-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var options = PlanServer.Options(folder: folder.path, port: 0, resources: Resources(root: (resources ?? repositoryRoot).path))
        if let maximumRequestSize { options.maximumRequestSize = maximumRequestSize }
        let server = try PlanServer(options: options)
        let (stream, continuation) = AsyncStream<(String, Int)>.makeStream()
        let task = Task {
            try await server.run { host, port in continuation.yield((host, port)) }
        }
        let started = Task { () -> (String, Int)? in
            for await address in stream { return address }
            return nil
        }
        let timeout = Task {
            try await Task.sleep(for: .seconds(30))
            continuation.finish()
        }
        guard let (host, port) = await started.value else {
            task.cancel()
            throw CancellationError()
        }
        timeout.cancel()
        return RunningServer(folder: folder, port: port, token: options.token, host: host, task: task)
    }

    var client: HTTPTestClient { HTTPTestClient(port: port) }

    /// A request with the page's token, as the page sends it.
    func send(_ method: String, _ path: String, body: String = "", headers: [(String, String)] = []) async throws -> HTTPTestClient.Response
    {
        try await client.send(method, path, headers: [("X-Planbook-Token", token)] + headers, body: Array(body.utf8))
    }

    func stop() {
        task.cancel()
        try? FileManager.default.removeItem(at: folder)
    }
}

/// A plan that checks clean, with a jargon word for the linter.
let samplePlan = """
    # Mia's safety plan

    child: Mia
    age: 7
    written by: Sam Patel, social worker
    date: 2026-03-02
    shared with child: 2026-03-09, read together at Gran's house

    ## Working well
    - Gran picks Mia up from school every day. We will safeguard Mia.
    > "I like it when Gran picks me up." (Mia)

    ## Next steps
    - Gran will phone Sam if she is worried about Mia.
      who: Gran
      by: 2026-04-01

    """
