import Foundation
import PlanBookServer
import PlanBookTestSupport
import Testing

/// What keeps the plans on the worker's machine: one test a rule (docs/serve.md, "Security").
@Suite struct ServerSecurityTests {
    @Test func onlyFilesInsideTheFolderCanBeReadOrWritten() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("planbook-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try "# Secret".write(to: outside.appendingPathComponent("secret.plan"), atomically: true, encoding: .utf8)
        let escape = "../\(outside.lastPathComponent)/secret.plan"
        for name in [
            escape, outside.path + "/secret.plan", "a/../../\(outside.lastPathComponent)/secret.plan", ".hidden.plan", "passwd",
            "..%2F..%2Fetc%2Fpasswd",
        ] {
            let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name
            let read = try await server.client.send("GET", "/api/plan?name=\(encoded)")
            #expect([400, 403, 404].contains(read.status), "reading \(name) gave \(read.status)")
            #expect(!read.text.contains("# Secret"))
            let write = try await server.send("PUT", "/api/plan?name=\(encoded)", body: "# Overwritten")
            #expect([400, 403, 404].contains(write.status), "writing \(name) gave \(write.status)")
        }
        #expect(try String(contentsOf: outside.appendingPathComponent("secret.plan"), encoding: .utf8) == "# Secret")

        // A link that leads out is refused both ways; a folder link that leads out too.
        try FileManager.default.createSymbolicLink(
            atPath: server.folder.appendingPathComponent("link.plan").path,
            withDestinationPath: outside.appendingPathComponent("secret.plan").path)
        try FileManager.default.createSymbolicLink(
            atPath: server.folder.appendingPathComponent("away").path, withDestinationPath: outside.path)
        #expect(try await server.client.send("GET", "/api/plan?name=link.plan").status == 403)
        #expect(try await server.send("PUT", "/api/plan?name=link.plan", body: "# Overwritten").status == 403)
        #expect(try await server.client.send("GET", "/api/plan?name=away%2Fsecret.plan").status == 403)
        #expect(try await server.send("PUT", "/api/plan?name=away%2Fnew.plan", body: "# New").status == 403)
        #expect(try await server.send("POST", "/api/rename?name=link.plan&to=mine.plan").status == 403)
        #expect(try String(contentsOf: outside.appendingPathComponent("secret.plan"), encoding: .utf8) == "# Secret")
        #expect(!FileManager.default.fileExists(atPath: outside.appendingPathComponent("new.plan").path))
        let listed = try await server.client.send("GET", "/api/plans").text
        #expect(!listed.contains("secret") && !listed.contains("link.plan"), "the list leaves out links that lead out")
    }

    @Test func theHostHeaderMustBeThisMachine() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        for host in ["127.0.0.1:\(server.port)", "localhost:\(server.port)", "LOCALHOST", "[::1]:\(server.port)"] {
            #expect(try await server.client.send("GET", "/api/plans", host: host).status == 200, "\(host)")
        }
        for host in ["evil.example:\(server.port)", "127.0.0.1.evil.example", "localhost.evil.example:\(server.port)", "192.168.1.5"] {
            let answer = try await server.client.send("GET", "/", host: host)
            #expect(answer.status == 421, "\(host) gave \(answer.status)")
            #expect(!answer.text.contains(server.token))
        }
        #expect(try await server.client.send("GET", "/api/plans", host: nil).status == 421)
    }

    @Test func requestsFromOtherSitesAreRefused() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let own = "http://127.0.0.1:\(server.port)"
        #expect(try await server.send("POST", "/api/check", body: samplePlan, headers: [("Origin", own)]).status == 200)
        #expect(try await server.send("POST", "/api/check", body: samplePlan, headers: [("Origin", "http://evil.example")]).status == 403)
        #expect(
            try await server.send("POST", "/api/check", body: samplePlan, headers: [("Origin", "http://localhost:\(server.port)")]).status
                == 403, "an origin other than the address used")
        #expect(try await server.send("POST", "/api/check", body: samplePlan, headers: [("Origin", "null")]).status == 403)
        #expect(try await server.client.send("GET", "/api/plans", headers: [("Sec-Fetch-Site", "cross-site")]).status == 403)
        #expect(try await server.client.send("GET", "/api/plans", headers: [("Sec-Fetch-Site", "same-origin")]).status == 200)
        let preflight = try await server.client.send(
            "OPTIONS", "/api/plan?name=a.plan", headers: [("Origin", own), ("Access-Control-Request-Method", "PUT")])
        #expect(preflight.status == 403)
        #expect(preflight.headers["access-control-allow-origin"] == nil)
    }

    @Test func changingAnythingNeedsTheSessionToken() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let client = server.client
        let body = Array(samplePlan.utf8)
        #expect(try await client.send("PUT", "/api/plan?name=mia.plan", body: body).status == 403)
        #expect(try await client.send("PUT", "/api/plan?name=mia.plan", headers: [("X-Planbook-Token", "0000")], body: body).status == 403)
        #expect(try await client.send("POST", "/api/plans", body: Array(#"{"name": "a.plan"}"#.utf8)).status == 403)
        #expect(try await client.send("POST", "/api/check", body: body).status == 403)
        #expect(FileManager.default.subpaths(atPath: server.folder.path) == [])
        #expect(try await server.send("PUT", "/api/plan?name=mia.plan", body: samplePlan).status == 200)
        let other = try await RunningServer.start()
        defer { other.stop() }
        #expect(other.token != server.token, "each session has its own token")
        #expect(
            try await client.send("PUT", "/api/plan?name=mia.plan", headers: [("X-Planbook-Token", other.token)], body: body).status == 403)
    }

    @Test func requestsAndFilesHaveSizeLimits() async throws {
        let server = try await RunningServer.start(maximumRequestSize: 64 * 1024)
        defer { server.stop() }
        let big = String(repeating: "- a line of a plan that goes on\n", count: 4000)
        let answer = try await server.send("PUT", "/api/plan?name=big.plan", body: big)
        #expect(answer.status == 413)
        #expect(!FileManager.default.fileExists(atPath: server.folder.appendingPathComponent("big.plan").path))
        #expect(try await server.send("POST", "/api/check", body: big).status == 413)
        let huge = Data(repeating: 0x61, count: (1 << 20) + 1)
        try huge.write(to: server.folder.appendingPathComponent("huge.plan"))
        #expect(try await server.client.send("GET", "/api/plan?name=huge.plan").status == 413)
    }

    @Test func itListensOnLoopbackOnly() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        #expect(server.host == "127.0.0.1")
        #expect(PlanServer.isLoopback("127.0.0.1") && PlanServer.isLoopback("localhost") && PlanServer.isLoopback("::1"))
        #expect(!PlanServer.isLoopback("0.0.0.0") && !PlanServer.isLoopback("192.168.1.5") && !PlanServer.isLoopback("::"))
    }

    @Test func anotherHostIsWarnedAbout() throws {
        // 192.0.2.1 is a documentation address no machine has, so nothing listens and no traffic is sent.
        let planbook = TestFiles.executable
        let output = try run(
            planbook.path, ["serve", FileManager.default.temporaryDirectory.path, "--host", "192.0.2.1", "--port", "8799"])
        #expect(output.contains("warning: listening on 192.0.2.1, not only on this computer"))
    }
}
