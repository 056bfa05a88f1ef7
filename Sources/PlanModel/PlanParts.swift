/// One thing of a plan that its booklet shows, as `SafetyPlan.parts` meets it.
public enum PlanPart: Hashable, Sendable {
    /// Words the child or family reads: the title, items, what people do,
    /// quotes, the scale's question and ends, the houses and the story. The
    /// linter reads these.
    case prose(PlanText)
    /// Other words the booklet shows: names, `who:`, a `by:` in words, roles,
    /// relationships, who said a quote, the names on the scale.
    case label(String)
    /// A picture, with the words it stands for (for its alt text; empty for the cover's).
    case picture(Picture, standsFor: String)
}

extension SafetyPlan {
    /// Every text and picture of the plan, in the plan's order. This is the one
    /// walk over a plan's contents: linting reads its prose, the layout check
    /// looks for all its words in the booklet, the up-to-date check and the
    /// screen-reader notes use its pictures.
    public var parts: [PlanPart] {
        var parts: [PlanPart] = [.prose(title)]
        parts += children.map { .label($0.name.text) }
        if let picture { parts.append(.picture(picture, standsFor: "")) }
        func item(_ item: Item) {
            parts.append(.prose(item.text))
            if let impact = item.impact { parts.append(.prose(impact)) }
            parts += item.who.map(PlanPart.label)
            if case .words(let words) = item.by { parts.append(.label(words)) }
            if let picture = item.picture { parts.append(.picture(picture, standsFor: item.text.text)) }
        }
        func person(_ person: Person) {
            parts.append(.label(person.name.text))
            parts += [person.role, person.relationship].compactMap { $0 }.map(PlanPart.label)
            if let does = person.does { parts.append(.prose(does)) }
            if let picture = person.picture { parts.append(.picture(picture, standsFor: person.name.text)) }
        }
        func quote(_ quote: Quote) {
            parts.append(.prose(quote.text))
            if let speaker = quote.speaker { parts.append(.label(speaker)) }
            if let picture = quote.picture { parts.append(.picture(picture, standsFor: quote.speaker ?? quote.text.text)) }
        }
        for section in sections {
            section.items.forEach(item)
            section.people.forEach(person)
            section.quotes.forEach(quote)
            if let scale = section.scale {
                parts += [scale.question, scale.zero, scale.ten].compactMap { $0 }.map(PlanPart.prose)
                parts += scale.ratings.map { .label($0.name) }
            }
            if let houses = section.houses {
                (houses.worries + houses.goodThings + houses.dreams).forEach(item)
            }
            if let house = section.safetyHouse {
                house.roof.forEach(item)
                (house.inside + house.outside).forEach(person)
                if let words = house.path?.words { parts.append(.prose(words)) }
            }
            for page in section.pages {
                parts.append(.prose(page.title))
                parts += page.lines.map(PlanPart.prose)
                parts += page.pictures.map { .picture($0, standsFor: page.title.text) }
                page.quotes.forEach(quote)
            }
        }
        return parts
    }

    /// The words the child or family reads, in the plan's order.
    public var prose: [PlanText] {
        parts.compactMap { if case .prose(let text) = $0 { text } else { nil } }
    }

    /// Every picture the plan names, with the words each stands for.
    public var pictures: [(picture: Picture, standsFor: String)] {
        parts.compactMap { if case .picture(let picture, let words) = $0 { (picture, words) } else { nil } }
    }

    /// Every picture the plan names, in the plan's order.
    public var allPictures: [Picture] { pictures.map(\.picture) }
}
