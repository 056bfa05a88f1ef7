import Foundation
import PlanBookTestSupport
import Testing

/// The API the page uses, through real HTTP on a loopback port.
@Suite struct PlanAPITests {
    @Test func thePageComesWithItsTokenAndItsFiles() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let page = try await server.client.send("GET", "/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(page.text.contains("<meta name=\"planbook-token\" content=\"\(server.token)\">"))
        #expect(page.headers["content-security-policy"]?.contains("default-src 'self'") == true)
        #expect(try await server.client.send("GET", "/assets/page.js").status == 200)
        let editor = try await server.client.send("GET", "/vendor/codemirror/lib/codemirror.js")
        #expect(editor.status == 200, "Debian's libjs-codemirror is installed by scripts/setup")
        #expect(editor.text.contains("CodeMirror"))
        #expect(try await server.client.send("GET", "/vendor/codemirror/../../../../etc/passwd").status == 404)
        #expect(try await server.client.send("GET", "/vendor/codemirror/mode/xml/xml.js").status == 404)
    }

    @Test func aPlanIsCreatedFromTheTemplateListedReadSavedAndRenamed() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let created = try await server.send("POST", "/api/plans", body: #"{"name": "ayo.plan", "child": "Ayo"}"#)
        #expect(created.status == 201, "\(created.text)")
        let list = try await server.client.send("GET", "/api/plans").json()
        let names = (list["plans"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["ayo.plan"])
        let text = try await server.client.send("GET", "/api/plan?name=ayo.plan")
        #expect(text.status == 200)
        #expect(text.text.hasPrefix("# Ayo's safety plan"))
        #expect(try await server.send("POST", "/api/plans", body: #"{"name": "ayo.plan"}"#).status == 409, "creating never replaces a plan")

        let saved = try await server.send("PUT", "/api/plan?name=ayo.plan", body: samplePlan)
        #expect(saved.status == 200)
        #expect(try String(contentsOf: server.folder.appendingPathComponent("ayo.plan"), encoding: .utf8) == samplePlan)
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.folder.path) == ["ayo.plan"], "no temporary file is left")

        try "# Other".write(to: server.folder.appendingPathComponent("other.plan"), atomically: true, encoding: .utf8)
        #expect(try await server.send("POST", "/api/rename?name=ayo.plan&to=other.plan").status == 409, "renaming never replaces a plan")
        let renamed = try await server.send("POST", "/api/rename?name=ayo.plan&to=ayo%20and%20mia.plan")
        #expect(renamed.status == 200, "\(renamed.text)")
        #expect(try String(contentsOf: server.folder.appendingPathComponent("ayo and mia.plan"), encoding: .utf8) == samplePlan)
        #expect(!FileManager.default.fileExists(atPath: server.folder.appendingPathComponent("ayo.plan").path))
    }

    @Test func theTemplateHasNoErrors() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        _ = try await server.send("POST", "/api/plans", body: #"{"name": "new.plan", "child": "Ayo"}"#)
        let text = try await server.client.send("GET", "/api/plan?name=new.plan").text
        let review = try await server.send("POST", "/api/check?name=new.plan", body: text).json()
        let files = (review["check"] as? [String: Any])?["files"] as? [[String: Any]]
        #expect(files?.first?["errors"] as? Int == 0)
        for section in [
            "What are we worried about", "What's working well", "What needs to happen", "Safety scale", "Three houses",
            "Words and pictures",
        ] {
            #expect(text.contains("## \(section)\n"))
        }
        let preview = try await server.send("POST", "/api/preview?name=new.plan", body: text)
        #expect(preview.status == 200, "\(preview.text)")
    }

    @Test func checkGivesTheCommandLinesDiagnosticsLintFindingsAndTheScore() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let misspelt = samplePlan.replacingOccurrences(of: "## Next steps", with: "## Nxt steps")
        let answer = try await server.send("POST", "/api/check?name=mia.plan", body: misspelt)
        #expect(answer.status == 200)
        #expect(answer.headers["content-type"]?.hasPrefix("application/json") == true)
        let review = try answer.json()
        let file = try #require(((review["check"] as? [String: Any])?["files"] as? [[String: Any]])?.first)
        #expect(file["path"] as? String == "mia.plan")
        let diagnostics = try #require(file["diagnostics"] as? [[String: Any]])
        let unknown = try #require(diagnostics.first { ($0["message"] as? String)?.contains("Nxt steps") == true })
        #expect(unknown["severity"] as? String == "error")
        #expect(unknown["line"] as? Int == 13)
        #expect((unknown["message"] as? String)?.contains("Next steps") == true, "the message names the section meant")
        #expect(unknown["fixes"] as? [[String: Any]] != nil)

        let lint = try #require(((review["lint"] as? [String: Any])?["files"] as? [[String: Any]])?.first)
        let findings = try #require(lint["findings"] as? [[String: Any]])
        let jargon = try #require(findings.first { $0["rule"] as? String == "jargon" })
        #expect((jargon["text"] as? String)?.lowercased() == "safeguard")
        #expect((jargon["suggestion"] as? String)?.isEmpty == false)
        let score = try #require(review["score"] as? [String: Any])
        #expect(score["value"] as? Double != nil)
        #expect((score["parts"] as? [[String: Any]])?.count == 4)
        #expect((score["parts"] as? [[String: Any]])?.allSatisfy { ($0["reason"] as? String)?.isEmpty == false } == true)
        #expect((review["plan"] as? [String: Any])?["direction"] as? String == "ltr")
    }

    @Test func previewPagesAreDrawnByTheRendererAndFollowTheText() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let first = try await server.send("POST", "/api/preview?name=mia.plan", body: samplePlan).json()
        let pages = try #require(first["pages"] as? [[String: Any]])
        #expect(pages.count >= 3)
        #expect(first["layout"] as? String == "child-booklet")
        let boxes = pages.flatMap { $0["boxes"] as? [[String: Any]] ?? [] }
        #expect(
            boxes.contains { $0["line"] as? Int == 10 && $0["role"] as? String == "item" }, "the 'Working well' item's box leads to line 10"
        )
        #expect(
            boxes.contains { $0["line"] as? Int == 9 && $0["role"] as? String == "heading" },
            "its heading leads to the '## Working well' line")
        #expect(
            boxes.contains { $0["line"] as? Int == 14 && $0["role"] as? String == "who" }, "a next step's who-and-by line leads to its item"
        )
        let id = try #require(first["id"] as? String)
        let image = try await server.client.send("GET", "/api/preview/\(id)/2.png")
        #expect(image.status == 200)
        #expect(image.headers["content-type"] == "image/png")
        #expect(Array(image.body.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(try await server.client.send("GET", "/api/preview/\(id)/99.png").status == 404)

        let changed = samplePlan.replacingOccurrences(
            of: "Gran picks Mia up from school every day.",
            with: "Gran and Mia feed the ducks in the park on Saturdays, and they take bread.")
        let second = try await server.send("POST", "/api/preview?name=mia.plan", body: changed).json()
        let secondID = try #require(second["id"] as? String)
        let secondImage = try await server.client.send("GET", "/api/preview/\(secondID)/2.png")
        #expect(secondImage.body != image.body, "the page changes with the text")

        let houses = try await server.send("POST", "/api/preview?name=mia.plan&layout=three-houses", body: samplePlan).json()
        #expect(houses["layout"] as? String == "three-houses")
        #expect(
            (houses["pages"] as? [[String: Any]])?.count != pages.count
                || (houses["pages"] as? [[String: Any]])?.first?["width"] as? Double != pages.first?["width"] as? Double)
        #expect(try await server.send("POST", "/api/preview?layout=nonsense", body: samplePlan).status == 400)

        let broken = try await server.send("POST", "/api/preview?name=mia.plan", body: "child: Mia\n")
        #expect(broken.status == 422)
        #expect(try broken.json()["check"] != nil)
    }

    @Test func thePDFIsAWholeBookletThatPdfinfoReads() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let answer = try await server.send("POST", "/api/pdf?name=mia.plan&layout=family-plan", body: samplePlan)
        #expect(answer.status == 200)
        #expect(answer.headers["content-type"] == "application/pdf")
        #expect(answer.headers["content-disposition"] == "attachment; filename=\"mia.pdf\"")
        let path = server.folder.appendingPathComponent("check.pdf")
        try Data(answer.body).write(to: path)
        let info = try TestFiles.run("pdfinfo", [path.path]).stdout
        #expect(info.contains("Pages:"))
        #expect(info.contains("Title:") && info.contains("Mia"))
    }
}
