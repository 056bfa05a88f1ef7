import Foundation
import Testing

/// The drawings read through the page-box dump (`--format boxes`), laid out
/// with the real fonts: the safety scale, the Safety house and the network.
@Suite(.serialized) struct FigureDumpTests {
    typealias JSONBox = [String: Any]

    /// A box's frame from the dump.
    struct Frame {
        var x, y, width, height: Double
        init(_ box: JSONBox) {
            (x, y, width, height) = (
                box["x"] as? Double ?? 0, box["y"] as? Double ?? 0, box["width"] as? Double ?? 0, box["height"] as? Double ?? 0
            )
        }
        /// Whether the frames share area; the dump rounds to 0.01 point, so edges within 0.02 only touch.
        func overlaps(_ other: Frame) -> Bool {
            x < other.x + other.width - 0.02 && other.x < x + width - 0.02 && y < other.y + other.height - 0.02
                && other.y < y + height - 0.02
        }
    }

    /// The dump's pages (each a list of boxes) for a plan file.
    static func pages(ofPlanAt path: String) throws -> [[JSONBox]] {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try TestSupport.boxDump(ofPlanAt: path, in: folder).pages
    }

    static func pages(ofPlan text: String) throws -> [[JSONBox]] {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try TestSupport.boxDump(of: text, named: "test", in: folder).pages
    }

    static var samplePaths: [String] {
        ["amira", "ellie", "jayden", "kacper", "mia"].map { TestSupport.samples.appendingPathComponent("\($0).plan").path }
    }

    static func texts(_ boxes: [JSONBox]) -> [JSONBox] { boxes.filter { $0["kind"] as? String == "text" } }

    /// Pairs of text boxes on one page that overlap, described for a failure message.
    static func overlappingTexts(_ boxes: [JSONBox]) -> [String] {
        let words = texts(boxes)
        var found: [String] = []
        for (i, a) in words.enumerated() {
            for b in words.dropFirst(i + 1) where Frame(a).overlaps(Frame(b)) {
                found.append("'\(a["text"] ?? "")' overlaps '\(b["text"] ?? "")'")
            }
        }
        return found
    }

    // MARK: The safety scale

    /// Nine people, three of them with the child's score, names long and short, both ends used.
    static let crowdedScale = TestSupport.fixture("figures/crowded-scale.plan")

    /// The scale's boxes, page by page.
    static func scaleBoxes(_ pages: [[JSONBox]]) -> [[JSONBox]] {
        pages.map { $0.filter { $0["role"] as? String == "scale" } }.filter { !$0.isEmpty }
    }

    @Test func noTwoWordsOfTheScaleOverlapOnTheSamplesOrACrowdedPlan() throws {
        var checked = 0
        for pages in try Self.samplePaths.map(Self.pages(ofPlanAt:)) + [Self.pages(ofPlan: Self.crowdedScale)] {
            for boxes in Self.scaleBoxes(pages) {
                checked += 1
                #expect(Self.overlappingTexts(boxes).isEmpty, "\(Self.overlappingTexts(boxes))")
                // A mark touches no other mark and no other person's name.
                let marks = boxes.filter { $0["kind"] as? String == "shape" && $0["person"] is String }
                for (i, mark) in marks.enumerated() {
                    for other in marks.dropFirst(i + 1) {
                        #expect(!Frame(mark).overlaps(Frame(other)), "the marks of \(mark["person"]!) and \(other["person"]!) touch")
                    }
                    for word in Self.texts(boxes) where (word["person"] as? String) != (mark["person"] as? String) {
                        #expect(!Frame(mark).overlaps(Frame(word)), "the mark of \(mark["person"]!) covers '\(word["text"] ?? "")'")
                    }
                }
            }
        }
        #expect(checked >= 5, "four samples and the crowded plan have a scale")
    }

