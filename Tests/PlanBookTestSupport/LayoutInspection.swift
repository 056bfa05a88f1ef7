import BookletLayout
import PlanModel

/// The tests' oracle for layouts (not shipped): checks a laid-out booklet the way a careful reader would: every box on its
/// page's content area, no two boxes over each other, every word of the plan shown.
public enum LayoutInspection {
    /// Every word in the plan that the booklet must show.
    static func planWords(_ plan: SafetyPlan) -> [String] {
        plan.parts.flatMap { part -> [String] in
            switch part {
            case .prose(let text): words(in: text.text)
            case .label(let label): words(in: label)
            case .picture: []
            }
        }
    }

    /// Words without the punctuation around them, so `(friend` and `friend` match.
    public static func words(in text: String) -> [String] {
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
    public static func missingWords(_ plan: SafetyPlan, in booklet: Booklet) -> [String] {
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
    public static func geometryProblems(_ booklet: Booklet) -> [String] {
        var problems: [String] = []
        for (index, page) in booklet.pages.enumerated() {
            // Page numbers stand in the bottom margin, below the content area.
            for box in page.boxes where !page.contentArea.contains(box.frame) && box.tag.role != .pageNumber {
                problems.append("page \(index + 1): \(box.role) at \(box.frame) leaves the content area \(page.contentArea)")
            }
            let solid = page.boxes.filter { $0.role != .panel && $0.role != .drawing }
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
