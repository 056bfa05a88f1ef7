import PlanModel

/// Decides what a child's booklet says, page by page: the cover, each section
/// the layout lists (with drawings for the scale, the network and the houses),
/// the story pages and the back page.
struct BookletComposer {
    let plan: SafetyPlan
    let template: LayoutTemplate
    let fixedWords: FixedWords
    let pictures: any PictureProvider
    /// Everyone in the plan, each with one picture for the whole booklet.
    let people: PeoplePictures
    let chooser: ItemPictureChooser
    /// The cover's picture: the plan's `picture`, else one for the child's age
    /// (for brothers and sisters, two children), never a boy or a girl.
    let coverPicture: Picture?

    init(plan: SafetyPlan, template: LayoutTemplate, fixedWords: FixedWords, pictures: any PictureProvider) {
        self.plan = plan
        self.template = template
        self.fixedWords = fixedWords
        self.pictures = pictures
        let meanings = pictures.meanings
        let children = plan.isForSiblings ? meanings.people.figures["children"]?.first : nil
        coverPicture = plan.picture ?? (children ?? meanings.picture(forAge: plan.age)).map(Picture.library)
        people = PeoplePictures(plan: plan, meanings: meanings)
        chooser = ItemPictureChooser(meanings: meanings, language: plan.language)
    }

    /// The child's first name, or the brothers' and sisters' first names joined in the booklet's language.
    var child: String { fixedWords.list(plan.children.map(\.firstName)) }

    /// Everyone the booklet is for, by full name: `Ruby Evans and Leo Evans`.
    var childrenNames: String { fixedWords.list(plan.children.map(\.name.text)) }

    func blocks() -> [Block] {
        var blocks = template.coverAndBack ? cover() + [.pageBreak] : []
        blocks += sections(template.sectionOrder)
        if template.coverAndBack { blocks += backPage() }
        var next = 1
        return Self.numberingItems(blocks, next: &next)
    }

    /// Blocks of `role`, for the page-box dump: every box they place says what it shows.
    func tagged(_ role: BoxTag.Role, person: String? = nil, isItem: Bool = false, _ blocks: [Block]) -> Block {
        .tagged(BoxTag(role: role, item: isItem ? 0 : nil, person: person), blocks)
    }

    /// Gives every item group (tagged with item 0) its own number, counting from `next`.
    static func numberingItems(_ blocks: [Block], next: inout Int) -> [Block] {
        blocks.map { block in
            if case .figure(.network(var network)) = block {
                // Each person of the network drawing is an item of their own.
                for index in network.people.indices where network.people[index].item == 0 {
                    network.people[index].item = next
                    next += 1
                }
                return .figure(.network(network))
            }
            guard case .tagged(var tag, let children) = block else { return block }
            if tag.item == 0 {
                tag.item = next
                next += 1
            }
            return .tagged(tag, numberingItems(children, next: &next))
        }
    }

    func sections(_ kinds: [SectionKind], newPageEach: Bool = true) -> [Block] {
        kinds.compactMap(plan.section).flatMap { sectionBlocks($0, newPage: newPageEach) }
    }

    // MARK: Pictures

    func spec(_ path: String?) -> PictureSpec? { path.map(PictureSpec.file) }

    /// The plan's own picture, else the one the sentence is about, else none.
    func picture(_ picture: Picture?, orFor text: String) -> PictureSpec? {
        if let picture { return spec(pictures.path(for: picture)) }
        return chooser.picture(for: text, people: people).flatMap { spec(pictures.path(for: $0)) }
    }

    /// A person's picture: the one they have everywhere in the booklet.
    func mark(name: String) -> PersonMark {
        let together = plan.isForSiblings && name == child ? coverPicture : nil
        var chosen = together ?? people.picture(named: name)
        if let own = chosen, own.isPlansOwn, own == plan.picture {
            // The child's own drawing or photo has its panel on the cover; an icon-sized copy of it does not stand for the child.
            chosen = pictures.meanings.picture(forAge: plan.age).map(Picture.library)
        }
        let picture = chosen.flatMap { spec(pictures.path(for: $0)) }
        return PersonMark(name: name, picture: picture ?? .initial(name))
    }

    // MARK: Pages

