import BookletLayout
import Foundation
import PlanBook
import PlanDiagnostics
import PlanModel
import Testing

/// Pictures chosen by meaning, read back through the layout dump: plans where
/// the tempting keyword is wrong, people who keep one picture, the cover.
@Suite(.serialized) struct PictureChoiceTests {
    static let tempting = """
        # Jayden's safety plan
        child: Jayden Reid
        age: 14
        date: 2026-05-01
        shared with child: 2026-05-08, at the family centre

        ## Who is worried
        - Coach Dan, Jayden's football coach
        - Mrs Kaur (neighbour)
        - Priya, social worker
        - Nana Joy (Mum's mum)
        - Auntie Lucy (Mum's sister) [picture: woman-headscarf-dark]

        ## Worries
        - Priya is worried that older men are making Jayden carry drugs for them.
        - Mum had a late night out and did not come home until the morning.
        - Mum says she will not drink. Jayden says she still does.

        ## Working well
        - Grandma Joy has a video call with Jayden every Sunday night.
        - Mr Okafor from next door says hello every day.
        > "Coach Dan is the best." (Jayden)

        ## Next steps
        - Mum will not drink when she looks after Jayden.
          who: Mum
        - Coach Dan will drive Jayden home after training.
          who: Coach Dan, Auntie Lucy
        - Mrs Kaur will check on Jayden after school.
          who: Mrs Kaur, Nana Joy

        ## Safety scale
        - Jayden: 6
        - Mum: 8
        - Nana Joy: 5
        - Coach Dan: 7

        ## Safety network
        - Nana Joy: Jayden can go to her house any time
        - Coach Dan: sees Jayden at training twice a week
        - Auntie Lucy: phones Jayden on Fridays
        """

    static func pipeline() throws -> PlanPipeline {
        try PlanPipeline(resources: Resources(root: TestSupport.repositoryRoot.path))
    }

    static func booklet(_ text: String) throws -> (SafetyPlan, String) {
        let pipeline = try pipeline()
        let report = pipeline.check(SourceFile(path: "test.plan", text: text))
        #expect(!report.hasErrors, "\(report.diagnostics.diagnostics.filter { $0.severity == .error }.map(\.message))")
        let plan = try #require(report.plan)
        return (plan, LayoutDump.dump(try pipeline.layout(plan)))
    }

