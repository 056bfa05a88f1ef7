import ArgumentParser
import Foundation
import PlanBook
import PlanBookServer

/// `planbook serve [DIR] [--port N] [--open] [--host H]`
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a page in your browser to write plans and see the booklet as you type.",
        discussion: """
            Serves a page on this computer only (127.0.0.1) where you can start a plan from a template, \
            write it with its mistakes and hard words pointed out, and see the child's booklet beside it. \
            Plans are read from and saved to DIR only. Stop it with Ctrl-C. See docs/serve.md.
            """
    )

    @Argument(help: ArgumentHelp("The folder of plans (default: this folder).", valueName: "dir"))
    var folder: String = "."

    @Option(help: ArgumentHelp("The port to listen on (default: the first free one from 8765).", valueName: "n"))
    var port: Int?

    @Option(
        help: ArgumentHelp(
            "Listen on this address instead of 127.0.0.1. Anyone who can reach it can read your plans.", valueName: "address"))
    var host: String = "127.0.0.1"

    @Flag(help: "Open the page in the web browser.")
    var open = false

    @Option(
        help: ArgumentHelp(
            "The folder that holds Layouts, Fonts and Pictures (default: found beside planbook, or PLANBOOK_HOME).", valueName: "folder"))
    var resources: String?

    func validate() throws {
        if let port, !(1...65535).contains(port) { throw ValidationError("--port is a number from 1 to 65535, not \(port)") }
    }

    func run() async throws {
        let server: PlanServer
        do {
            let found = try Resources.locate(override: resources)
            server = try PlanServer(options: .init(folder: folder, host: host, port: port ?? 0, resources: found))
        } catch {
            printError("planbook: \(error)")
            throw ExitCode(1)
        }
        if !PlanServer.isLoopback(host) {
            printError(
                "planbook: warning: listening on \(host), not only on this computer: anyone who can reach this address can read and change the plans in \(folder)."
            )
        }
        if !server.hasEditor {
            printError(
                "planbook: warning: the editor (Debian's libjs-codemirror) is not installed at \(server.options.codeMirror); run scripts/setup. The page works as a plain text box until then."
            )
        }
        let ports = port.map { [$0] } ?? Array(8765...8784)
        let shownHost = host.contains(":") ? "[\(host)]" : host
        for (index, candidate) in ports.enumerated() {
            do {
                let open = self.open
                try await server.run(port: candidate, handlesSignals: true) { _, bound in
                    let address = "http://\(shownHost):\(bound)/"
                    // Written at once, not buffered: a script waiting for the address reads it now.
                    FileHandle.standardOutput.write(
                        Data(
                            "planbook serve: open \(address) in your web browser to write plans in \(folder). Press Ctrl-C to stop.\n".utf8)
                    )
                    if open { Serve.openBrowser(address) }
                }
                return
            } catch  where Serve.isAddressInUse(error) && index < ports.count - 1 {
                continue
            } catch {
                printError("planbook: cannot listen on \(shownHost):\(candidate): \(error)")
                throw ExitCode(1)
            }
        }
    }

    static func isAddressInUse(_ error: any Error) -> Bool {
        "\(error)".contains("in use") || "\(error)".contains("EADDRINUSE")
    }

    static func openBrowser(_ address: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", address]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            printError("planbook: cannot open a browser; open \(address) yourself")
        }
    }
}
