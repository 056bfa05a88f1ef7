import Foundation
import Testing

/// How the booklets of the samples and of the plans in `Fixtures/booklets` (brothers and
/// sisters, a teenager, a four-year-old with her own drawing) are cut into pages, read
/// through the page-box dump: items kept whole, no heading alone at a page's foot, a
/// section that runs on gets its heading again, no near-empty pages, a number on every
/// page but the cover, pictures sized by the child's age.
@Suite(.serialized) struct PaginationTests {
    struct Page {
        var number: Int
        var width: Double
        var height: Double
        var content: (x: Double, y: Double, width: Double, height: Double)
        var boxes: [[String: Any]]
        /// The sections of the page before, to tell a "… continued" heading.
        var sectionsBefore: Set<String> = []

        /// Boxes of the page's own content (not its number).
        var contentBoxes: [[String: Any]] { boxes.filter { $0["role"] as? String != "page-number" } }

        /// Whether the page starts with the heading of a section that began on an earlier page ("… continued").
        var startsWithContinuation: Bool {
            guard let first = contentBoxes.first, first["role"] as? String == "heading", let section = first["section"] as? String
            else { return false }
            return sectionsBefore.contains(section)
        }

        /// How much of the content area's height the page's content covers, from 0 to 1:
        /// the share of its one-point rows that some box stands on, not counting a "… continued" heading.
        var fill: Double {
            let boxes = contentBoxes.dropFirst(startsWithContinuation ? 1 : 0).map(PaginationTests.frame)
            let rows = Int(content.height)
            let covered = (0..<rows).filter { row in
                let y = content.y + Double(row) + 0.5
                return boxes.contains { $0.y <= y && y < $0.y + $0.height }
            }
            return Double(covered.count) / Double(rows)
        }
    }

    /// The plans made up for these tests, beside the samples.
    static var fixturePlans: [URL] {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Tests/PlanBookTests/Fixtures/booklets")
        return TestSupport.files(in: folder).filter { $0.hasSuffix(".plan") }.map { folder.appendingPathComponent($0) }
    }

    /// Every sample's and fixture's pages, by plan name.
    nonisolated(unsafe) static let samples: [String: [Page]] = {
        guard let folder = try? TestSupport.temporaryFolder() else { return [:] }
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = (TestSupport.samplePlans() + fixturePlans).map(\.path)
        guard let run = try? TestSupport.planbook(["render"] + plans + ["--format", "boxes", "-o", folder.path]), run.status == 0 else {
            return [:]
        }
        var result: [String: [Page]] = [:]
        for name in TestSupport.files(in: folder) where name.hasSuffix(".json") {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let pages = json["pages"] as? [[String: Any]]
            else { continue }
            var before: Set<String> = []
            result[String(name.dropLast(5))] = pages.map { page in
                let content = page["content"] as? [String: Double] ?? [:]
                let read = Page(
                    number: page["number"] as? Int ?? 0, width: page["width"] as? Double ?? 0, height: page["height"] as? Double ?? 0,
                    content: (content["x"] ?? 0, content["y"] ?? 0, content["width"] ?? 1, content["height"] ?? 1),
                    boxes: page["boxes"] as? [[String: Any]] ?? [], sectionsBefore: before)
                before.formUnion(read.contentBoxes.compactMap { $0["section"] as? String })
                return read
            }
        }
        return result
    }()