    /// Dump lines as (role, last field) pairs: `picture … woman.svg`, `body … "text"`.
    static func lines(_ dump: String) -> [(role: String, value: String)] {
        dump.split(separator: "\n").compactMap { line in
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 3)
            guard parts.count >= 3 else { return nil }
            if let quote = line.firstIndex(of: "\"") { return (String(parts[0]), String(line[quote...]).trimmingCharacters(in: ["\""])) }
            return (String(parts[0]), String(parts.last!))
        }
    }

    /// The picture right before each text that starts with `prefix`.
    static func pictures(before prefix: String, in dump: String) -> [String] {
        let all = lines(dump)
        return all.indices.dropFirst().compactMap { index in
            all[index].role != "picture" && all[index].value.hasPrefix(prefix) && all[index - 1].role == "picture"
                ? all[index - 1].value : nil
        }
    }

    /// The text right after a picture, or nil when the picture stands alone.
    static func texts(after picture: String, in dump: String) -> [String] {
        let all = lines(dump)
        return all.indices.dropLast().compactMap { index in
            all[index].role == "picture" && all[index].value == picture ? all[index + 1].value : nil
        }
    }

    /// Every picture drawn above a person's name, by name: people rows, the network, the scale.
    static func peoplePictures(_ dump: String) -> [String: Set<String>] {
        let all = lines(dump)
        var seen: [String: Set<String>] = [:]
        for index in all.indices.dropFirst() where all[index].role == "caption" && all[index - 1].role == "picture" {
            seen[all[index].value, default: []].insert(all[index - 1].value)
        }
        return seen
    }

    @Test func theTemptingKeywordIsNeverShown() throws {
        let (_, dump) = try Self.booklet(Self.tempting)
        let drawn = Set(Self.lines(dump).filter { $0.role == "picture" }.map(\.value))
        // A coach is no bus, a neighbour no door, a teacher no school, a late night no moon or sun,
        // someone else's crime no police officer, "will not drink" no drink.
        for wrong in ["bus.svg", "door.svg", "moon.svg", "sun.svg", "police.svg", "alcohol.svg", "school.svg"] {
            #expect(!drawn.contains(wrong), "\(wrong) is drawn: \(Self.texts(after: wrong, in: dump))")
        }
        #expect(Self.pictures(before: "Priya is worried", in: dump) == ["worried.svg"])
        #expect(Self.pictures(before: "Mum had a late night", in: dump).isEmpty, "unsure, so no picture")
        #expect(Self.pictures(before: "Mum will not drink", in: dump) == ["no-alcohol.svg"])
        #expect(Self.pictures(before: "Grandma Joy has a video call", in: dump) == ["video-call.svg"])
        #expect(Self.pictures(before: "Coach Dan will drive", in: dump) == ["car.svg"])
        #expect(Self.pictures(before: "Mr Okafor from next door", in: dump).isEmpty, "next door is a neighbour, not a door")
        #expect(
            Self.pictures(before: "Mrs Kaur will check on Jayden after school", in: dump) == ["woman.svg"], "after school is when, not what"
        )
    }

    @Test func everyPersonIsAPersonWithOnePictureEverywhere() throws {
        let (_, dump) = try Self.booklet(Self.tempting)
        let library = try Self.pipeline().pictures
        let kinds = Dictionary(library.entries.map { ($0.file, $0.kind) }, uniquingKeysWith: { first, _ in first })
        let seen = Self.peoplePictures(dump)
        #expect(seen.keys.sorted() == ["Auntie Lucy", "Coach Dan", "Jayden", "Mrs Kaur", "Mum", "Nana Joy"])
        for (name, pictures) in seen {
            #expect(pictures.count == 1, "\(name) is drawn as \(pictures.sorted())")
            #expect(pictures.allSatisfy { kinds[$0] == "person" }, "\(name) is drawn as \(pictures.sorted())")
        }
        #expect(seen["Coach Dan"] == ["coach.svg"])
        #expect(seen["Mrs Kaur"] == ["woman.svg"], "a neighbour called Mrs is a woman, never a door")
        #expect(seen["Nana Joy"] == ["older-woman.svg"], "Mum's mum is a grandmother")
        #expect(seen["Mum"] == ["woman-curly-hair.svg"], "Mrs Kaur has the first woman: Mum looks different")
        #expect(seen["Auntie Lucy"] == ["woman-headscarf-dark.svg"], "a picture given once is used everywhere")
        #expect(seen["Jayden"] == ["teenager.svg"])
        // The people sections use the same pictures as the rows.
        #expect(Self.pictures(before: "Coach Dan, Jayden's football coach", in: dump) == ["coach.svg"])
        #expect(Self.pictures(before: "Priya", in: dump).first == "social-worker.svg")
        #expect(Self.pictures(before: "Nana Joy (Mum's mum)", in: dump) == ["older-woman.svg"])
    }

    /// The page-box dump of `text`, from `planbook render --format boxes`.
    static func boxes(_ text: String) throws -> [[String: Any]] {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try TestSupport.boxDump(of: text, named: "jayden", in: folder).boxes
    }

    @Test func theBoxDumpShowsOnePersonPicturePerPersonAndNoWrongThing() throws {
        let boxes = try Self.boxes(Self.tempting)
        let library = try Self.pipeline().pictures
        var kinds: [String: String] = [:]
        for entry in library.entries { for name in [entry.name] + (entry.aliases ?? []) { kinds[name] = entry.kind } }
        var byPerson: [String: Set<String>] = [:]
        for box in boxes where box["kind"] as? String == "picture" {
            guard let person = box["person"] as? String, let picture = box["picture"] as? String else { continue }
            byPerson[person, default: []].insert(picture)
        }
        #expect(Set(byPerson.keys).isSuperset(of: ["Coach Dan", "Mrs Kaur", "Nana Joy", "Mum", "Auntie Lucy", "Jayden"]))
        for (person, pictures) in byPerson {
            #expect(pictures.count == 1, "\(person) is drawn as \(pictures.sorted())")
            #expect(pictures.allSatisfy { kinds[$0] == "person" }, "\(person) is drawn as \(pictures.sorted())")
        }
        let items = boxes.filter { $0["role"] as? String == "item" && $0["kind"] as? String == "picture" }
        let shown = Set(items.compactMap { $0["picture"] as? String })
        for wrong in ["bus", "door", "moon", "sun", "police", "alcohol", "bottle", "school"] {
            #expect(!shown.contains(wrong), "\(wrong) is shown beside an item")
        }
    }

    @Test func aThingGivenToAPersonIsNotTheirPicture() throws {
        let text = Self.tempting.replacingOccurrences(of: "- Mrs Kaur (neighbour)", with: "- Mrs Kaur (neighbour) [picture: door]")
        let (_, dump) = try Self.booklet(text)
        #expect(Self.peoplePictures(dump)["Mrs Kaur"] == ["woman.svg"])
    }

    @Test(arguments: [(1, "baby.svg"), (5, "child.svg"), (11, "child.svg"), (14, "teenager.svg"), (17, "teenager.svg")])
    func theCoverFitsTheChildsAgeWithoutGuessingGender(age: Int, picture: String) throws {
        let text = Self.tempting.replacingOccurrences(of: "age: 14", with: "age: \(age)")
        let (_, dump) = try Self.booklet(text)
        let firstPage = dump.components(separatedBy: "page 2 ")[0]
        #expect(Self.lines(firstPage).filter { $0.role == "picture" }.map(\.value) == [picture])
    }

    @Test func theCoverIsThePlansPictureOrTwoChildrenForBrothersAndSisters() throws {
        let own = Self.tempting.replacingOccurrences(of: "age: 14", with: "age: 14\npicture: woman-headscarf-medium")
        let ownCover = try Self.booklet(own).1.components(separatedBy: "page 2 ")[0]
        #expect(Self.lines(ownCover).filter { $0.role == "picture" }.map(\.value) == ["woman-headscarf-medium.svg"])
        let siblings = Self.tempting.replacingOccurrences(
            of: "child: Jayden Reid\nage: 14", with: "children: Jayden Reid, Poppy Reid\nage: 14, 4"
        )
        .replacingOccurrences(of: "  who: Mrs Kaur, Nana Joy", with: "  who: Mrs Kaur, Nana Joy, Jayden, Poppy")
        let dump = try Self.booklet(siblings).1
        let cover = dump.components(separatedBy: "page 2 ")[0]
        #expect(Self.lines(cover).filter { $0.role == "picture" }.map(\.value) == ["children.svg"])
        let seen = Self.peoplePictures(dump)
        #expect(seen["Jayden"] == ["teenager.svg"])
        #expect(seen["Poppy"] == ["child.svg"], "each child is drawn for their own age")
        #expect(seen["Jayden and Poppy"] == ["children.svg"], "together in the middle of the network")
    }

    @Test func arabicPlansGetPicturesByMeaningToo() throws {
        let text = """
            # خطة أمان أميرة
            child: أميرة
            age: 8
            language: ar
            date: 2026-05-01
            shared with child: 2026-05-08

            ## Who is worried
            - هدى, الأخصائية الاجتماعية
            - الأستاذة سلمى, معلمة أميرة
            - الجدة فاطمة (أم بابا)
            - العم يوسف (أخو بابا)

            ## Worries
            - هدى قلقة على أميرة.

            ## Working well
            - أميرة تحب المدرسة كثيرًا.

            ## Next steps
            - بابا لن يشرب الخمر في البيت.
              who: بابا, الجدة فاطمة, هدى, العم يوسف
            """
        let (_, dump) = try Self.booklet(text)
        #expect(Self.pictures(before: "أميرة تحب المدرسة", in: dump) == ["school.svg"], "the article is read as part of the word")
        #expect(Self.pictures(before: "بابا لن يشرب", in: dump) == ["no-alcohol.svg"])
        #expect(Self.pictures(before: "هدى قلقة", in: dump) == ["worried.svg"])
        let seen = Self.peoplePictures(dump)
        #expect(seen["هدى"] == ["woman-social-worker.svg"])
        #expect(seen["الجدة فاطمة"] == ["older-woman.svg"])
        #expect(seen["العم يوسف"] == ["man.svg"], "Dad's brother is a man")
        #expect(seen["بابا"] == ["man-beard.svg"], "named after his brother, Dad is drawn differently")
        #expect(Self.pictures(before: "الأستاذة سلمى", in: dump) == ["woman-teacher.svg"])
    }

    @Test func polishPlansToo() throws {
        let text = """
            # Plan bezpieczeństwa Oli
            child: Ola Nowak
            age: 6
            language: pl
            date: 2026-05-01
            shared with child: 2026-05-08

            ## Who is worried
            - Babcia Ela (mama taty)
            - Pani Kasia, nauczycielka Oli

            ## Working well
            - Ola lubi chodzić do szkoły.

            ## Next steps
            - Tata nie będzie pił alkoholu, kiedy Ola jest w domu.
              who: Tata, Babcia Ela, Pani Kasia
            """
        let (_, dump) = try Self.booklet(text)
        #expect(Self.pictures(before: "Ola lubi chodzić do szkoły", in: dump) == ["school.svg"], "szkoły is a form of szkoła")
        #expect(Self.pictures(before: "Tata nie będzie pił", in: dump) == ["no-alcohol.svg"])
        let seen = Self.peoplePictures(dump)
        #expect(seen["Babcia Ela"] == ["older-woman.svg"], "Dad's mum")
        #expect(seen["Pani Kasia"] == ["woman-teacher.svg"], "Pani says she is a woman")
        #expect(seen["Tata"] == ["man.svg"])
    }

    @Test func thePictureLibraryChecksOut() throws {
        let run = try TestSupport.run("python3", [TestSupport.repositoryRoot.appendingPathComponent("Pictures/tools/check.py").path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(!run.stdout.contains("PROBLEM"))
        // scripts/setup installs both, so the pictures are drawn and compared with OpenMoji's own.
        #expect(run.stdout.contains("rsvg-convert used"), "\(run.stdout)")
        #expect(run.stdout.contains("OpenMoji compared"), "\(run.stdout)")
    }
}
