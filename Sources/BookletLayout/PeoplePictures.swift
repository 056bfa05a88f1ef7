import PlanModel

/// Everyone a plan names, each with the one picture they have everywhere in
/// the booklet: the picture the plan gives them, else a figure for their role
/// or relationship (a coach, a teacher, "Dad's mum" is a grandmother), never a
/// thing. Two people who would look alike get different figures where the
/// library has more than one (another hair colour); nobody's skin tone,
/// gender or headscarf is guessed: a figure is a woman or a man only when the
/// plan says so ("Mum", "Mrs", "uncle").
struct PeoplePictures {
    /// One person, however many times the plan names them.
    struct Person {
        var names: [String]
        var picture: Picture?
        var isChild: Bool
    }

    private(set) var people: [Person] = []
    /// Each name's words, longest first, with whose name it is: to find people in sentences.
    private var namePhrases: [(words: [String], person: Int)] = []

    /// Reads who is who from `plan`. A child is drawn with the plan's `picture`
    /// (when the booklet is for one child) or the picture for their age.
    init(plan: SafetyPlan, meanings: PictureMeanings) {
        let language = plan.language
        var mentions: [(name: String, details: String?, picture: Picture?)] = []
        for section in plan.sections {
            let house = section.safetyHouse.map { $0.inside + $0.outside } ?? []
            for person in section.people + house {
                let details = [person.relationship, person.role].compactMap { $0 }.joined(separator: ", ")
                mentions.append((person.name.text, details.isEmpty ? nil : details, person.picture))
            }
        }
        if let author = plan.writtenBy { mentions.append((author.name, author.role, nil)) }
        for section in plan.sections {
            for item in section.items + (section.safetyHouse?.roof ?? []) { mentions += item.who.map { ($0, nil, nil) } }
            mentions += (section.scale?.ratings ?? []).map { ($0.name, nil, nil) }
            mentions += section.quotes.compactMap { quote in quote.speaker.map { ($0, nil, nil) } }
            for page in section.pages { mentions += page.quotes.compactMap { quote in quote.speaker.map { ($0, nil, nil) } } }
        }

        let children = plan.children.isEmpty ? [Child(name: plan.child, age: plan.age)] : plan.children
        people = children.map { child in
            let own = children.count == 1 ? plan.picture : nil
            return Person(
                names: [child.name.text, child.firstName], picture: own ?? meanings.picture(forAge: child.age).map(Picture.library),
                isChild: true)
        }
        var details: [String?] = people.map { _ in nil }
        let kinds = Dictionary(
            meanings.pictures.flatMap { meaning in ([meaning.name] + (meaning.aliases ?? [])).map { ($0, meaning.kind) } },
            uniquingKeysWith: { first, _ in first })
        for var mention in mentions {
            // A person is drawn as a person: a thing the plan gives them (`house`) is left for their figure.
            if case .library(let name) = mention.picture, let kind = kinds[name], kind == "thing" || kind == "feeling" {
                mention.picture = nil
            }
            let name = mention.name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            if let index = personIndex(named: name) {
                if !people[index].names.contains(name) { people[index].names.append(name) }
                if people[index].picture == nil { people[index].picture = mention.picture }
                if details[index] == nil { details[index] = mention.details }
            } else {
                people.append(Person(names: [name], picture: mention.picture, isChild: false))
                details.append(mention.details)
            }
        }

        let figures = FigureChooser(meanings: meanings, language: language)
        var used = Set(
            people.compactMap { person -> String? in
                if case .library(let name) = person.picture { return name }
                return nil
            })
        for index in people.indices where people[index].picture == nil {
            let candidates = figures.candidates(name: people[index].names[0], details: details[index])
            guard let choice = candidates.first(where: { !used.contains($0) }) ?? candidates.first else { continue }
            used.insert(choice)
            people[index].picture = .library(choice)
        }

        for (index, person) in people.enumerated() {
            for name in person.names {
                let words = MeaningText.phrase(name)
                if !words.isEmpty { namePhrases.append((words, index)) }
            }
        }
        namePhrases.sort { $0.words.count > $1.words.count }
    }

    /// The person a name means: the same name, or a name that starts or ends
    /// another's ("Grace" and "Grace Adeyemi"), when only one person fits.
    func personIndex(named name: String) -> Int? {
        let key = MeaningText.phrase(name)
        guard !key.isEmpty else { return nil }
        if let exact = people.firstIndex(where: { $0.names.contains { MeaningText.phrase($0) == key } }) { return exact }
        let partial = people.indices.filter { index in
            people[index].names.contains { other in
                let words = MeaningText.phrase(other)
                return words.count != key.count
                    && (words.starts(with: key) || key.starts(with: words)
                        || words.reversed().starts(with: key.reversed()))
            }
        }
        return partial.count == 1 ? partial[0] : nil
    }

    /// A person's picture, by any of their names.
    func picture(named name: String) -> Picture? {
        personIndex(named: name).flatMap { people[$0].picture }
    }

    func picture(ofPerson index: Int) -> Picture? { people[index].picture }

    func isChild(_ index: Int) -> Bool { people[index].isChild }

    /// The words of `sentence` that are people's names, and whose names they are, in order.
    func mentions(in sentence: MeaningText) -> (covered: Set<Int>, people: [Int]) {
        var covered = Set<Int>()
        var found: [(start: Int, person: Int)] = []
        for (words, person) in namePhrases {
            for start in sentence.words.indices where sentence.matches(words, at: start) {
                let range = start..<(start + words.count)
                if range.contains(where: covered.contains) { continue }
                covered.formUnion(range)
                found.append((start, person))
            }
        }
        return (covered, found.sorted { $0.start < $1.start }.map(\.person))
    }
}