    @Test func everyoneHasTheirOwnMarkAndTheChildsIsAStarNamedAsThePlanWritesIt() throws {
        let boxes = try Self.scaleBoxes(Self.pages(ofPlan: Self.crowdedScale)).flatMap { $0 }
        let marks = boxes.filter { $0["kind"] as? String == "shape" && $0["person"] is String }
        let people = ["Mia", "Mum", "Dad", "Gran", "Grace Okafor-Williams", "Nana Rose", "Mr Dunne", "Aunt Lucy", "Uncle Tom"]
        #expect(marks.compactMap { $0["person"] as? String }.sorted() == people.sorted(), "one mark each, three of them at 6")
        // Each mark holds its score, and each name stands beside its own mark.
        for name in people {
            let mark = try #require(marks.first { $0["person"] as? String == name })
            let words = Self.texts(boxes).filter { $0["person"] as? String == name }
            #expect(words.contains { $0["text"] as? String == name })
            let score = words.first { Int($0["text"] as? String ?? "") != nil }
            #expect(score.map { Frame(mark).overlaps(Frame($0)) } == true, "\(name)'s score is in their mark")
        }
        let child = try #require(marks.first { $0["person"] as? String == "Mia" })
        let grownUp = try #require(marks.first { $0["person"] as? String == "Mum" })
        #expect(Frame(child).width > Frame(grownUp).width, "the child's star is bigger than a grown-up's dot")
        let texts = Self.texts(boxes).compactMap { $0["text"] as? String }
        #expect(texts.contains("0 — Mia cannot live at home") && texts.contains("10 — Everyone is sure Mia is safe"))
        #expect(texts.first == "How safe is Mia at home?", "the question stands over its figure")
        // The faces at the ends: two drawings beside the words for 0 and 10.
        let anchors = Self.texts(boxes).filter { ($0["text"] as? String)?.contains(" — ") == true }
        let faces = boxes.filter { $0["kind"] as? String == "shape" && $0["person"] is NSNull }.filter { face in
            anchors.contains { abs(Frame($0).y - Frame(face).y) < 1 }
        }
        #expect(faces.count == 2)
    }

    // MARK: The Safety house

    static let safetyHouse = TestSupport.fixture("figures/safety-house.plan")

    static func houseBoxes(_ pages: [[JSONBox]]) -> [[JSONBox]] {
        pages.map { $0.filter { $0["section"] as? String == "safety-house" && $0["role"] as? String == "house" } }.filter { !$0.isEmpty }
    }

