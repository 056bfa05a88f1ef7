import PlanModel

/// Lays a plan out as pages of positioned boxes, following a layout template.
/// It measures text through `TextMeasurer` and never touches the parser or C.
public struct BookletLayoutEngine {
    public let template: LayoutTemplate
    public let fixedWords: FixedWords
    public let measurer: any TextMeasurer
    public let pictures: any PictureProvider
    /// A font family to use instead of the template's (`--font`).
    public let fontFamily: String?
    /// The longest word drawn whole (in characters); a longer one breaks across lines and pages, and nothing of it is lost.
    public var longestWord = 40

    public init(
        template: LayoutTemplate, fixedWords: FixedWords, measurer: any TextMeasurer, pictures: any PictureProvider,
        fontFamily: String? = nil
    ) {
        self.template = template
        self.fixedWords = fixedWords
        self.measurer = measurer
        self.pictures = pictures
        self.fontFamily = fontFamily
    }

    /// The date the PDF records when a plan has none, so output never depends on the clock.
    public static let fallbackDate = "2000-01-01T00:00:00Z"

    public func layout(_ plan: SafetyPlan) -> Booklet {
        var context = LayoutContext(
            template: template, age: plan.age, language: plan.language, measurer: measurer, fontFamily: fontFamily, fixedWords: fixedWords)
        context.longestWord = longestWord
        let composer = BookletComposer(plan: plan, template: template, fixedWords: fixedWords, pictures: pictures)
        let margins = template.margins
        let content = Rect(
            x: margins.start, y: margins.top,
            width: template.page.width - margins.start - margins.end,
            height: template.page.height - margins.top - margins.bottom)
        var pages: [[Box]]
        var outline: [OutlineEntry]
        var metadata = DocumentMetadata(
            title: plan.title.text, author: plan.writtenBy?.name,
            subject: fixedWords.fill(fixedWords.coverLine, child: composer.childrenNames),
            keywords: "safety plan, words and pictures",
            date: plan.date.map { "\($0)T00:00:00Z" } ?? Self.fallbackDate
        )

        switch template.kind {
        case .booklet:
            var paginator = Paginator(context: context, content: content)
            paginator.balancesPages = template.coverAndBack
            paginator.place(composer.blocks())
            (pages, outline) = (paginator.pages, paginator.outline)
            pages = numbered(pages, content: content, context: context, skipFirst: template.coverAndBack)
        case .columns:
            let header = header(title: plan.title.text, composer: composer)
            var next = 1
            let columns = template.columnOrder.map {
                BookletComposer.numberingItems(composer.sections($0, newPageEach: false), next: &next)
            }
            (pages, outline) = ColumnFlow(context: context, content: content, header: header).place(columns)
            let rest = BookletComposer.numberingItems(composer.sections(template.sectionOrder, newPageEach: false), next: &next)
            if !rest.isEmpty {
                var paginator = Paginator(context: context, content: content)
                paginator.place(rest)
                outline += paginator.outline.map { OutlineEntry(title: $0.title, pageIndex: $0.pageIndex + pages.count, level: $0.level) }
                pages += paginator.pages
            }
        case .houses:
            let title = fixedWords.heading(for: .threeHouses, child: composer.child)
            let header = header(title: title, composer: composer)
            var houses = composer.houseList(plan.section(.threeHouses)?.houses ?? ThreeHouses())
            if houses.isEmpty {
                // No houses in the plan: three empty houses for the child to fill in.
                let empty = fixedWords.fill(fixedWords.drawingSpace, child: composer.child)
                houses = [
                    (fixedWords.houseWorries, template.colours.houseWorries),
                    (fixedWords.houseGoodThings, template.colours.houseGoodThings),
                    (fixedWords.houseDreams, template.colours.houseDreams),
                ].map { Entry(text: empty, frame: .house(title: $0.0, fill: $0.1)) }
            }
            (pages, outline) = ColumnFlow(context: context, content: content, header: header).place(houses.map { [.entry($0)] })
            metadata.title = title
        case .card:
            let title = fixedWords.fill(fixedWords.safeContacts, child: composer.child)
            var paginator = Paginator(context: context, content: content)
            paginator.place(cardBlocks(title: title, plan: plan, context: context, content: content))
            (pages, outline) = (paginator.pages, paginator.outline)
            // Nothing on the card, nor in its file, says what it is about.
            metadata = DocumentMetadata(title: title, date: metadata.date)
        }

        let direction = context.direction
        let finished = pages.map { boxes in
            Page(
                size: template.page, contentArea: mirrored(content, direction), background: template.colours.background,
                boxes: boxes.map { mirrored($0, direction) })
        }
        return Booklet(metadata: metadata, language: plan.language, direction: direction, pages: finished, outline: outline)
    }

