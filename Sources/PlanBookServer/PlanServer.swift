import Foundation
import Hummingbird
import Logging
import PlanBook
import PlanModel

/// `planbook serve`: a page on the worker's own machine where they write a
/// plan and see the booklet and the language findings as they type. The
/// routes are described in docs/serve.md.
public struct PlanServer: Sendable {
    /// How the server is set up.
    public struct Options: Sendable {
        /// The only folder plans are read from and written to.
        public var folder: String
        /// The address to listen on: 127.0.0.1 unless `--host` says otherwise.
        public var host: String
        /// 0 lets the system pick a free port.
        public var port: Int
        public var resources: Resources
        /// Where CodeMirror's files are (Debian's `libjs-codemirror`).
        public var codeMirror: String
        /// The session's token; a new random one each time the server starts.
        public var token: String
        /// The largest request body accepted (a plan is at most 1 MiB).
        public var maximumRequestSize: Int

        public init(
            folder: String, host: String = "127.0.0.1", port: Int = 0, resources: Resources,
            codeMirror: String = PlanServer.debianCodeMirror, token: String = PlanServer.newToken(),
            maximumRequestSize: Int = (1 << 20) + (1 << 14)
        ) {
            self.folder = folder
            self.host = host
            self.port = port
            self.resources = resources
            self.codeMirror = codeMirror
            self.token = token
            self.maximumRequestSize = maximumRequestSize
        }
    }

    /// Where Debian's `libjs-codemirror` puts CodeMirror 5.
    public static let debianCodeMirror = "/usr/share/javascript/codemirror"

    public let options: Options
    let engine: PlanEngine
    let labels: PageLabels

    /// Opens the folder and loads the fonts, pictures and layouts once.
    public init(options: Options) throws {
        self.options = options
        let folder = try PlanFolder(path: options.folder)
        self.engine = try PlanEngine(resources: options.resources, folder: folder)
        self.labels = try PageLabels(folder: options.resources.layouts + "/fixed-words/page")
    }

    /// Whether `host` is a loopback address or `localhost`.
    public static func isLoopback(_ host: String) -> Bool {
        let lower = host.lowercased()
        return lower == "localhost" || lower == "::1" || lower.hasPrefix("127.")
    }

    /// 32 random bytes as hex.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// Whether the editor's files are where the server looks for them.
    public var hasEditor: Bool {
        FileManager.default.fileExists(atPath: options.codeMirror + "/lib/codemirror.js")
    }

    /// Listens until the task is cancelled (or, with `handlesSignals`, until
    /// Ctrl-C or SIGTERM) on `port`, else the options' port; `onStarted` gets
    /// the address and port it listens on.
    public func run(
        port: Int? = nil, handlesSignals: Bool = false,
        onStarted: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
    ) async throws {
        await engine.warmUp()
        var hosts: Set<String> = ["127.0.0.1", "localhost", "::1"]
        hosts.insert(
            RequestGuard<BasicRequestContext>.hostName(
                of: options.host.contains(":") && !options.host.hasPrefix("[") ? "[\(options.host)]" : options.host))
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestGuard(allowedHosts: hosts, token: options.token))
        PlanRoutes(engine: engine, options: options, labels: labels).add(to: router)
        var logger = Logger(label: "planbook-serve")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(options.host, port: port ?? options.port), serverName: nil),
            onServerRunning: { channel in await onStarted(channel.localAddress?.ipAddress ?? "", channel.localAddress?.port ?? 0) },
            logger: logger
        )
        if handlesSignals {
            try await app.runService()
        } else {
            try await app.run()
        }
    }
}
