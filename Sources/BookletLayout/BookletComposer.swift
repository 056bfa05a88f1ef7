import PlanModel

/// Decides what a plan's booklet says, in which order: the cover, each
/// section the layout lists, the story pages and the back page.
struct BookletComposer {
    let plan: SafetyPlan
    let template: LayoutTemplate
    let words: FixedWords
    let picturePath: (Picture) -> String?

    private var child: String { plan.childFirstName }

    func blocks() -> [Block] {
        var blocks = cover()
        for kind in template.sectionOrder {
            guard let section = plan.section(kind) else { continue }
            blocks += sectionBlocks(section)
        }
        blocks += backPage()
        return blocks
    }

    private func cover() -> [Block] {
        var blocks: [Block] = [
            .heading(plan.title.text, level: 1, outline: plan.title.text),
            .entry(text: words.fill(words.coverLine, child: plan.child.text), picture: nil, kind: .line),
        ]
        if let path = picturePath(.library("child")) {
            blocks.append(.picture(path: path, size: 160))
        }
        var lines: [String] = []
        if let date = plan.date { lines.append("\(words.date): \(words.words(for: date))") }
        if let author = authorLine { lines.append(author) }
        if !lines.isEmpty { blocks.append(.entry(text: lines.joined(separator: "\n"), picture: nil, kind: .line)) }
        return blocks
    }

    /// `Written by: Sam Patel, social worker`.
    private var authorLine: String? {
        plan.writtenBy.map { author in
            "\(words.writtenBy): " + ([author.name] + (author.role.map { [$0] } ?? [])).joined(separator: ", ")
        }
    }

    private func sectionBlocks(_ section: Section) -> [Block] {
        let heading = words.heading(for: section.kind, child: child)
        var blocks: [Block] = [.pageBreak, .heading(heading, level: 2, outline: heading)]
        switch section.kind.holds {
        case .items:
            blocks += section.items.map(itemBlock)
        case .people:
            blocks += section.people.map(personBlock)
        case .scale:
            blocks += scaleBlocks(section.scale ?? SafetyScale())
        case .houses:
            blocks += housesBlocks(section.houses ?? ThreeHouses())
        case .pages:
            blocks += storyBlocks(section.pages)
        }
        blocks += section.quotes.map(quoteBlock)
        return blocks
    }

    private func path(_ picture: Picture?) -> String? {
        picture.flatMap(picturePath)
    }

    private func itemBlock(_ item: Item) -> Block {
        var lines = [item.text.text]
        if let impact = item.impact {
            lines.append("\(words.fill(words.impact, child: child)): \(impact.text)")
        }
        if !item.who.isEmpty {
            lines.append("\(words.who): \(item.who.joined(separator: ", "))")
        }
        switch item.by {
        case .date(let date): lines.append("\(words.by): \(words.words(for: date))")
        case .words(let text): lines.append("\(words.by): \(text)")
        case nil: break
        }
        return .entry(text: lines.joined(separator: "\n"), picture: path(item.picture), kind: .body)
    }

    private func personBlock(_ person: Person) -> Block {
        var line = person.name.text
        if let relationship = person.relationship { line += " (\(relationship))" }
        if let role = person.role { line += ", \(role)" }
        if let does = person.does { line += "\n\(does.text)" }
        return .entry(text: line, picture: path(person.picture), kind: .body)
    }

    private func quoteBlock(_ quote: Quote) -> Block {
        var text = "“\(quote.text.text)”"
        if let speaker = quote.speaker { text += "\n— \(speaker)" }
        return .entry(text: text, picture: path(quote.picture), kind: .quote)
    }

    private func scaleBlocks(_ scale: SafetyScale) -> [Block] {
        var blocks: [Block] = []
        if let question = scale.question { blocks.append(.entry(text: question.text, picture: nil, kind: .body)) }
        var anchors: [String] = []
        if let zero = scale.zero { anchors.append("\(words.scaleZero): \(zero.text)") }
        if let ten = scale.ten { anchors.append("\(words.scaleTen): \(ten.text)") }
        if !anchors.isEmpty { blocks.append(.entry(text: anchors.joined(separator: "\n"), picture: nil, kind: .body)) }
        if !scale.ratings.isEmpty {
            let ratings = scale.ratings.map { "\($0.name): \($0.score)" }.joined(separator: "\n")
            blocks.append(.entry(text: ratings, picture: nil, kind: .body))
        }
        return blocks
    }

    private func housesBlocks(_ houses: ThreeHouses) -> [Block] {
        let groups: [(String, [Item], Picture)] = [
            (words.houseWorries, houses.worries, .library("storm")),
            (words.houseGoodThings, houses.goodThings, .library("sun")),
            (words.houseDreams, houses.dreams, .library("star")),
        ]
        var blocks: [Block] = []
        for (title, items, picture) in groups where !items.isEmpty {
            blocks.append(.heading(title, level: 3, outline: nil))
            let text = items.map { "• " + $0.text.text }.joined(separator: "\n")
            blocks.append(.entry(text: text, picture: path(picture), kind: .body))
        }
        return blocks
    }

    private func storyBlocks(_ pages: [StoryPage]) -> [Block] {
        var blocks: [Block] = []
        for (index, page) in pages.enumerated() {
            if index > 0 { blocks.append(.pageBreak) }
            blocks.append(.heading(page.title.text, level: 3, outline: page.title.text))
            let paths = page.pictures.compactMap(picturePath)
            blocks.append(.entry(text: page.lines.map(\.text).joined(separator: "\n"), picture: paths.first, kind: .body))
            for extra in paths.dropFirst() {
                blocks.append(.picture(path: extra, size: template.pictureSize * 2))
            }
        }
        return blocks
    }

    private func backPage() -> [Block] {
        var blocks: [Block] = [.pageBreak, .heading(words.backPage, level: 2, outline: words.backPage)]
        if let shared = plan.sharedWithChild {
            var line = "\(words.fill(words.sharedWithChild, child: child)) \(words.words(for: shared.date))"
            if let how = shared.how { line += "\n\(how)" }
            blocks.append(.entry(text: line, picture: nil, kind: .body))
        } else {
            blocks.append(.entry(text: words.fill(words.notYetShared, child: child), picture: nil, kind: .body))
        }
        if let author = authorLine { blocks.append(.entry(text: author, picture: nil, kind: .body)) }
        blocks.append(.drawingSpace(caption: words.fill(words.drawingSpace, child: child)))
        return blocks
    }
}
