import BookletLayout
import PlainLanguage
import PlanDiagnostics
import PlanModel

/// Finds the line of the plan that each box on a page shows, so that a click
/// on the preview can move the editor there. It uses what the page-box dump
/// gives (docs/boxes.md): a text box is matched to the plan text it begins
/// with (or that begins it), a heading to its section's `##` line through the
/// booklet's fixed words; then every other box of the same item (its picture,
/// impact, who line) gets that item's line, a box that shows a person their
/// line, and a box of a section nothing else placed its section's heading.
struct SourceLines {
    private var texts: [(key: String, line: Int)] = []
    private var headings: [String: Int] = [:]
    private var sections: [SectionKind: Int] = [:]
    private var people: [String: Int] = [:]

    init(plan: SafetyPlan, file: SourceFile, words: FixedWords?) {
        func line(_ range: SourceRange) -> Int { file.location(of: range.start).line }
        for text in PlanExtractor.readTexts(of: plan) {
            let key = Self.key(text.text)
            if !key.isEmpty { texts.append((key, line(text.range))) }
        }
        for section in plan.sections {
            let headingLine = line(section.heading.range)
            if sections[section.kind] == nil { sections[section.kind] = headingLine }
            var names = [section.heading.text]
            if let words { names.append(words.heading(for: section.kind, child: plan.childFirstName)) }
            for name in names where headings[Self.key(name)] == nil {
                headings[Self.key(name)] = headingLine
            }
            for person in section.people where people[person.name.text] == nil {
                people[person.name.text] = line(person.name.range)
            }
        }
    }

    /// The 1-based line of every box of a page, nil for boxes that show nothing of the plan.
    func lines(of boxes: [Box]) -> [Int?] {
        var found = boxes.map(textLine)
        var items: [Int: Int] = [:]
        for (box, line) in zip(boxes, found) {
            if let item = box.tag.item, let line, items[item] == nil { items[item] = line }
        }
        for (index, box) in boxes.enumerated() where found[index] == nil {
            if let item = box.tag.item, let line = items[item] {
                found[index] = line
            } else if let person = box.tag.person, let line = people[person] {
                found[index] = line
            } else if let section = box.tag.section, box.role != .panel, let line = sections[section] {
                found[index] = line
            }
        }
        return found
    }

    /// The line of a text box's words.
    private func textLine(of box: Box) -> Int? {
        guard case .text(let text, _) = box.content else { return nil }
        let key = Self.key(text)
        guard !key.isEmpty else { return nil }
        if box.role == .heading || box.role == .title || box.role == .subheading, let line = headings[key] { return line }
        let probe = String(key.prefix(24))
        for entry in texts
        where entry.key.hasPrefix(probe) || key.hasPrefix(String(entry.key.prefix(24)))
            || (entry.key.count >= 12 && key.contains(entry.key))
        {
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