    /// The safe-contacts card: the names of the people with a phone number, each
    /// number whole and large, then the emergency and helpline numbers of the layout.
    /// Its heading names no child and no worry.
    /// Only names and numbers: nothing about the worries, not even what people do.
    private func cardBlocks(title: String, plan: SafetyPlan, context: LayoutContext, content: Rect) -> [Block] {
        var blocks: [Block] = [.heading(title, level: 1, outline: title)]
        let textWidth = content.width - 2 * Paginator.padding
        /// The largest size, up to the title's, at which `number` stands on one line.
        func numberSize(_ number: String) -> Double {
            var style = context.strongStyle
            style.size = context.band.title * 1.25
            while style.size > context.band.body * 0.8, context.measure(number, style, width: 0).width > textWidth - 2 {
                style.size -= 0.5
            }
            return style.size
        }
        func contact(_ name: String, _ number: String?, person: String?) -> Block {
            var parts: [Block] = [.entry(Entry(text: name, style: .strong))]
            if let number {
                parts.append(.entry(Entry(text: number, style: .strong, size: numberSize(number))))
            }
            return .tagged(BoxTag(role: person == nil ? .other : .person, person: person), parts)
        }
        // Only people the child can reach: a name without a number is no use on the card.
        let people = (plan.section(.safetyNetwork)?.people ?? []) + (plan.section(.whoIsWorried)?.people ?? [])
        var seen: Set<String> = []
        for person in people where person.phone != nil && seen.insert(person.name.text.lowercased()).inserted {
            blocks.append(contact(person.name.text, person.phone?.text, person: person.name.text))
        }
        for helpline in template.helplines {
            blocks.append(contact(helpline.name, helpline.number, person: nil))
        }
        return blocks
    }

    /// Each page's number, centred in the bottom margin; none on the cover.
    private func numbered(_ pages: [[Box]], content: Rect, context: LayoutContext, skipFirst: Bool) -> [[Box]] {
        guard pages.count > 1 else { return pages }
        var style = context.labelStyle
        style.size = max(10, context.band.body * 0.7)
        style.colour = context.colours.heading
        return pages.enumerated().map { index, boxes in
            if skipFirst, index == 0 { return boxes }
            let text = String(index + 1)
            let height = context.height(text, style, width: 60)
            let y = content.maxY + max(2, (template.margins.bottom - height) / 2)
            return boxes + [
                Box(
                    role: .caption, frame: Rect(x: content.minX + content.width / 2 - 30, y: y, width: 60, height: height),
                    content: .text(text, style), tag: BoxTag(role: .pageNumber))
            ]
        }
    }

    /// The title and the child's line at the top of a poster or family plan.
    private func header(title: String, composer: BookletComposer) -> [Block] {
        var line = composer.fixedWords.fill(composer.fixedWords.coverLine, child: composer.childrenNames)
        if let date = composer.plan.date { line += " · \(composer.fixedWords.written(date))" }
        return [.heading(title, level: 1, outline: title), .entry(Entry(text: line))]
    }

    private func mirrored(_ rect: Rect, _ direction: TextDirection) -> Rect {
        guard direction == .rightToLeft else { return rect }
        var copy = rect
        copy.x = template.page.width - rect.x - rect.width
        return copy
    }

    private func mirrored(_ box: Box, _ direction: TextDirection) -> Box {
        guard direction == .rightToLeft else { return box }
        var copy = box
        copy.frame = mirrored(box.frame, direction)
        if case .shape(let shape) = box.content { copy.content = .shape(shape.mirrored(width: box.frame.width)) }
        return copy
    }
}

/// Places a header across the page, then several columns of blocks side by
/// side; a column that runs out of room continues in the same column of the next page.
struct ColumnFlow {
    let context: LayoutContext
    let content: Rect
    let header: [Block]

    func place(_ columns: [[Block]]) -> (pages: [[Box]], outline: [OutlineEntry]) {
        var head = Paginator(context: context, content: content)
        head.place(header)
        let headerBoxes = head.pages.first ?? []
        let headerBottom = (headerBoxes.map(\.frame.maxY).max() ?? content.minY) + context.template.gap
        let count = max(1, columns.count)
        let gutter = context.template.gap * 1.5
        let width = (content.width - gutter * Double(count - 1)) / Double(count)
        var pages: [[Box]] = [headerBoxes]
        var outline = head.outline
        for (index, blocks) in columns.enumerated() {
            let rect = Rect(x: content.minX + Double(index) * (width + gutter), y: content.minY, width: width, height: content.height)
            var column = Paginator(context: context, content: rect, firstPageTop: headerBottom)
            column.place(blocks)
            for (pageIndex, boxes) in column.pages.enumerated() {
                if pageIndex == pages.count { pages.append([]) }
                pages[pageIndex] += boxes
            }
            outline += column.outline
        }
        return (pages, outline.sorted { ($0.pageIndex, $0.level) < ($1.pageIndex, $1.level) })
    }
}
