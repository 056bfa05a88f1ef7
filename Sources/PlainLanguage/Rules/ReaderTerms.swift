import PlanDiagnostics

/// A name of several capitalised words — an organisation, a meeting, a
/// document: `City of York Safeguarding Children Partnership`, `Child
/// Protection Planning Meeting` — that holds a listed term. The name is what
/// the reader meets, so it is reported once, as a name to explain, and the
/// words inside it are not.
public struct NameInText: Sendable {
    /// The name's words, as indices into the text's words, at its first unexplained use.
    public var words: ClosedRange<Int>
    public var range: SourceRange
    /// The name as written, spaces run together.
    public var text: String
    /// The listed term inside it, for the help.
    public var entry: WordListEntry
    /// How many times the name occurs.
    public var occurrences: Int

    /// "meeting", "organisation", "document", "role" or "name", from the name's last word.
    public var kind: String {
        Self.kind(ofLastWord: text.split(separator: " ").last.map { $0.lowercased() } ?? "")
    }

    static func kind(ofLastWord last: String) -> String {
        if ["meeting", "meetings", "conference", "hearing", "hearings", "panel", "group", "review", "forum", "session"].contains(last) {
            return "meeting"
        }
        if [
            "plan", "order", "report", "assessment", "framework", "act", "policy", "procedures", "procedure", "guidance", "protocol",
            "agreement", "strategy", "statement",
        ].contains(last) {
            return "document"
        }
        if [
            "officer", "worker", "guardian", "reporter", "manager", "lead", "coordinator", "co-ordinator", "chair", "adviser", "advisor",
            "visitor", "practitioner", "nurse", "assessor",
        ].contains(last) {
            return "role"
        }
        if [
            "partnership", "board", "administration", "service", "services", "team", "council", "agency", "trust", "unit", "committee",
            "office", "authority", "hub", "centre", "department", "network", "project", "court",
        ].contains(last) {
            return "organisation"
        }
        return "name"
    }
}

/// What a reader meets of the word-list terms: each use of a term not yet
/// explained, and each name holding a term once. A term is explained when the
/// text says what it means — in brackets or after a dash or colon right after
/// it, with "called …" before it or "which means …" after it, or in a
/// sentence that defines it ("A core group is the people who …", "What is a
/// core group?", or "This means …", "This is a …" next) — and from then on it
/// is not reported again.
struct ReaderTerms {
    var matches: [WordListMatch]
    var names: [NameInText]