    @Test func everySampleIsLaidOut() {
        #expect(Set(Self.samples.keys) == ["amira", "ellie", "jayden", "kacper", "mia", "nia", "siblings", "tyler"])
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

    /// A box's frame.
    static func frame(_ box: [String: Any]) -> (x: Double, y: Double, width: Double, height: Double) {
        (box["x"] as? Double ?? 0, box["y"] as? Double ?? 0, box["width"] as? Double ?? 0, box["height"] as? Double ?? 0)
    }

    /// The child's age band's share of the text width for the picture beside each item:
    /// at least 28% up to 8, 20% up to 11 (the four-year-old, Mia at 7, Amira at 9, Kacper at 10).
    @Test func itemPicturesAreSizedByTheChildsAge() {
        let least: [String: Double] = ["nia": 0.28, "ellie": 0.28, "mia": 0.28, "siblings": 0.28, "amira": 0.2, "kacper": 0.2]
        for (name, share) in least {
            let pages = Self.samples[name] ?? []
            var seen = 0
            for page in pages {
                for box in page.contentBoxes where box["role"] as? String == "item" && box["kind"] as? String == "picture" {
                    let width = Self.frame(box).width
                    #expect(width / page.content.width >= share, "\(name) page \(page.number): \(box["picture"] ?? "") is \(width) wide")
                    seen += 1
                }
            }
            #expect(seen >= 3, "\(name) has pictures beside its items")
        }
    }

    /// The people of a next step are drawn big enough to see who they are.
    @Test func whoFiguresAreBigEnoughToSee() {
        for (name, pages) in Self.samples where name != "tyler" && name != "jayden" {
            for page in pages {
                let figures = page.contentBoxes.filter {
                    $0["section"] as? String == "next-steps" && $0["role"] as? String == "person" && $0["kind"] as? String != "text"
                }
                for figure in figures {
                    #expect(Self.frame(figure).width / page.content.width >= 0.15, "\(name) page \(page.number): \(figure)")
                    #expect(Self.frame(figure).width >= 48)
                }
            }
        }
    }

    /// On a words-and-pictures page every picture stands beside its own words, on the same
    /// page: each picture has a line of words beside it (or, for the plan's own drawing, just
    /// above it), and no two pictures share one line's words.
    @Test func storyPicturesStandBesideTheirOwnWords() {
        var pictured = 0
        for (name, pages) in Self.samples {
            for page in pages {
                let story = page.contentBoxes.filter { $0["role"] as? String == "story" }
                let texts = story.filter { $0["kind"] as? String == "text" }
                var used: Set<Int> = []
                for picture in story where picture["kind"] as? String == "picture" {
                    let p = Self.frame(picture)
                    let match = texts.indices.first { index in
                        let t = Self.frame(texts[index])
                        let beside = t.y < p.y + p.height && p.y < t.y + t.height
                        let justAbove = t.y + t.height <= p.y && p.y - (t.y + t.height) < 40
                        return !used.contains(index) && (beside || justAbove)
                    }
                    #expect(match != nil, "\(name) page \(page.number): \(picture["picture"] ?? "") has no words beside it")
                    if let match { used.insert(match) }
                    pictured += 1
                }
            }
        }
        #expect(pictured >= 20)
        // Mia's "What happened" page: the bottle and the moon each beside their own line.
        let page = Self.samples["mia"]?.first { $0.contentBoxes.contains { $0["picture"] as? String == "moon" } }
        let moon = page?.contentBoxes.first { $0["picture"] as? String == "moon" }
        let bottle = page?.contentBoxes.first { $0["picture"] as? String == "bottle" }
        #expect(moon != nil && bottle != nil, "the bottle and the moon are on one page")
    }

    /// A picture file of the plan's own (Ellie's and Nia's drawings) stands in a panel of at least 30% of the page.
    @Test func thePlansOwnPictureGetsAPanelOfAThirdOfAPage() {
        var found = 0
        for name in ["ellie", "nia"] {
            for page in Self.samples[name] ?? [] {
                // Everywhere: never an icon-sized copy, not even standing for the child beside their own words.
                for picture in page.contentBoxes where (picture["picture"] as? String)?.hasPrefix("drawings/") == true {
                    let p = Self.frame(picture)
                    let panel = page.contentBoxes.first { box in
                        let f = Self.frame(box)
                        return box["kind"] as? String == "shape" && f.x <= p.x && f.y <= p.y && f.x + f.width >= p.x + p.width
                            && f.y + f.height >= p.y + p.height
                    }
                    let area = panel.map { Self.frame($0).width * Self.frame($0).height } ?? 0
                    #expect(area / (page.width * page.height) >= 0.3, "\(name) page \(page.number): the drawing's panel is too small")
                    found += 1
                }
            }
        }
        #expect(found >= 5, "Ellie's drawing twice, Nia's on the cover, in working well and on her story page")
    }
}
