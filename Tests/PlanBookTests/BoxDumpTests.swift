import Foundation
import Testing

/// `planbook render PLAN --format boxes`: the laid-out booklet as JSON, in the shape `docs/boxes.md` documents.
@Suite(.serialized) struct BoxDumpTests {
    static let plan = """
        # Ruby's safety plan
        child: Ruby Evans
        age: 6
        shared with child: 2026-03-09

        ## What happened
        - Dad shouted at Mum in the kitchen. [picture: storm]
          impact: Ruby was scared and hid.

        ## Next steps
        - Gran will phone Sam every Friday.
          who: Gran, Sam
          by: 2026-04-01

        ## Safety network
        - Gran (Mum's mum): picks Ruby up from school
          picture: gran
        - Aunt Lucy: takes Ruby swimming
          picture: drawings/lucy.svg

        ## Working well
        > "I like Gran's house." (Ruby)
        """

    static let roles: Set<String> = [
        "heading", "item", "impact", "who", "person", "quote", "story", "house", "scale",
        "network", "drawing", "page-number", "other",
    ]

    /// Renders the plan above and reads the JSON back.
    static func dump() throws -> (json: [String: Any], boxes: [[String: Any]], folder: URL) {
        let folder = try TestSupport.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("drawings"), withIntermediateDirectories: true)
        try ##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#c33"/></svg>"##
            .write(to: folder.appendingPathComponent("drawings/lucy.svg"), atomically: true, encoding: .utf8)
        let dump = try TestSupport.boxDump(of: plan, named: "ruby", in: folder)
        return (dump.json, dump.boxes, folder)
    }

    @Test func theDumpHasTheDocumentedShape() throws {
        let (json, boxes, folder) = try Self.dump()
        #expect((json["file"] as? String)?.hasSuffix("ruby.plan") == true)
        #expect(json["layout"] as? String == "child-booklet")
        let pages = try #require(json["pages"] as? [[String: Any]])
        #expect(pages.count >= 3)
        for (index, page) in pages.enumerated() {
            #expect(page["number"] as? Int == index + 1)
            #expect((page["width"] as? Double).map { abs($0 - 419.53) < 0.01 } == true)
            let content = try #require(page["content"] as? [String: Any])
            #expect(Set(content.keys) == ["x", "y", "width", "height"])
        }
        let keys: Set<String> = ["kind", "role", "section", "item", "person", "picture", "text", "x", "y", "width", "height"]
        for box in boxes {
            #expect(Set(box.keys) == keys)
            #expect(["text", "picture", "shape"].contains(box["kind"] as? String ?? ""))
            #expect(Self.roles.contains(box["role"] as? String ?? ""), "role \(box["role"] ?? "none")")
            #expect((box["kind"] as? String == "text") == !(box["text"] is NSNull))
            #expect((box["kind"] as? String == "picture") == !(box["picture"] is NSNull))
        }
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func anItemsBoxesShareOneNumber() throws {
        let (_, boxes, folder) = try Self.dump()
        let all = boxes
        func withText(_ text: String) -> [[String: Any]] { all.filter { ($0["text"] as? String)?.contains(text) == true } }
        let harm = try #require(withText("Dad shouted").first)
        #expect(harm["role"] as? String == "item")
        #expect(harm["section"] as? String == "what-happened")
        let number = try #require(harm["item"] as? Int)
        let impact = try #require(withText("Ruby was scared").first)
        #expect(impact["role"] as? String == "impact")
        #expect(impact["item"] as? Int == number)
        let picture = try #require(all.first { $0["picture"] as? String == "storm" })
        #expect(picture["role"] as? String == "item", "a picture beside an item has role item")
        #expect(picture["item"] as? Int == number)

        let step = try #require(withText("Gran will phone").first)
        let stepNumber = try #require(step["item"] as? Int)
        #expect(stepNumber != number)
        let who = try #require(withText("Who: Gran, Sam").first)
        #expect(who["role"] as? String == "who")
        #expect(who["item"] as? Int == stepNumber)
        let people = all.filter { $0["item"] as? Int == stepNumber && $0["role"] as? String == "person" }
        #expect(Set(people.compactMap { $0["person"] as? String }) == ["Gran", "Sam"])
        #expect(all.filter { $0["role"] as? String == "heading" }.allSatisfy { $0["item"] is NSNull })
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func peopleSectionsAndPicturesAreNamedAsThePlanWritesThem() throws {
        let (_, boxes, folder) = try Self.dump()
        let sections = Set(boxes.compactMap { $0["section"] as? String })
        #expect(sections.isSuperset(of: ["what-happened", "next-steps", "safety-network", "working-well"]))
        #expect(boxes.contains { $0["section"] is NSNull }, "the cover and back page belong to no section")
        let network = boxes.filter { $0["section"] as? String == "safety-network" }
        #expect(network.contains { $0["role"] as? String == "network" && $0["person"] as? String == "Aunt Lucy" })
        #expect(network.contains { $0["picture"] as? String == "drawings/lucy.svg" }, "a plan's own file by the path it gives")
        #expect(network.contains { $0["picture"] as? String == "gran" && $0["person"] as? String == "Gran" })
        let quote = try #require(boxes.first { $0["role"] as? String == "quote" && $0["kind"] as? String == "text" })
        #expect(quote["person"] as? String == "Ruby")
        #expect(boxes.contains { $0["role"] as? String == "drawing" }, "the child's drawing space")
        try? FileManager.default.removeItem(at: folder)
    }
}