/// Picks the figures that fit a person from their name and what the plan says they are.
struct FigureChooser {
    let meanings: PictureMeanings
    let language: String

    /// The figures to use, best first: a role's figure ("teacher"), else the
    /// relationship's ("older-woman"), else a grown-up's, each followed by
    /// the plain figures of the same kind.
    func candidates(name: String, details: String?) -> [String] {
        let texts = [details, name].compactMap { $0 }.map { MeaningText($0, language: language, grammar: nil) }
        let gender = texts.lazy.compactMap(gender(in:)).first
        if let role = texts.lazy.compactMap(role(in:)).first {
            let roleGender = role.gender ?? gender
            if role.figure == "adult" { return figures(base(generation: 1, gender: roleGender)) }
            let key = roleGender.map { "\($0)-\(role.figure)" }
            let own = key.flatMap { meanings.people.figures[$0] } ?? meanings.people.figures[role.figure] ?? []
            return own + figures(base(generation: 1, gender: roleGender))
        }
        if let relation = texts.lazy.compactMap(relation(in:)).first {
            if let figure = relation.figure { return figures(figure) }
            var generation = relation.generation
            if relation.adult { generation = max(generation, 1) }
            return figures(base(generation: generation, gender: relation.gender ?? gender))
        }
        return figures(base(generation: 1, gender: gender))
    }

    private func figures(_ key: String) -> [String] { meanings.people.figures[key] ?? [] }

    private func base(generation: Int, gender: String?) -> String {
        switch (generation, gender) {
        case (2..., "woman"?): "older-woman"
        case (2..., "man"?): "older-man"
        case (2..., _): "older-person"
        case (1, "woman"?): "woman"
        case (1, "man"?): "man"
        case (1, _): "adult"
        case (_, "woman"?): "girl"
        case (_, "man"?): "boy"
        default: "child"
        }
    }

    /// Where the longest of `words` (a language's list) starts in `text`, and its length.
    private func find(_ words: PictureMeanings.TermsByLanguage?, in text: MeaningText, everyLanguage: Bool = false) -> [(
        start: Int, length: Int
    )] {
        guard let words else { return [] }
        var found: [(Int, Int)] = []
        for word in everyLanguage ? words.inEveryLanguage : words.forLanguage(language) {
            let phrase = MeaningText.phrase(word)
            for start in text.words.indices where text.matches(phrase, at: start) { found.append((start, phrase.count)) }
        }
        return found
    }

    /// "Mrs", "Pani", "السيدة"…: woman or man; nil for neither, or both ("Mr and Mrs Ali").
    private func gender(in text: MeaningText) -> String? {
        let found = ["woman", "man"].filter { !find(meanings.people.titles[$0], in: text, everyLanguage: true).isEmpty }
        return found.count == 1 ? found[0] : nil
    }

    private func role(in text: MeaningText) -> (figure: String, gender: String?)? {
        var best: (figure: String, gender: String?, length: Int)?
        for role in meanings.people.roles {
            for (words, gender) in [(role.words, nil), (role.womanWords, "woman"), (role.manWords, "man")]
                as [(PictureMeanings.TermsByLanguage?, String?)]
            {
                for match in find(words, in: text) where match.length > (best?.length ?? 0) {
                    best = (role.figure, gender, match.length)
                }
            }
        }
        return best.map { ($0.figure, $0.gender) }
    }

    /// The relationship the words give; "Mum's mum" adds the generations of both.
    private func relation(in text: MeaningText) -> (generation: Int, gender: String?, adult: Bool, figure: String?)? {
        var matches: [(start: Int, length: Int, relation: PictureMeanings.Relation)] = []
        for relation in meanings.people.relations {
            for match in find(relation.words, in: text, everyLanguage: true) { matches.append((match.start, match.length, relation)) }
        }
        // The longest at each place, in the order they come.
        matches.sort { ($0.start, -$0.length) < ($1.start, -$1.length) }
        var kept: [(start: Int, length: Int, relation: PictureMeanings.Relation)] = []
        for match in matches where kept.last.map({ match.start >= $0.start + $0.length }) ?? true { kept.append(match) }
        guard let last = kept.last else { return nil }
        var relation = last.relation
        var generation = relation.generation
        // Two relationships side by side name one through the other. "Dad's mum"
        // and Urdu "ابو کی امی" put the owner first; Arabic "أم بابا", Polish
        // "mama taty" and Romanian "mama tatălui" put it second.
        if kept.count >= 2 {
            let first = kept[kept.count - 2]
            let end = first.start + first.length
            let particles = Set((meanings.grammar.possessive?.forLanguage(language) ?? []).map(MeaningText.normalise))
            let ownerFirst =
                (last.start == end && text.words[end - 1].possessive)
                || (last.start == end + 1 && text.words[end].forms.contains(where: particles.contains))
            if ownerFirst {
                generation += first.relation.generation
            } else if last.start == end {
                relation = first.relation
                generation = first.relation.generation + last.relation.generation
            }
        }
        var figure = relation.figure
        if figure == "baby", generation != relation.generation { figure = nil }
        return (generation, relation.gender, relation.adult ?? false, figure)
    }
}
