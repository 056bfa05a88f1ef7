import BookletLayout
import PlainLanguage
import PlanDiagnostics
import PlanModel

/// Finds the line of the plan that a box on a page shows, so that a click on
/// the preview can move the editor there. A text box is matched to the plan
/// text it begins with (or that begins it); a heading to its section's `##`
/// line through the booklet's fixed words.
struct SourceLines {
    private var texts: [(key: String, line: Int)] = []
    private var headings: [String: Int] = [:]

    init(plan: SafetyPlan, file: SourceFile, words: FixedWords?) {
        for text in PlanExtractor.readTexts(of: plan) {
            let key = Self.key(text.text)
            if !key.isEmpty { texts.append((key, file.location(of: text.range.start).line)) }
        }
        for section in plan.sections {
            let line = file.location(of: section.heading.range.start).line
            var names = [section.heading.text]
            if let words { names.append(words.heading(for: section.kind, child: plan.childFirstName)) }
            for name in names where headings[Self.key(name)] == nil {
                headings[Self.key(name)] = line
            }
        }
    }

    /// The 1-based line a box shows, or nil for drawings, panels and fixed words.
    func line(of box: Box) -> Int? {
        guard case .text(let text, _) = box.content else { return nil }
        let key = Self.key(text)
        guard !key.isEmpty else { return nil }
        if box.role == .heading || box.role == .title || box.role == .subheading, let line = headings[key] { return line }
        let probe = String(key.prefix(24))
        for entry in texts where entry.key.hasPrefix(probe) || key.hasPrefix(String(entry.key.prefix(24))) || (entry.key.count >= 12 && key.contains(entry.key)) {
            return entry.line
        }
        return nil
    }

    /// Lower-case words separated by single spaces: wrapping and quotes do not matter.
    static func key(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " })
            .split(separator: " ")
            .joined(separator: " ")
    }
}