    @Test func theSafetyHouseIsDrawnAsAHouseOnOnePage() throws {
        let pages = Self.houseBoxes(try Self.pages(ofPlan: Self.safetyHouse))
        #expect(pages.count == 1, "a house this size stands whole on one A5 page")
        let boxes = try #require(pages.first)
        #expect(Self.overlappingTexts(boxes).isEmpty, "\(Self.overlappingTexts(boxes))")
        func frame(_ text: String) throws -> Frame {
            Frame(try #require(Self.texts(boxes).first { ($0["text"] as? String)?.contains(text) == true }, "'\(text)' is drawn"))
        }
        let rules = try frame("Nobody hits anybody")
        let mum = try frame("makes my tea")
        let gran = try frame("stays over")
        let place = try frame("nearly at the front door")
        let dad = try frame("only at the family centre")
        // Top to bottom: the rules on the roof, the people inside, the child on the path, the people outside.
        #expect(rules.y + rules.height <= mum.y && mum.y < gran.y && gran.y + gran.height <= place.y && place.y + place.height <= dad.y)
        #expect(Self.texts(boxes).contains { $0["text"] as? String == "Mum" && $0["person"] as? String == "Mum" })
        #expect(Self.texts(boxes).contains { $0["text"] as? String == "Dad" && $0["person"] as? String == "Dad" })
        // The child's star on the path, tagged as the child, and everyone's picture.
        #expect(boxes.contains { $0["kind"] as? String == "shape" && $0["person"] as? String == "Mia" })
        for person in ["Mum", "Gran", "Dad"] {
            #expect(boxes.contains { $0["kind"] as? String == "picture" && $0["person"] as? String == person }, "\(person)'s picture")
        }
        // Words for a five-year-old: nothing in the house is set under 18 points (their height says so).
        #expect(Self.texts(boxes).allSatisfy { Frame($0).height >= 18 })
    }

    @Test func aBigSafetyHouseRunsOnInPiecesAndLosesNothing() throws {
        var text = Self.safetyHouse
        let more = (1...6).map { "- Helper \($0): comes round on day \($0) and stays for tea with Mum and me" }.joined(separator: "\n")
        text = text.replacingOccurrences(of: "- Gran: stays over when Mum goes out", with: "- Gran: stays over when Mum goes out\n" + more)
        let all = try Self.pages(ofPlan: text)
        let pages = Self.houseBoxes(all)
        #expect(pages.count >= 2)
        for boxes in pages { #expect(Self.overlappingTexts(boxes).isEmpty, "\(Self.overlappingTexts(boxes))") }
        let words = pages.flatMap(Self.texts).compactMap { $0["text"] as? String }
        for day in 1...6 { #expect(words.contains("Helper \(day)")) }
        #expect(words.contains { $0.contains("nearly at the front door") } && words.contains { $0.contains("only at the family centre") })
        // Each page the house runs on to says so.
        let headings = all.flatMap { $0 }.filter { $0["role"] as? String == "heading" }.compactMap { $0["text"] as? String }
        #expect(headings.filter { $0.hasPrefix("Mia's safety house") }.count == pages.count)
    }

    // MARK: The network

    /// Twelve people, more than a page holds at 18 points.
    static let bigNetwork: String = {
        var text = "# Sam's safety plan\nchild: Sam Long\nage: 6\nshared with child: 2026-05-02\n\n## Safety network\n"
        for person in 1...12 { text += "- Helper \(person) (friend \(person)): visits Sam on day \(person)\n" }
        return text + "\n## Working well\n- Sam goes to school every day.\n"
    }()

    static func networkBoxes(_ pages: [[JSONBox]]) -> [[JSONBox]] {
        pages.map { $0.filter { $0["section"] as? String == "safety-network" && $0["role"] as? String == "network" } }
            .filter { !$0.isEmpty }
    }

    /// Whether two frames are within `distance` points of each other.
    static func near(_ a: Frame, _ b: Frame, within distance: Double = 6) -> Bool {
        let dx = max(0, max(a.x, b.x) - min(a.x + a.width, b.x + b.width))
        let dy = max(0, max(a.y, b.y) - min(a.y + a.height, b.y + b.height))
        return dx <= distance && dy <= distance
    }

    @Test func networkLinesReachEachPersonAndCrossNoName() throws {
        let plans =
            try Self.samplePaths.map { path in
                (try Self.pages(ofPlanAt: path), URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
            } + [(try Self.pages(ofPlan: Self.bigNetwork), "big")]
        var checked = 0
        for (pages, name) in plans {
            for boxes in Self.networkBoxes(pages) {
                checked += 1
                #expect(Self.overlappingTexts(boxes).isEmpty, "\(name): \(Self.overlappingTexts(boxes))")
                // A person without a picture file has a circle with their initial: a shape with its letter in the same column.
                func isInitial(_ shape: JSONBox) -> Bool {
                    Self.texts(boxes).contains { letter in
                        (letter["person"] as? String) == (shape["person"] as? String) && abs(Frame(letter).x - Frame(shape).x) < 0.01
                            && abs(Frame(letter).width - Frame(shape).width) < 0.01
                    }
                }
                let shapes = boxes.filter { $0["kind"] as? String == "shape" && $0["person"] is String }
                let pictures = boxes.filter { $0["kind"] as? String == "picture" } + shapes.filter(isInitial)
                let lines = shapes.filter { !isInitial($0) }
                // No line touches a word, except its own person's.
                for line in lines {
                    for word in Self.texts(boxes) where (word["person"] as? String) != (line["person"] as? String) {
                        #expect(
                            !Frame(line).overlaps(Frame(word)), "\(name): the line to \(line["person"]!) crosses '\(word["text"] ?? "")'")
                    }
                }
                // Every person on the page has a line that reaches their picture.
                let people = Set(Self.texts(boxes).filter { $0["item"] is Int }.compactMap { $0["person"] as? String })
                #expect(!people.isEmpty, "\(name)")
                for person in people {
                    let picture = try #require(pictures.first { $0["person"] as? String == person }, "\(name): \(person)'s picture")
                    #expect(
                        lines.contains { $0["person"] as? String == person && Self.near(Frame($0), Frame(picture)) },
                        "\(name): a line reaches \(person)")
                }
            }
        }
        #expect(checked >= 6, "every sample draws its network; the big one takes two pages")
    }

    @Test func everyPersonOfTheNetworkIsDrawnOnceAndABigNetworkRunsOnWithItsHeading() throws {
        let kacper = Self.networkBoxes(try Self.pages(ofPlanAt: TestSupport.samples.appendingPathComponent("kacper.plan").path))
        let names = kacper.flatMap(Self.texts).compactMap { $0["text"] as? String }
        for person in ["Babcia Zofia", "Mr and Mrs Ali", "Marek", "Ewa", "Coach Steve"] {
            #expect(names.filter { $0 == person }.count == 1, "\(person) is drawn once")
        }
        #expect(names.contains { $0.contains("video-calls Kacper every evening") }, "with what they do")

        let all = try Self.pages(ofPlan: Self.bigNetwork)
        let pages = Self.networkBoxes(all)
        #expect(pages.count >= 2)
        let words = pages.flatMap(Self.texts).compactMap { $0["text"] as? String }
        for person in 1...12 { #expect(words.filter { $0 == "Helper \(person)" }.count == 1) }
        // The child is at the centre of every piece, and every page says whose network it is.
        for boxes in pages { #expect(Self.texts(boxes).contains { $0["text"] as? String == "Sam" }) }
        let pageIndexes = all.indices.filter { index in all[index].contains { $0["role"] as? String == "network" } }
        for index in pageIndexes {
            #expect(all[index].contains { $0["role"] as? String == "heading" && ($0["text"] as? String)?.contains("Sam") == true })
        }
    }
}