    private func cover() -> [Block] {
        var blocks: [Block] = [
            .heading(plan.title.text, level: 1, outline: plan.title.text),
            .entry(Entry(text: fixedWords.fill(fixedWords.coverLine, child: childrenNames))),
        ]
        if let picture = coverPicture, let path = pictures.path(for: picture) {
            blocks.append(picture.isPlansOwn ? .ownPicture(path: path) : .picture(path: path, size: 180))
        }
        var lines: [String] = []
        if let date = plan.date { lines.append("\(fixedWords.date): \(fixedWords.written(date))") }
        if let author = authorLine { lines.append(author) }
        if !lines.isEmpty { blocks.append(.entry(Entry(text: lines.joined(separator: "\n"), frame: .panel(template.colours.panel)))) }
        return blocks
    }

    /// `Written by: Sam Patel, social worker`.
    var authorLine: String? {
        plan.writtenBy.map { author in
            "\(fixedWords.writtenBy): " + ([author.name] + (author.role.map { [$0] } ?? [])).joined(separator: ", ")
        }
    }

    func sectionBlocks(_ section: Section, newPage: Bool = true) -> [Block] {
        let heading = fixedWords.heading(for: section.kind, child: child)
        var blocks: [Block] = [.heading(heading, level: 2, outline: heading)]
        switch section.kind.holds {
        case .items:
            blocks += section.items.map { itemBlock($0, in: section.kind) }
        case .people:
            blocks += peopleBlocks(section)
        case .scale:
            blocks.append(tagged(.scale, scaleBlocks(section.scale ?? SafetyScale())))
        case .houses:
            blocks.append(tagged(.house, housesBlocks(section.houses ?? ThreeHouses())))
        case .pages:
            blocks.append(tagged(.story, storyBlocks(section.pages)))
        case .safetyHouse:
            blocks.append(tagged(.house, safetyHouseBlocks(section.safetyHouse ?? SafetyHouse(), heading: heading)))
        }
        blocks += section.quotes.map(quoteBlock)
        return (newPage ? [.sectionBreak] : []) + [.tagged(BoxTag(section: section.kind), blocks)]
    }

    /// One item with everything that belongs to it, as one numbered group.
    func itemBlock(_ item: Item, in kind: SectionKind) -> Block {
        tagged(.item, isItem: true, itemBlocks(item, in: kind))
    }

    func itemBlocks(_ item: Item, in kind: SectionKind) -> [Block] {
        var blocks: [Block]
        if let own = item.picture, own.isPlansOwn, let path = pictures.path(for: own) {
            // The child's own drawing or a photo is given room of its own, under the words it goes with.
            blocks = [.entry(Entry(text: item.text.text)), .ownPicture(path: path)]
        } else {
            blocks = [.entry(Entry(text: item.text.text, picture: picture(item.picture, orFor: item.text.text)))]
        }
        if let impact = item.impact {
            blocks.append(
                tagged(
                    .impact,
                    [
                        .entry(
                            Entry(
                                text: "\(fixedWords.fill(fixedWords.impact, child: child)): \(impact.text)",
                                frame: .panel(template.colours.panel)))
                    ]))
        }
        var details: [String] = []
        if !item.who.isEmpty { details.append("\(fixedWords.who): \(item.who.joined(separator: ", "))") }
        switch item.by {
        case .date(let date): details.append("\(fixedWords.by): \(fixedWords.written(date))")
        case .words(let text): details.append("\(fixedWords.by): \(text)")
        case nil: break
        }
        let calendar = item.by == nil ? nil : spec(pictures.path(for: .library("calendar")))
        if !item.who.isEmpty {
            // The who-and-by words with the people's pictures beside them, as one row.
            let lead = PeopleRow.Lead(text: details.joined(separator: "\n"), picture: calendar)
            blocks.append(tagged(.who, [.figure(.people(PeopleRow(marks: item.who.map { mark(name: $0) }, lead: lead)))]))
        } else if !details.isEmpty {
            blocks.append(
                tagged(
                    .who,
                    [
                        .entry(
                            Entry(
                                text: details.joined(separator: "\n"), picture: calendar, pictureScale: Self.calendarScale,
                                style: .strong))
                    ]))
        }
        return blocks
    }

    private func personLine(_ person: Person) -> String {
        var line = person.name.text
        if let relationship = person.relationship { line += " (\(relationship))" }
        if let role = person.role { line += ", \(role)" }
        return line
    }

