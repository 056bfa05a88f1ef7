import Foundation
import Testing

/// How the samples' booklets are cut into pages, read through the page-box dump:
/// items kept whole, no heading alone at a page's foot, a section that runs on
/// gets its heading again, no near-empty pages, a number on every page but the cover.
@Suite(.serialized) struct PaginationTests {
    struct Page {
        var number: Int
        var content: (y: Double, height: Double)
        var boxes: [[String: Any]]

        /// Boxes of the page's own content (not its number).
        var contentBoxes: [[String: Any]] { boxes.filter { $0["role"] as? String != "page-number" } }

        /// How much of the content area's height is used, from 0 to 1.
        var fill: Double {
            let bottom = contentBoxes.map { ($0["y"] as? Double ?? 0) + ($0["height"] as? Double ?? 0) }.max() ?? content.y
            return (bottom - content.y) / content.height
        }
    }

    /// Every sample's pages, by sample name.
    nonisolated(unsafe) static let samples: [String: [Page]] = {
        guard let folder = try? TestSupport.temporaryFolder() else { return [:] }
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = TestSupport.samplePlans().map(\.path)
        guard let run = try? TestSupport.planbook(["render"] + plans + ["--format", "boxes", "-o", folder.path]), run.status == 0 else {
            return [:]
        }
        var result: [String: [Page]] = [:]
        for name in TestSupport.files(in: folder) where name.hasSuffix(".json") {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let pages = json["pages"] as? [[String: Any]]
            else { continue }
            result[String(name.dropLast(5))] = pages.map { page in
                let content = page["content"] as? [String: Double] ?? [:]
                return Page(
                    number: page["number"] as? Int ?? 0, content: (content["y"] ?? 0, content["height"] ?? 1),
                    boxes: page["boxes"] as? [[String: Any]] ?? [])
            }
        }
        return result
    }()

    @Test func everySampleIsLaidOut() {
        #expect(Set(Self.samples.keys) == ["amira", "ellie", "jayden", "kacper", "mia"])
    }

    @Test func anItemNeverSplitsAcrossPages() {
        for (name, pages) in Self.samples {
            var pagesOfItem: [Int: Set<Int>] = [:]
            for page in pages {
                for box in page.contentBoxes {
                    if let item = box["item"] as? Int { pagesOfItem[item, default: []].insert(page.number) }
                }
            }
            #expect(!pagesOfItem.isEmpty)
            for (item, numbers) in pagesOfItem.sorted(by: { $0.key < $1.key }) {
                #expect(numbers.count == 1, "\(name): item \(item) is split over pages \(numbers.sorted())")
            }
        }
    }

    @Test func noPageEndsWithAHeading() {
        for (name, pages) in Self.samples {
            for page in pages {
                let last = page.contentBoxes.max { ($0["y"] as? Double ?? 0) < ($1["y"] as? Double ?? 0) }
                #expect(last?["role"] as? String != "heading", "\(name) page \(page.number) ends with a heading: \(last?["text"] ?? "")")
            }
        }
    }

    @Test func aSectionThatRunsOnGetsItsHeadingAgain() {
        var continuations = 0
        for (name, pages) in Self.samples {
            for (previous, page) in zip(pages, pages.dropFirst()) {
                let sectionsBefore = Set(previous.contentBoxes.compactMap { $0["section"] as? String })
                guard let first = page.contentBoxes.first, let section = first["section"] as? String,
                    sectionsBefore.contains(section), first["item"] is NSNull || first["role"] as? String == "heading"
                else { continue }
                // The page starts in the middle of a section: it must start with that section's heading.
                #expect(first["role"] as? String == "heading", "\(name) page \(page.number) continues \(section) without its heading")
                if first["role"] as? String == "heading" { continuations += 1 }
            }
        }
        #expect(continuations > 0, "some sample has a section running over a page")
        let english = Self.samples["mia"]?.flatMap(\.contentBoxes).compactMap { $0["text"] as? String } ?? []
        #expect(english.contains { $0.hasSuffix("(continued)") })
        let arabic = Self.samples["amira"]?.flatMap(\.contentBoxes).compactMap { $0["text"] as? String } ?? []
        #expect(arabic.contains { $0.hasSuffix("(تابع)") }, "the continued heading is in the booklet's language")
    }

    @Test func noPageButTheCoverAndTheLastTwoIsLessThanAFifthFull() {
        for (name, pages) in Self.samples {
            for page in pages.dropFirst().dropLast(2) {
                #expect(page.fill >= 0.2, "\(name) page \(page.number) is only \(Int(page.fill * 100))% full")
            }
        }
    }

    @Test func everyPageButTheCoverHasItsNumber() {
        for (name, pages) in Self.samples {
            for page in pages {
                let numbers = page.boxes.filter { $0["role"] as? String == "page-number" }.compactMap { $0["text"] as? String }
                #expect(numbers == (page.number == 1 ? [] : [String(page.number)]), "\(name) page \(page.number): \(numbers)")
            }
        }
    }

    @Test func theThreeHousesShareOnePageWhenEachIsShort() {
        let pages = Self.samples["mia"] ?? []
        let housePages = Set(pages.filter { $0.contentBoxes.contains { $0["section"] as? String == "three-houses" } }.map(\.number))
        #expect(housePages.count == 1, "Mia's three houses are on pages \(housePages.sorted())")
    }
}
