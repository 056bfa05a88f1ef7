import Foundation
import Testing

/// What the back page and the safe-contacts card print: only what the plan asks
/// for, since either may be read by the person the child is protected from.
@Suite(.serialized) struct BackPageAndCardTests {
    static func plan(copies: String?) -> String {
        """
        # Leo's safety plan
        child: Leo Evans
        age: 8
        shared with child: 2026-03-09
        \(copies.map { "copies: \($0)" } ?? "")

        ## Who is worried
        - Sam Patel, social worker
          phone: 0300 123 4567

        ## Worries
        - Dad could hurt Leo when he has been drinking.

        ## Safety network
        - Gran (Mum's mum): knows about this plan and keeps Leo safe
          phone: 07700 900123
        - Kai (Leo's friend, 16): plays football with Leo
        - Lee (Dad's friend): drives Leo to football
        """
    }

    /// The texts of the last pages (the back page) and of every page, from the box dump.
    static func texts(_ plan: String, layout: String? = nil) throws -> (pages: [[String]], boxes: [[String: Any]]) {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("leo.plan")
        try plan.write(to: url, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("leo.json")
        let run = try TestSupport.planbook(
            ["render", url.path, "--format", "boxes", "-o", output.path] + (layout.map { ["--layout", $0] } ?? []))
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        let pages = try #require(json["pages"] as? [[String: Any]]).map { ($0["boxes"] as? [[String: Any]]) ?? [] }
        return (pages.map { $0.compactMap { $0["text"] as? String } }, pages.flatMap { $0 })
    }

    /// The back page: from its heading to the end.
    static func backPage(_ pages: [[String]]) -> String {
        let all = pages.flatMap { $0 }
        let start = all.lastIndex { $0 == "Who has a copy of this book" } ?? 0
        return all[start...].joined(separator: "\n")
    }

    @Test func withoutCopiesTheBackPageHasLinesToWriteOnAndNoNames() throws {
        let (pages, boxes) = try Self.texts(Self.plan(copies: nil))
        let back = Self.backPage(pages)
        #expect(back.contains("These people have a copy:"))
        for name in ["Gran", "Kai", "Lee", "Sam Patel"] {
            #expect(!back.contains(name), "the back page must not guess that \(name) has a copy")
        }
        #expect(
            boxes.contains { $0["kind"] as? String == "shape" && $0["section"] is NSNull && $0["role"] as? String == "other" },
            "ruled lines to write names on")
    }

    @Test func withCopiesTheBackPageListsExactlyThem() throws {
        let (pages, _) = try Self.texts(Self.plan(copies: "Leo, Mum, Gran and Sam"))
        let back = Self.backPage(pages)
        #expect(back.contains("These people have a copy:\n• Leo\n• Mum\n• Gran\n• Sam"))
        #expect(!back.contains("Kai") && !back.contains("Lee"))
    }

    @Test func theCardIsDiscreetWithWholeNumbersAndHelplines() throws {
        let (pages, boxes) = try Self.texts(Self.plan(copies: nil), layout: "safe-contacts")
        #expect(pages.count <= 2, "a card, printed on both sides")
        let texts = pages.flatMap { $0 }
        for word in ["plan", "worr", "safe", "hurt", "drink", "social worker", "knows about"] {
            #expect(!texts.joined(separator: " ").lowercased().contains(word), "the card says '\(word)'")
        }
        for number in ["07700 900123", "0300 123 4567", "999", "0800 1111"] {
            let box = try #require(boxes.first { $0["text"] as? String == number }, "\(number) is printed whole, in one box")
            #expect((box["height"] as? Double ?? 99) < 40, "\(number) stands on one line")
        }
        #expect(texts.contains("Gran") && texts.contains("Childline") && texts.contains("Emergency"))
        let sizes = boxes.filter { ($0["text"] as? String) == "07700 900123" }
        #expect(!sizes.isEmpty)
    }
}
