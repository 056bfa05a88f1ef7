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
        let pages = try TestSupport.boxDump(of: plan, named: "leo", in: folder, arguments: layout.map { ["--layout", $0] } ?? []).pages
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

    /// The card as printed, read back with `pdftotext`: no child's name, no word
    /// about a plan or a worry, only people with a number, and the helplines.
    @Test func theCardsPrintedWordsNameNoChildAndOnlyPeopleWithANumber() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("leo.plan")
        try Self.plan(copies: nil).write(to: url, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("card.pdf")
        let run = try TestSupport.planbook(["render", url.path, "--layout", "safe-contacts", "-o", pdf.path])
        #expect(run.status == 0, "\(run.stderr)")
        let printed = try TestSupport.run("pdftotext", ["-layout", pdf.path, "-"]).stdout
        let lines = printed.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for word in ["Leo", "plan", "worr", "safe", "help", "call"] {
            #expect(!printed.lowercased().contains(word.lowercased()), "the card says '\(word)'")
        }
        // Kai and Lee have no number: a name the child cannot ring is left off.
        #expect(!printed.contains("Kai") && !printed.contains("Lee"))
        for number in ["07700 900123", "0300 123 4567", "999", "0800 1111"] {
            #expect(lines.contains(number), "\(number) is printed whole on a line of its own")
        }
        #expect(lines.contains("Gran") && lines.contains("Sam Patel") && lines.contains("Childline"))
        #expect(lines.first == "Phone numbers", "the heading: \(lines.first ?? "none")")
    }
}
