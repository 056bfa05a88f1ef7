import BookletLayout
import Foundation
import PlanBookTestSupport
import PlanDiagnostics
import PlanModel
import Testing

/// Pictures for layout tests: every library name is `/pictures/NAME.svg`; a
/// sentence about a phone gets `phone`, a gran is drawn as `gran`, anyone
/// else as `person`, and the child as `child`.
struct TestPictures: PictureProvider {
    func path(for picture: Picture) -> String? {
        if case .library(let name) = picture { return "/pictures/\(name).svg" }
        return nil
    }

    static let meanings: PictureMeanings = {
        let json = """
            {"pictures": [{"name": "phone", "kind": "thing", "keywords": {"en": ["phone"]}}],
             "people": {"relations": [{"words": {"en": ["gran"]}, "generation": 2, "gender": "woman"}], "roles": [], "titles": {},
                        "figures": {"older-woman": ["gran"], "adult": ["person"]}, "ageBands": [{"upTo": 18, "picture": "child"}]},
             "grammar": {"negation": {"en": ["not"]}, "subordinate": {"en": ["if"]}}}
            """
        return try! JSONDecoder().decode(PictureMeanings.self, from: Data(json.utf8))
    }()

    var meanings: PictureMeanings { Self.meanings }
}

enum LayoutTestSupport {
    static let repositoryRoot = TestFiles.repositoryRoot

    static func template(_ name: String = "child-booklet") throws -> LayoutTemplate {
        let url = repositoryRoot.appendingPathComponent("Layouts/\(name).json")
        return try JSONDecoder().decode(LayoutTemplate.self, from: Data(contentsOf: url))
    }

    static func fixedWords(_ language: String = "en-GB") throws -> FixedWords {
        let url = repositoryRoot.appendingPathComponent("Layouts/fixed-words/\(language).json")
        return try JSONDecoder().decode(FixedWords.self, from: Data(contentsOf: url))
    }

    static let pictureNames: Set<String> = ["child", "gran", "storm", "sun", "star", "people", "phone", "house"]

    /// Checks plan text; a test plan must have no error.
    static func plan(_ text: String) throws -> SafetyPlan {
        let checked = checkPlan(
            SourceFile(path: "test.plan", text: text), context: LoweringContext(pictureNames: pictureNames, pictureFolder: nil))
        #expect(!checked.hasErrors, "\(checked.diagnostics.filter { $0.severity == .error }.map(\.message))")
        return try #require(checked.plan)
    }

    static func layout(_ plan: SafetyPlan, measurer: any TextMeasurer = FixedAdvanceMeasurer()) throws -> Booklet {
        let engine = BookletLayoutEngine(
            template: try template(), fixedWords: try fixedWords(plan.language), measurer: measurer, pictures: TestPictures())
        return engine.layout(plan)
    }

    /// A plan with long lists: 25 next steps, a 400-word story page, 12 people in the network.
    static func longPlanText() -> String {
        var text = "# A long plan\nchild: Sam Long\nage: 6\ndate: 2026-05-01\nshared with child: 2026-05-02\n\n## Next steps\n"
        for step in 1...25 {
            text +=
                "- Step number \(step): a grown-up will help Sam with thing \(step) every week.\n  who: Helper\(step)\n  by: 2026-06-\(String(format: "%02d", step))\n"
        }
        text += "\n## Safety network\n"
        for person in 1...12 {
            text += "- Person\(person) (friend \(person)): visits Sam on day \(person) [picture: gran]\n"
        }
        text += "\n## Words and pictures\n### A long story\n"
        let sentence = "Sam went to the park with Gran and they fed the ducks together"
        var story: [String] = []
        for index in 0..<31 { story.append("\(sentence) on walk\(index).") }
        text += story.joined(separator: " ") + " [picture: sun]\n"
        text += "> \"I like the ducks best of all.\" (Sam)\n"
        return text
    }

    static func missingWords(_ plan: SafetyPlan, _ booklet: Booklet) -> [String] { LayoutInspection.missingWords(plan, in: booklet) }

    static func geometryProblems(_ booklet: Booklet) -> [String] { LayoutInspection.geometryProblems(booklet) }
}