    private func peopleBlocks(_ section: Section) -> [Block] {
        var blocks: [Block] = []
        if section.kind == .safetyNetwork, template.kind == .booklet {
            // The drawing shows each person once, with everything the plan says of them.
            let members = section.people.map { person in
                let detail = [person.relationship, person.role, person.does?.text].compactMap { $0 }.joined(separator: "\n")
                return NetworkFigure.Member(mark: mark(name: person.name.text), detail: detail.isEmpty ? nil : detail)
            }
            let heading = fixedWords.heading(for: section.kind, child: child)
            let figure = NetworkFigure(child: mark(name: child), people: members, heading: heading)
            return [tagged(.network, [.figure(.network(figure))])]
        }
        for person in section.people {
            var text = personLine(person)
            if let does = person.does { text += "\n\(does.text)" }
            let picture = mark(name: person.name.text).picture
            blocks.append(
                tagged(
                    .person, person: person.name.text, isItem: true,
                    [.entry(Entry(text: text, picture: picture, pictureScale: Self.personScale))]))
        }
        return blocks
    }

    func quoteBlock(_ quote: Quote) -> Block {
        var text = quote.text.text
        if let speaker = quote.speaker { text += "\n— \(speaker)" }
        let speakerPicture =
            quote.picture.flatMap { spec(pictures.path(for: $0)) }
            ?? quote.speaker.map { mark(name: $0).picture }
        return tagged(
            .quote, person: quote.speaker,
            [.entry(Entry(text: text, picture: speakerPicture, pictureScale: Self.personScale, frame: .bubble))])
    }

    private func scaleBlocks(_ scale: SafetyScale) -> [Block] {
        var blocks: [Block] = []
        let zero = scale.zero.map { "0 — \($0.text)" }
        let ten = scale.ten.map { "10 — \($0.text)" }
        let childNames = Set(plan.children.flatMap { [$0.name.text, $0.firstName] })
        let figure = ScaleFigure(
            ratings: scale.ratings.map { ($0.name, $0.score) }, childNames: childNames, question: scale.question?.text, zeroMeaning: zero,
            tenMeaning: ten)
        // Every mark carries its person's name and score, so no list repeats them.
        if !scale.ratings.isEmpty || zero != nil || ten != nil {
            blocks.append(.figure(.scale(figure)))
        } else if let question = scale.question {
            blocks.append(.entry(Entry(text: question.text, style: .strong)))
        }
        return blocks
    }

    func housesBlocks(_ houses: ThreeHouses) -> [Block] {
        houseList(houses).map { .entry($0) }
    }

    /// The three houses as house-shaped entries; an empty house is left out.
    func houseList(_ houses: ThreeHouses) -> [Entry] {
        let colours = template.colours
        let groups: [(String, [Item], Colour)] = [
            (fixedWords.houseWorries, houses.worries, colours.houseWorries),
            (fixedWords.houseGoodThings, houses.goodThings, colours.houseGoodThings),
            (fixedWords.houseDreams, houses.dreams, colours.houseDreams),
        ]
        return groups.filter { !$0.1.isEmpty }.map { title, items, fill in
            Entry(text: items.map { "• " + $0.text.text }.joined(separator: "\n"), frame: .house(title: title, fill: fill))
        }
    }

    /// The Safety house drawn as a house: the rules on the roof, who is inside
    /// and what they do, the child's place on the path, who stays outside the fence.
    func safetyHouseBlocks(_ house: SafetyHouse, heading: String) -> [Block] {
        func residents(_ people: [Person]) -> [SafetyHouseFigure.Resident] {
            people.map { SafetyHouseFigure.Resident(mark: mark(name: $0.name.text), does: $0.does?.text) }
        }
        let place = house.path.map { SafetyHouseFigure.Place(child: child, score: $0.score, words: $0.words?.text) }
        let figure = SafetyHouseFigure(
            heading: heading, rules: house.roof.map(\.text.text), inside: residents(house.inside), place: place,
            outside: residents(house.outside))
        return [.figure(.safetyHouse(figure))]
    }

    /// Pictures beside a next step's date, a person's entry and a speaker's words, and on a story
    /// page, as a multiple of an item picture's side (which the child's age band sets).
    static let calendarScale = 0.5
    static let personScale = 0.7
    static let storyScale = 1.25