    private static let nameConnectors: Set<String> = ["of", "and", "for", "the", "&"]
    private static let notNameStarts: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "your", "our", "my", "his", "her", "their", "at", "in", "on",
        "if", "when", "we", "you", "i", "it", "there", "please", "what", "who", "how", "after", "before", "for", "to",
        "and", "but", "or", "as", "by", "from", "with", "so", "all", "each", "every", "why", "where", "is", "are", "will",
    ]
    private static let definingVerbs: Set<String> = ["is", "are", "means", "mean"]
    private static let definitionStarts: Set<String> = [
        "a", "an", "the", "when", "where", "how", "someone", "somebody", "something", "people", "what", "who", "our",
        "your", "one", "two", "three", "four", "five", "meetings", "meeting", "group", "groups",
    ]

    init(text: AnalyzedText, matches raw: [WordListMatch]) {
        let words = text.words
        let keys = text.lexicon.keys
        let file = text.file
        var nameOf = [Int](repeating: -1, count: words.count)
        var spans: [ClosedRange<Int>] = []
        for range in text.sentenceWords where !Self.isShouted(text.words[range]) {
            var index = range.lowerBound
            while index < range.upperBound {
                guard Self.isNameWord(words[index]),
                    !(words[index].isSentenceStart && Self.notNameStarts.contains(keys[words[index].form]))
                else {
                    index += 1
                    continue
                }
                var last = index
                var next = index + 1
                var capitals = 1
                while next < range.upperBound {
                    if Self.isNameWord(words[next]) {
                        last = next
                        capitals += 1
                        next += 1
                    } else if Self.nameConnectors.contains(keys[words[next].form]), next + 1 < range.upperBound,
                        Self.isNameWord(words[next + 1]) || keys[words[next + 1].form] == "the"
                    {
                        next += 1
                    } else {
                        break
                    }
                }
                // At the start of a sentence the first word may be an ordinary one ("Contact Gran"):
                // such a run is a name when it is longer or ends like one.
                let startsSentence = words[index].isSentenceStart
                if capitals >= 2, !startsSentence || capitals >= 3 || NameInText.kind(ofLastWord: keys[words[last].form]) != "name" {
                    for word in index...last { nameOf[word] = spans.count }
                    spans.append(index...last)
                }
                index = last + 1
            }
        }

        // Matches inside a name belong to it; the rest are the text's own terms.
        var kept: [WordListMatch] = []
        var namesByKey: [String: Int] = [:]
        var names: [NameInText] = []
        var explainedFrom: [String: Int] = [:]
        var nameMatched = [Bool](repeating: false, count: spans.count)
        /// Names that are a listed term in capitals (`Child Protection Conference`): explaining one explains the other.
        var wholeNames: [String: Int] = [:]
        for match in raw {
            let span = nameOf[match.firstWord] >= 0 ? nameOf[match.firstWord] : nameOf[match.lastWord]
            guard match.rule != "acronym", span >= 0 else {
                kept.append(match)
                continue
            }
            guard !nameMatched[span] else { continue }
            nameMatched[span] = true
            let words = spans[span]
            let range = SourceRange(start: text.words[words.lowerBound].range.start, end: text.words[words.upperBound].range.end)
            let written = file.text(in: range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let key = "name:" + written.lowercased()
            if let known = namesByKey[key] {
                names[known].occurrences += 1
            } else {
                namesByKey[key] = names.count
                names.append(NameInText(words: words, range: range, text: written, entry: match.entry, occurrences: 1))
            }
            if match.firstWord == words.lowerBound, match.lastWord == words.upperBound { wholeNames[key] = match.entryIndex }
            if explainedFrom[key] == nil, Self.isExplained(words, in: text) {
                explainedFrom[key] = words.lowerBound
            }
        }
        // A term explained at one use is not reported from there on.
        var explainedEntries: [Int: Int] = [:]
        for match in kept where match.rule != "acronym" && explainedEntries[match.entryIndex] == nil {
            if Self.isExplained(match.firstWord...match.lastWord, in: text) {
                explainedEntries[match.entryIndex] = match.firstWord
            }
        }
        for (key, entry) in wholeNames {
            let explained = [explainedFrom[key], explainedEntries[entry]].compactMap { $0 }.min()
            explainedFrom[key] = explained
            explainedEntries[entry] = explained
        }
        // Nor in a heading above the text that explains it ("Your child protection conference").
        self.matches = kept.filter { match in
            guard let from = explainedEntries[match.entryIndex] else { return true }
            return match.firstWord < from && !Self.isHeading(match.sentence, in: text)
        }
        self.names = names.filter { name in
            let key = "name:" + name.text.lowercased()
            guard let from = explainedFrom[key] else { return true }
            return from > name.words.lowerBound && !Self.isHeading(text.words[name.words.lowerBound].sentence, in: text)
        }
    }

    /// Whether a sentence is a heading (a title, not a sentence for the formulas).
    static func isHeading(_ sentence: Int, in text: AnalyzedText) -> Bool {
        let found = text.sentences[sentence]
        return !found.isCounted && text.tokens[found.tokens.lowerBound].blockKind == .heading
    }

    /// A capitalised word that is not the only letter (`I`, `A`), or one in capitals.
    private static func isNameWord(_ word: Word) -> Bool {
        switch word.casing {
        case .capitalised: word.letters > 1
        case .allCaps, .mixed: true
        case .lower, .uncased: false
        }
    }

    /// Whether most words of a sentence are in capitals (a heading).
    static func isShouted(_ words: ArraySlice<Word>) -> Bool {
        let cased = words.filter { $0.letters > 0 && $0.casing != .uncased }
        let capitals = cased.filter { $0.casing == .allCaps || ($0.casing == .capitalised && $0.letters == 1) }.count
        return !cased.isEmpty && capitals * 5 >= cased.count * 3 && (cased.count > 1 || cased[cased.startIndex].letters > 6)
    }

    /// Whether the text says what the words at `span` mean, there.
    static func isExplained(_ span: ClosedRange<Int>, in text: AnalyzedText) -> Bool {
        let words = text.words
        let keys = text.lexicon.keys
        let utf8 = text.file.utf8
        let sentence = words[span.lowerBound].sentence
        let sentenceWords = text.sentenceWords[sentence]
        let sentenceTokens = text.sentences[sentence].tokens
        func key(_ word: Int) -> String? { sentenceWords.contains(word) ? keys[words[word].form] : nil }

        // Right after it: a bracket (not an acronym's letters), a dash or a colon, "which means".
        let after = words[span.upperBound].token + 1
        if after < sentenceTokens.upperBound {
            let token = text.tokens[after]
            let byte = utf8[token.range.start]
            if token.kind == .opening, byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                let inside = span.upperBound + 1
                let isAcronym =
                    inside < sentenceWords.upperBound && words[inside].casing == .allCaps
                    && words[inside].token + 1 < text.tokens.count && text.tokens[words[inside].token + 1].kind == .closing
                if !isAcronym { return true }
            }
            if token.kind == .other, span.upperBound + 1 < sentenceWords.upperBound {
                let mark = text.file.text(in: token.range)
                let isDash = mark == "\u{2013}" || mark == "\u{2014}" || (mark == "-" && token.spaceBefore)
                // A colon explains, except in a title: "Child Protection Planning Meeting: a guide for parents".
                if isDash || (mark == ":" && !isHeading(sentence, in: text)) { return true }
            }
        }
        let next = (key(span.upperBound + 1), key(span.upperBound + 2))
        if next.0 == "means" || next.0 == "meaning" || next.0 == "i.e." || next == ("which", "means") || next == ("that", "means")
            || next == ("which", "is") && key(span.upperBound + 3) == "when" || next == ("stands", "for") || next == ("in", "other")
        {
            return true
        }
        // Before it: "called", "known as", "named".
        var before = span.lowerBound - 1
        while let word = key(before), ["a", "an", "the"].contains(word) { before -= 1 }
        if let word = key(before), word == "called" || word == "named" || (word == "as" && key(before - 1) == "known") { return true }
        // A sentence that defines it: "A core group is the people who …", "What is a core group?".
        var start = span.lowerBound - 1
        while let word = key(start), ["a", "an", "the", "your", "our"].contains(word) { start -= 1 }
        if start < sentenceWords.lowerBound {
            if let verb = key(span.upperBound + 1), definingVerbs.contains(verb),
                let first = key(span.upperBound + 2), definitionStarts.contains(first) || verb.hasPrefix("mean")
            {
                return true
            }
        } else if let verb = key(start), verb == "is" || verb == "are", key(start - 1) == "what", start - 1 == sentenceWords.lowerBound {
            return true
        }
        // The next sentence says what it means: "This means …".
        if sentence + 1 < text.sentenceWords.count {
            let following = text.sentenceWords[sentence + 1]
            if following.count >= 2 {
                let pair = (keys[words[following.lowerBound].form], keys[words[following.lowerBound + 1].form])
                let third = following.count > 2 ? keys[words[following.lowerBound + 2].form] : ""
                if ["this", "that", "it"].contains(pair.0)
                    && (pair.1 == "means" || pair.1 == "is" && ["when", "where", "a", "an"].contains(third))
                {
                    return true
                }
            }
        }
        return false
    }
}
