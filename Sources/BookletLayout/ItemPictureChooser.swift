import PlanModel

/// Chooses the library picture for an item from what its sentence is about.
///
/// A picture's keywords are looked for in the sentence, with the plan's
/// people's names taken out first ("Coach Dan" is a person, never a bus). The
/// longest keyword wins where two overlap ("video call" over "call"); a
/// keyword in the main part of the sentence counts twice one in a side part
/// ("if…", "when…"), and one only in a side part is never shown. A keyword
/// after a "not" gives the picture's "no" version ("will not drink" → no
/// alcohol) or, when it has none, no picture at all: a wrong picture is worse
/// than none. A person's role words ("next door", "coach") are never things.
/// With no keyword, the one person the sentence names (other than the child)
/// is shown with their own picture.
struct ItemPictureChooser {
    private struct Keyword {
        var picture: Int
        var words: [String]
    }

    private let meanings: PictureMeanings
    private let language: String
    /// Keywords by their first word; keywords whose first word ends in `*` are in `prefixed`.
    private var byFirstWord: [String: [Keyword]] = [:]
    private var prefixed: [Keyword] = []
    private let pictureIndex: [String: Int]
    /// The words of people's roles ("next door", "coach"): a person, never a thing.
    private var rolePhrases: [[String]] = []

    init(meanings: PictureMeanings, language: String) {
        self.meanings = meanings
        self.language = language
        var index: [String: Int] = [:]
        for (position, meaning) in meanings.pictures.enumerated() { index[meaning.name] = position }
        pictureIndex = index
        for role in meanings.people.roles {
            for words in [role.words, role.womanWords ?? [:], role.manWords ?? [:]] {
                rolePhrases += words.forLanguage(language).map(MeaningText.phrase).filter { !$0.isEmpty }
            }
        }
        for (position, meaning) in meanings.pictures.enumerated() where meaning.kind != "person" {
            for keyword in meaning.keywords.forLanguage(language) {
                let words = MeaningText.phrase(keyword)
                guard let first = words.first else { continue }
                let entry = Keyword(picture: position, words: words)
                if first.hasSuffix("*") { prefixed.append(entry) } else { byFirstWord[first, default: []].append(entry) }
            }
        }
    }

    /// The picture for `text`, or nil when none fits for sure.
    func picture(for text: String, people: PeoplePictures) -> Picture? {
        let sentence = MeaningText(text, language: language, grammar: meanings.grammar)
        var (covered, named) = people.mentions(in: sentence)
        for phrase in rolePhrases {
            for start in sentence.words.indices where sentence.matches(phrase, at: start) {
                covered.formUnion(start..<(start + phrase.count))
            }
        }
        if let name = thingPicture(in: sentence, skipping: covered) { return name.isEmpty ? nil : .library(name) }
        let others = named.filter { !people.isChild($0) }
        if Set(others).count == 1, let only = others.first { return people.picture(ofPerson: only) }
        return nil
    }

    /// The winning picture's name, "" when the sentence is unsure (a "not" with
    /// no "no" picture), nil when no keyword is found in its main part.
    private func thingPicture(in sentence: MeaningText, skipping covered: Set<Int>) -> String? {
        struct Hit {
            var picture: Int
            var start: Int
            var length: Int
            /// Letters in the keyword: the longer of two stems wins ("grădiniț*" over "grădin*").
            var letters: Int
        }
        var hits: [Hit] = []
        for (position, word) in sentence.words.enumerated() where !covered.contains(position) {
            var candidates: [Keyword] = []
            for form in word.forms { candidates += byFirstWord[form] ?? [] }
            candidates += prefixed
            for keyword in candidates {
                let range = position..<(position + keyword.words.count)
                guard range.upperBound <= sentence.words.count, !range.contains(where: covered.contains),
                    sentence.matches(keyword.words, at: position)
                else { continue }
                hits.append(
                    Hit(
                        picture: keyword.picture, start: position, length: keyword.words.count,
                        letters: keyword.words.reduce(0) { $0 + $1.count }))
            }
        }
        guard !hits.isEmpty else { return nil }
        // The longest keyword wins where two overlap.
        var taken = Set<Int>()
        var kept: [Hit] = []
        for hit in hits.sorted(by: { ($0.length, $0.letters, -$0.start) > ($1.length, $1.letters, -$1.start) }) {
            let range = hit.start..<(hit.start + hit.length)
            if range.contains(where: taken.contains) { continue }
            taken.formUnion(range)
            kept.append(hit)
        }
        var scores: [String: (score: Int, inMain: Bool, first: Int, rank: Int)] = [:]
        var unsure = false
        var anyNegated = false
        for hit in kept {
            let word = sentence.words[hit.start]
            let meaning = meanings.pictures[hit.picture]
            var name = meaning.name
            if word.negated {
                guard let negated = meaning.negated, pictureIndex[negated] != nil else {
                    unsure = true
                    continue
                }
                name = negated
                anyNegated = true
            }
            var score = scores[name] ?? (0, false, hit.start, Self.kindRank[meaning.kind] ?? 0)
            score.score += hit.length * (word.inSideClause ? 1 : 2)
            score.inMain = score.inMain || !word.inSideClause
            scores[name] = score
        }
        // A "not" about something with no "no" picture leaves the sentence unclear, unless it is the "no" picture's sentence.
        if unsure && !anyNegated { return "" }
        // Only what the main part of the sentence names; then the most words,
        // a thing before a feeling, and the first named.
        let ranked = scores.filter(\.value.inMain).sorted {
            ($0.value.score, $0.value.rank, -$0.value.first) > ($1.value.score, $1.value.rank, -$1.value.first)
        }
        return ranked.first?.key
    }

    /// Which kind wins a tie: what a sentence names is shown before how someone feels.
    private static let kindRank = ["thing": 3, "family": 2, "feeling": 1]
}
