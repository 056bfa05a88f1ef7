import BookletLayout
import Foundation
import PlanDiagnostics
import PlanModel
import Testing

enum LayoutTestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func template(_ name: String = "child-booklet") throws -> LayoutTemplate {
        let url = repositoryRoot.appendingPathComponent("Layouts/\(name).json")
        return try JSONDecoder().decode(LayoutTemplate.self, from: Data(contentsOf: url))
    }

    static func words(_ language: String = "en-GB") throws -> FixedWords {
        let url = repositoryRoot.appendingPathComponent("Layouts/words/\(language).json")
        return try JSONDecoder().decode(FixedWords.self, from: Data(contentsOf: url))
    }

    static let pictureNames: Set<String> = ["child", "gran", "storm", "sun", "star", "people", "phone", "house"]

    /// Checks plan text; a test plan must have no error.
    static func plan(_ text: String) throws -> SafetyPlan {
        let checked = checkPlan(SourceFile(path: "test.plan", text: text), context: LoweringContext(pictureNames: pictureNames, planDirectory: nil))
        #expect(!checked.hasErrors, "\(checked.diagnostics.filter { $0.severity == .error }.map(\.message))")
        return try #require(checked.plan)
    }

    static func layout(_ plan: SafetyPlan, measurer: any TextMeasurer = FixedAdvanceMeasurer()) throws -> Booklet {
        let engine = BookletLayoutEngine(template: try template(), words: try words(plan.language), measurer: measurer) { picture in
            if case .library(let name) = picture { return "/pictures/\(name).svg" }
            return nil
        }
        return engine.layout(plan)
    }

    /// A plan with long lists: 25 next steps, a 400-word story page, 12 people in the network.
    static func longPlanText() -> String {
        var text = "# A long plan\nchild: Sam Long\nage: 6\ndate: 2026-05-01\nshared with child: 2026-05-02\n\n## Next steps\n"
        for step in 1...25 {
            text += "- Step number \(step): a grown-up will help Sam with thing \(step) every week.\n  who: Helper\(step)\n  by: 2026-06-\(String(format: "%02d", step))\n"
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

    /// Every word in the plan that the booklet must show.
    static func planWords(_ plan: SafetyPlan) -> [String] {
        var texts = [plan.title.text, plan.child.text]
        for section in plan.sections {
            for item in section.items {
                texts.append(item.text.text)
                texts += [item.impact?.text].compactMap { $0 } + item.who
                if case .words(let words) = item.by { texts.append(words) }
            }
            for person in section.people {
                texts += [person.name.text, person.role, person.relationship, person.does?.text].compactMap { $0 }
            }
            texts += section.quotes.map(\.text.text) + section.quotes.compactMap(\.speaker)
            if let scale = section.scale {
                texts += [scale.question?.text, scale.zero?.text, scale.ten?.text].compactMap { $0 } + scale.ratings.map(\.name)
            }
            if let houses = section.houses {
                texts += (houses.worries + houses.goodThings + houses.dreams).map(\.text.text)
            }
            for page in section.pages { texts += [page.title.text] + page.lines.map(\.text) }
        }
        return texts.flatMap(words(in:))
    }

    /// Words without the punctuation around them, so `(friend` and `friend` match.
    static func words(in text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { word in
            String(word.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
        }.filter { !$0.isEmpty }
    }

    static func boxWords(_ booklet: Booklet) -> [String: Int] {
        var counts: [String: Int] = [:]
        for page in booklet.pages {
            for box in page.boxes {
                guard case .text(let text, _) = box.content else { continue }
                for word in words(in: text) { counts[word, default: 0] += 1 }
            }
        }
        return counts
    }

    /// Words of the plan missing from the booklet (counting repeats).
    static func missingWords(_ plan: SafetyPlan, _ booklet: Booklet) -> [String] {
        var available = boxWords(booklet)
        var missing: [String] = []
        for word in planWords(plan) {
            if let count = available[word], count > 0 {
                available[word] = count - 1
            } else {
                missing.append(word)
            }
        }
        return missing
    }

    /// Boxes outside their page's content area, and pairs of boxes that overlap.
    static func geometryProblems(_ booklet: Booklet) -> [String] {
        var problems: [String] = []
        for (index, page) in booklet.pages.enumerated() {
            for box in page.boxes where !page.contentArea.contains(box.frame) {
                problems.append("page \(index + 1): \(box.role) at \(box.frame) leaves the content area \(page.contentArea)")
            }
            let solid = page.boxes.filter { $0.role != .panel }
            for (i, a) in solid.enumerated() {
                for b in solid.dropFirst(i + 1) where a.frame.intersects(b.frame) {
                    problems.append("page \(index + 1): \(a.role) at \(a.frame) overlaps \(b.role) at \(b.frame)")
                }
            }
            let panels = page.boxes.filter { $0.role == .panel }
            for (i, a) in panels.enumerated() {
                for b in panels.dropFirst(i + 1) where a.frame.intersects(b.frame) {
                    problems.append("page \(index + 1): panels overlap at \(a.frame) and \(b.frame)")
                }
            }
        }
        return problems
    }
}