    /// Each story page: its title, then each group of lines with its picture beside it
    /// (a picture of the plan's own in a panel under its words), then its quotes.
    private func storyBlocks(_ pages: [StoryPage]) -> [Block] {
        var blocks: [Block] = []
        for page in pages {
            // A story page shares a page with the one before only when it fits there whole.
            var pageBlocks: [Block] = [tagged(.heading, [.heading(page.title.text, level: 3, outline: page.title.text)])]
            var groups = page.lineGroups
            if page.pictures.isEmpty, let only = groups.first, groups.count == 1,
                let chosen = chooser.picture(for: page.title.text + ". " + only.lines.joined(separator: "\n"), people: people)
            {
                groups = [(only.lines, [chosen])]
            }
            for group in groups {
                pageBlocks.append(storyGroup(text: group.lines.joined(separator: "\n"), pictures: group.pictures))
            }
            pageBlocks += page.quotes.map(quoteBlock)
            blocks.append(.together(pageBlocks))
        }
        return blocks
    }

    /// One group of a story page's lines: the first library picture beside the words, the plan's own
    /// pictures in panels under them, any other picture centred under them, all kept on one page.
    private func storyGroup(text: String, pictures named: [Picture]) -> Block {
        let found = named.compactMap { picture in pictures.path(for: picture).map { (picture, $0) } }
        let beside = found.first { !$0.0.isPlansOwn }
        var blocks: [Block] = []
        if !text.isEmpty {
            blocks.append(.entry(Entry(text: text, picture: spec(beside?.1), pictureScale: Self.storyScale)))
        }
        for (picture, path) in found where text.isEmpty || path != beside?.1 {
            blocks.append(picture.isPlansOwn ? .ownPicture(path: path) : .picture(path: path, size: template.pictureSize * 2))
        }
        return blocks.count == 1 ? blocks[0] : .together(blocks)
    }

    /// The back page: who has a copy (exactly the plan's `copies`, else lines
    /// to write names on: never names taken from the plan), when it was read
    /// with the child, and a space for each child's own drawing.
    private func backPage() -> [Block] {
        var blocks: [Block] = [.pageBreak, .heading(fixedWords.backPage, level: 2, outline: fixedWords.backPage)]
        if let copies = plan.copies, !copies.isEmpty {
            blocks.append(.entry(Entry(text: fixedWords.copyHolders + "\n" + copies.map { "• " + $0 }.joined(separator: "\n"))))
        } else {
            blocks += [.entry(Entry(text: fixedWords.copyHolders)), .writingLines(5)]
        }
        if let shared = plan.sharedWithChild {
            var line = "\(fixedWords.fill(fixedWords.sharedWithChild, child: child)) \(fixedWords.written(shared.date))"
            if let how = shared.how { line += "\n\(how)" }
            blocks.append(.entry(Entry(text: line, frame: .panel(template.colours.panel))))
        } else {
            blocks.append(
                .entry(Entry(text: fixedWords.fill(fixedWords.notYetShared, child: child), frame: .panel(template.colours.panel))))
        }
        if let author = authorLine { blocks.append(.entry(Entry(text: author))) }
        if let credit = template.pictureCredit { blocks.append(.entry(Entry(text: credit, style: .note))) }
        for (index, each) in plan.children.enumerated() {
            if index > 0 { blocks.append(.pageBreak) }
            blocks.append(
                tagged(
                    .drawing, person: plan.isForSiblings ? each.name.text : nil,
                    [.drawingSpace(caption: fixedWords.fill(fixedWords.drawingSpace, child: each.firstName))]))
        }
        return blocks
    }
}

extension Picture {
    /// Whether this is a file of the plan's own (a child's drawing, a photo), not a library picture.
    var isPlansOwn: Bool {
        if case .file = self { return true }
        return false
    }
}

extension StoryPage {
    /// The page's lines in groups, each ending with a line that has a picture, with that line's
    /// pictures; lines after the last picture make a group with none. A picture on a line of its
    /// own belongs to the line before it.
    var lineGroups: [(lines: [String], pictures: [Picture])] {
        var pictured: [Int: [Picture]] = [:]
        for (index, picture) in pictures.enumerated() {
            // A page made without the lines' pictures (by code, not the parser) gives them in order.
            let line = pictureLines.count == pictures.count ? pictureLines[index] : min(index, lines.count - 1)
            pictured[max(0, line), default: []].append(picture)
        }
        var groups: [(lines: [String], pictures: [Picture])] = []
        var open: [String] = []
        for (index, line) in lines.enumerated() {
            open.append(line.text)
            if let found = pictured[index] {
                groups.append((open, found))
                open = []
            }
        }
        if !open.isEmpty { groups.append((open, [])) }
        if lines.isEmpty, !pictures.isEmpty { groups.append(([], pictures)) }
        return groups
    }
}
