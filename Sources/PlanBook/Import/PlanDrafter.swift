import Foundation
import PlanModel

/// A plan drafted from a worker's document: the `.plan` text, and what could not be placed.
public struct PlanDraft: Sendable {
    /// A part of the document the draft leaves out, with where it stood.
    public struct Unplaced: Sendable, Hashable {
        public var origin: String
        public var text: String
    }

    public var text: String
    public var unplaced: [Unplaced]
    /// How many `// check:` comments the draft holds.
    public var guesses: Int
    /// How many items, people, ratings and quotes it placed.
    public var placed: Int
}

/// Turns an `ImportedDocument` into a draft plan: details from a details
/// table or `Name: value` lines, each paragraph or bullet an item of the
/// section its heading, column or row names, ratings from `Name: N` lines or
/// a table, and the child's words in quotation marks as quotes. Everything
/// it is not sure of gets a `// check:` comment above it.
struct PlanDrafter {
    /// The date the age is worked out at when the document has no meeting date.
    var today: PlanDate?

    private enum Detail: Hashable {
        case child, birth, age, worker, date, language
    }

    private struct Entry {
        var line: String
        var attributes: [String] = []
        var check: String?
    }

    private var details: [Detail: (value: String, origin: ImportedDocument.Origin)] = [:]
    private var sections: [SectionKind: [Entry]] = [:]
    private var unplaced: [PlanDraft.Unplaced] = []
    private var guesses = 0

    init(today: PlanDate?) {
        self.today = today
    }

    // MARK: Drafting

    mutating func draft(_ document: ImportedDocument, source: String) -> PlanDraft {
        var current: (kind: SectionKind, guessed: String?)?
        var childsWords = false
        for block in document.blocks {
            switch block {
            case .heading(_, let text, let origin):
                if let kind = Self.section(named: text) {
                    current = (kind.kind, kind.exact ? nil : "'\(text)' (\(origin)) read as \(kind.kind.title)")
                    childsWords = false
                } else if Self.isChildsWordsHeading(text) {
                    current = (.workingWell, "the child's words under '\(text)' (\(origin)) put in Working well")
                    childsWords = true
                } else if Self.isDetailsHeading(text) || Self.isTitle(text) {
                    current = nil
                    childsWords = false
                } else {
                    unplaced.append(.init(origin: origin.description, text: text))
                    current = nil
                    childsWords = false
                }
            case .line(let line):
                // A short line that is only a section's name is its heading (`Scaling`).
                if !line.isBullet, line.text.split(separator: " ").count <= 4, let kind = Self.section(named: line.text), kind.exact {
                    current = (kind.kind, nil)
                    childsWords = false
                    continue
                }
                place(line, in: current, childsWords: childsWords)
            case .table(let table):
                place(table, current: current)
            }
        }
        return finish(source: source)
    }

    /// A paragraph or bullet: a detail, a quote, a rating, or an item of the current section.
    private mutating func place(
        _ line: ImportedDocument.Line, in current: (kind: SectionKind, guessed: String?)?, childsWords: Bool = false
    ) {
        let text = line.text
        if let (detail, value) = Self.detail(in: text) {
            note(detail, value, line.origin)
            return
        }
        if let (label, rest) = Self.labelled(text), let kind = Self.section(named: label) {
            // `Danger: …` or `Next steps: …` inside another part of the document.
            if rest.isEmpty { return }
            add(
                ImportedDocument.Line(text: rest, isBullet: line.isBullet, origin: line.origin),
                to: kind.kind, guessed: kind.exact ? nil : "'\(label)' (\(line.origin)) read as \(kind.kind.title)")
            return
        }
        if let quote = Self.quote(in: text) ?? (childsWords ? Self.Quote(words: text, speaker: nil) : nil) {
            let kind = current?.kind ?? .workingWell
            var entry = Entry(line: "> \"\(quote.words)\"" + (quote.speaker.map { " (\($0))" } ?? ""))
            if current == nil || childsWords || Self.holdsQuotesBadly(kind) {
                entry.check = "the child's words (\(line.origin)) put in \(Self.quoteSection(kind).title)"
            }
            append(entry, to: Self.quoteSection(kind))
            return
        }
        guard let current else {
            unplaced.append(.init(origin: line.origin.description, text: text))
            return
        }
        add(line, to: current.kind, guessed: current.guessed)
    }

    /// One line into a section, shaped as that section's lines are.
    private mutating func add(_ line: ImportedDocument.Line, to kind: SectionKind, guessed: String?) {
        let text = Self.safeLine(line.text)
        guard !text.isEmpty else { return }
        switch kind.holds {
        case .scale:
            if let rating = Self.rating(in: text) {
                append(
                    Entry(
                        line: "- \(rating.name): \(rating.score)",
                        check: rating.exact ? guessed : "rating read from '\(text)' (\(line.origin))"), to: kind)
            } else if let end = Self.scaleEnd(in: text) {
                append(Entry(line: "\(end.key): \(end.words)", check: guessed), to: kind)
            } else if text.hasSuffix("?"), sections[kind]?.contains(where: { $0.line.hasPrefix("question:") }) != true {
                append(Entry(line: "question: \(text)", check: "the scaling question (\(line.origin))"), to: kind)
            } else {
                unplaced.append(.init(origin: line.origin.description, text: line.text))
            }
        case .houses, .safetyHouse, .pages:
            unplaced.append(.init(origin: line.origin.description, text: line.text))
        case .items, .people:
            var entry = Entry(line: "- " + text, check: guessed)
            if kind == .nextSteps {
                if let who = Self.who(in: text) {
                    entry.attributes.append("who: \(who)")
                    entry.check = [guessed, "who: read from the words"].compactMap { $0 }.joined(separator: "; ")
                }
                if let by = Self.byDate(in: text) {
                    entry.attributes.append("by: \(by)")
                    entry.check = [entry.check, "by: read from the words"].compactMap { $0 }.joined(separator: "; ")
                }
            }
            append(entry, to: kind)
        }
    }

    /// A table: details, the three columns, rows named by section, or ratings.
    private mutating func place(_ table: ImportedDocument.Table, current: (kind: SectionKind, guessed: String?)?) {
        var rows = table.rows.filter { !$0.allSatisfy(\.isEmpty) }
        guard !rows.isEmpty else { return }
        // Details rows (`Child's name | Mia`) anywhere in the table.
        rows = rows.filter { cells in
            guard cells.count >= 2, let key = cells[0].first?.text, let detail = Self.detailKey(key) else { return true }
            let value = cells[1...].flatMap { $0 }.map(\.text).joined(separator: " ")
            if !value.isEmpty { note(detail, value, cells[0][0].origin) }
            return false
        }
        // A row that only says the table holds details.
        rows = rows.filter { cells in !Self.isDetailsHeading(cells.flatMap { $0 }.map(\.text).joined(separator: " ")) }
        guard let header = rows.first else { return }
        let columns = header.map { cell in cell.first.flatMap { Self.section(named: $0.text) } }
        if header.count >= 2, columns.compactMap({ $0 }).count >= 2 {
            // The three columns: a section a column, its cells' lines its items.
            for row in rows.dropFirst() {
                for (column, cell) in row.enumerated() {
                    guard column < columns.count, let kind = columns[column] else {
                        for line in cell { unplaced.append(.init(origin: line.origin.description, text: line.text)) }
                        continue
                    }
                    let guessed =
                        kind.exact ? nil : "column '\(header[column].first?.text ?? "")' (\(table.origin)) read as \(kind.kind.title)"
                    var cellKind = (kind: kind.kind, guessed: guessed)
                    for line in cell {
                        // A line that only names a section (`Danger`) switches the rest of the cell to it.
                        if let switched = Self.section(named: line.text.trimmingCharacters(in: CharacterSet(charactersIn: ":"))) {
                            cellKind = (
                                switched.kind, switched.exact ? nil : "'\(line.text)' (\(line.origin)) read as \(switched.kind.title)"
                            )
                            continue
                        }
                        place(line, in: cellKind)
                    }
                }
            }
            return
        }
        for row in rows {
            let label = row.first?.map(\.text).joined(separator: " ") ?? ""
            if row.count >= 2, let kind = Self.section(named: label) {
                // A row a section: `Danger statement | Mum and Dad …`.
                let guessed =
                    kind.exact
                    ? nil : "row '\(label)' (\(row[0].first?.origin.description ?? table.origin.description)) read as \(kind.kind.title)"
                for line in row.dropFirst().flatMap({ $0 }) { place(line, in: (kind.kind, guessed)) }
            } else if row.count >= 2, let score = Self.score(row[1].map(\.text).joined(separator: " ")), !label.isEmpty,
                label.split(separator: " ").count <= 5
            {
                // A scaling table: `Mum | 6`.
                let origin = row[0].first?.origin.description ?? table.origin.description
                let sure = current?.kind == .safetyScale
                append(
                    Entry(line: "- \(Self.safeLine(label)): \(score)", check: sure ? nil : "rating from the table (\(origin))"),
                    to: .safetyScale)
            } else if let current {
                for line in row.flatMap({ $0 }) { place(line, in: current) }
            } else {
                for line in row.flatMap({ $0 }) { unplaced.append(.init(origin: line.origin.description, text: line.text)) }
            }
        }
    }

    private mutating func note(_ detail: Detail, _ value: String, _ origin: ImportedDocument.Origin) {
        if details[detail] == nil { details[detail] = (value, origin) }
    }

    private mutating func append(_ entry: Entry, to kind: SectionKind) {
        sections[kind, default: []].append(entry)
    }

    // MARK: Writing the plan

    private mutating func finish(source: String) -> PlanDraft {
        var lines = [
            "// Drafted by planbook import from \(source).",
            "// Check every line marked '// check:', then run: planbook check THIS-FILE",
        ]
        func check(_ why: String) {
            lines.append("// check: \(why)")
            guesses += 1
        }

        // The meeting date is the plan's date, and the age is worked out at it.
        let meeting = details[.date].flatMap { Self.date(from: $0.value) }
        let childName = details[.child].map { Self.safeLine($0.value) }.flatMap { $0.isEmpty ? nil : $0 }
        let firstName = childName.map { String($0.split(separator: " ").first ?? Substring($0)) } ?? "Child"
        check("the title, made from the child's first name")
        lines.append("# \(firstName)'s safety plan")
        lines.append("")
        if let childName {
            lines.append("child: \(childName)")
        } else {
            check("no child's name was found: write it here")
            lines.append("child: \(firstName)")
        }
        var age: Int?
        if let birth = details[.birth], let born = Self.date(from: birth.value) {
            if let at = meeting ?? today {
                let years = at.year - born.year - ((at.month, at.day) < (born.month, born.day) ? 1 : 0)
                if (0...18).contains(years) {
                    age = years
                    check(
                        "age \(years) worked out from the date of birth \(birth.value) at \(meeting == nil ? "today's date" : "the meeting date") \(at)"
                    )
                }
            }
        }
        if age == nil, let written = details[.age], let years = Int(written.value.prefix { $0.isNumber }), (0...18).contains(years) {
            age = years
        }
        if let age {
            lines.append("age: \(age)")
        } else {
            check("no date of birth or age was found: write the child's age here")
            lines.append("age: 8")
        }
        if let meeting {
            lines.append("date: \(meeting)")
        } else if let written = details[.date] {
            check("the date '\(written.value)' (\(written.origin)) could not be read: write it as YYYY-MM-DD")
            lines.append("// date: \(Self.safeLine(written.value))")
        }
        if let worker = details[.worker] {
            lines.append("written by: \(Self.safeLine(worker.value))")
        }
        if let language = details[.language] {
            if let tag = Self.languageTag(language.value) {
                check("language from '\(language.value)'")
                lines.append("language: \(tag)")
            } else {
                unplaced.append(.init(origin: language.origin.description, text: language.value))
            }
        }

        var placed = 0
        for kind in SectionKind.allCases {
            guard let entries = sections[kind], !entries.isEmpty else { continue }
            lines.append("")
            lines.append("## \(kind.title)")
            for entry in entries {
                if let why = entry.check { check(why) }
                lines.append(entry.line)
                for attribute in entry.attributes { lines.append("  " + attribute) }
                if entry.line.hasPrefix("- ") || entry.line.hasPrefix("> ") { placed += 1 }
            }
        }
        if !unplaced.isEmpty {
            lines.append("")
            lines.append(
                "// Not placed (see what planbook import printed): \(unplaced.count) part\(unplaced.count == 1 ? "" : "s") of \(source).")
        }
        return PlanDraft(text: lines.joined(separator: "\n") + "\n", unplaced: unplaced, guesses: guesses, placed: placed)
    }

    // MARK: Recognising things

    /// The section a heading, column or row label names: exactly by the
    /// language's names, else by the words workers use (a guess).
    static func section(named label: String) -> (kind: SectionKind, exact: Bool)? {
        let trimmed = label.trimmingCharacters(in: CharacterSet(charactersIn: " :?.-–"))
        guard !trimmed.isEmpty, trimmed.split(separator: " ").count <= 8 else { return nil }
        if let kind = SectionKind(name: trimmed) { return (kind, true) }
        let words = " " + SectionKind.normalized(trimmed) + " "
        for (keys, kind) in Self.sectionWords where keys.contains(where: { words.contains($0) }) {
            return (kind, false)
        }
        return nil
    }

    /// Words that name a section, checked in this order (the first that fits wins).
    static let sectionWords: [([String], SectionKind)] = [
        ([" who is worried", " worried people", " people worried", " who are worried"], .whoIsWorried),
        ([" complicat"], .complicatingFactors),
        ([" harm", " what happened", " history"], .whatHappened),
        ([" strength", " working well", " going well", " existing safety", " protective", " positives"], .workingWell),
        ([" goal"], .safetyGoals),
        ([" scal", " score", " rating", " how safe"], .safetyScale),
        ([" network", " people who help", " support network", " safe people"], .safetyNetwork),
        ([" danger", " worr", " concern", " risk"], .worries),
        ([" next step", " needs to happen", " need to happen", " action", " safety plan", " what will happen", " plan "], .nextSteps),
    ]

    /// Whether `text` has one of `phrases` as whole words.
    static func has(_ text: String, _ phrases: [String]) -> Bool {
        let words = " " + SectionKind.normalized(text) + " "
        return phrases.contains { words.contains(" " + $0 + " ") }
    }

    static func isChildsWordsHeading(_ text: String) -> Bool {
        text.split(separator: " ").count <= 8
            && has(text, ["words", "voice", "says", "said", "views", "view", "wishes and feelings", "own words"])
    }

    static func isDetailsHeading(_ text: String) -> Bool {
        has(text, ["details", "about the child", "family information", "information"])
    }

    static func isTitle(_ text: String) -> Bool {
        has(text, ["mapping", "assessment", "safety plan for", "meeting", "record"])
    }

    /// `Key: value` with a detail's key.
    private static func detail(in text: String) -> (Detail, String)? {
        guard let (key, value) = labelled(text), !value.isEmpty, let detail = detailKey(key) else { return nil }
        return (detail, value)
    }

    private static func detailKey(_ key: String) -> Detail? {
        let words = SectionKind.normalized(key)
        switch words {
        case "child", "childs name", "child name", "name of child", "name of the child", "name", "full name", "young person",
            "young persons name", "child s name", "childs full name":
            return .child
        case "date of birth", "dob", "d o b", "born", "childs date of birth", "child s date of birth":
            return .birth
        case "age", "childs age", "child s age":
            return .age
        case "worker", "social worker", "allocated worker", "lead professional", "author", "written by", "completed by",
            "practitioner", "key worker", "allocated social worker", "lead worker":
            return .worker
        case "date of meeting", "meeting date", "date", "date of mapping", "mapping date", "date of assessment",
            "assessment date", "date completed", "date of plan", "plan date", "meeting held on":
            return .date
        case "language", "first language", "childs language", "child s language", "preferred language":
            return .language
        default:
            return nil
        }
    }

    /// `Label: rest` where the label is a few words (not a sentence).
    static func labelled(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = String(text[..<colon]).trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, label.split(separator: " ").count <= 5 else { return nil }
        return (label, String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
    }

    struct Quote {
        var words: String
        var speaker: String?
    }

    /// Words in quotation marks, with who said them when the line says
    /// (`"I like Gran." – Mia`, `"…" (Mia)`, `Mia said: "…"`).
    static func quote(in text: String) -> Quote? {
        let opening: [Character: Character] = ["\"": "\"", "“": "”", "‘": "’", "«": "»", "„": "“"]
        guard let start = text.firstIndex(where: { opening[$0] != nil }) else { return nil }
        let close = opening[text[start]]!
        let afterStart = text.index(after: start)
        guard let end = text[afterStart...].lastIndex(where: { $0 == close || $0 == "”" || $0 == "\"" }), end > afterStart else {
            return nil
        }
        let words = text[afterStart..<end].trimmingCharacters(in: .whitespaces)
        let before = text[..<start].trimmingCharacters(in: .whitespaces)
        let after = text[text.index(after: end)...].trimmingCharacters(in: CharacterSet(charactersIn: " .,-–—()"))
        // The quote must be most of the line: not a word in quotes inside a sentence.
        guard words.count >= 3, words.count * 2 >= text.count - 12 || before.hasSuffix(":") || before.hasSuffix("said") else { return nil }
        var speaker: String?
        let sayers = before.replacingOccurrences(of: ":", with: "").replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: " said", with: "").replacingOccurrences(of: " says", with: "").trimmingCharacters(in: .whitespaces)
        if !after.isEmpty, after.split(separator: " ").count <= 3 {
            speaker = after.replacingOccurrences(of: "said ", with: "")
        } else if !sayers.isEmpty, sayers.split(separator: " ").count <= 3 {
            speaker = sayers
        }
        return Quote(words: safeLine(words.replacingOccurrences(of: "\"", with: "'")), speaker: speaker.map(safeLine))
    }

    static func holdsQuotesBadly(_ kind: SectionKind) -> Bool {
        [.safetyScale, .threeHouses, .safetyHouse, .wordsAndPictures].contains(kind)
    }

    static func quoteSection(_ kind: SectionKind) -> SectionKind {
        holdsQuotesBadly(kind) ? .workingWell : kind
    }

    /// `Mum: 6`, `Mum – 6/10`, `Mum 6 out of 10`.
    static func rating(in text: String) -> (name: String, score: Int, exact: Bool)? {
        if let colon = text.lastIndex(of: ":") {
            let name = text[..<colon].trimmingCharacters(in: .whitespaces)
            if let score = score(String(text[text.index(after: colon)...])), !name.isEmpty, name.split(separator: " ").count <= 5 {
                return (safeLine(name), score, true)
            }
        }
        for separator in [" – ", " - ", " — ", " = "] {
            if let range = text.range(of: separator, options: .backwards) {
                let name = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                if let score = score(String(text[range.upperBound...])), !name.isEmpty, name.split(separator: " ").count <= 5 {
                    return (safeLine(name), score, false)
                }
            }
        }
        return nil
    }

    /// `6`, `6/10`, `6 out of 10`: a whole number from 0 to 10.
    static func score(_ text: String) -> Int? {
        var value = text.trimmingCharacters(in: .whitespaces).lowercased()
        for suffix in ["/10", "/ 10", " out of 10", "out of 10"] where value.hasSuffix(suffix) {
            value = String(value.dropLast(suffix.count))
        }
        value = value.trimmingCharacters(in: .whitespaces)
        guard let number = Int(value), (0...10).contains(number) else { return nil }
        return number
    }

    /// `0 = Mia cannot live at home`, `10 means …`: an end of the scale.
    static func scaleEnd(in text: String) -> (key: String, words: String)? {
        for key in ["10", "0"] {
            for separator in [" = ", " means ", ": ", " is ", " - ", " – "] where text.hasPrefix(key + separator) {
                let words = String(text.dropFirst(key.count + separator.count)).trimmingCharacters(in: .whitespaces)
                if !words.isEmpty { return (key, safeLine(words)) }
            }
        }
        return nil
    }

    /// Who a next step names first: `Gran will …` → Gran, `Mum and Dad will …` → Mum and Dad.
    static func who(in text: String) -> String? {
        guard let range = text.range(of: " will ") else { return nil }
        let subject = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        let words = subject.split(separator: " ")
        guard !words.isEmpty, words.count <= 4, words.first?.first?.isUppercase == true,
            !["It", "This", "There", "We", "They", "He", "She", "You", "I"].contains(String(words[0]))
        else { return nil }
        return safeLine(subject)
    }

    /// A date after `by` in a next step, as `YYYY-MM-DD`.
    static func byDate(in text: String) -> String? {
        guard let range = text.range(of: " by ", options: [.caseInsensitive, .backwards]) else { return nil }
        let rest = text[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        let candidate = rest.split(separator: " ").prefix(3).joined(separator: " ")
        for length in stride(from: 3, through: 1, by: -1) {
            let words = candidate.split(separator: " ").prefix(length).joined(separator: " ")
            if let date = date(from: words) { return date.description }
        }
        return nil
    }

    /// A date written `2026-03-02`, `02/03/2026`, `2.3.26` (day first, as in the UK) or `2 March 2026`.
    static func date(from text: String) -> PlanDate? {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " .,"))
        let parts = trimmed.split(whereSeparator: { "/.-".contains($0) }).map(String.init)
        if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), let a = Int(parts[0]), let b = Int(parts[1]),
            var c = Int(parts[2])
        {
            if parts[0].count == 4 { return makeDate(a, b, c) }
            if parts[2].count == 2 { c += c < 50 ? 2000 : 1900 }
            return makeDate(c, b, a)
        }
        let words = trimmed.replacingOccurrences(of: ",", with: " ").split(separator: " ").map { $0.lowercased() }
        guard words.count == 3 else { return nil }
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        ]
        func month(_ word: String) -> Int? {
            months.firstIndex { $0 == word || (word.count >= 3 && $0.hasPrefix(word)) }.map { $0 + 1 }
        }
        func day(_ word: String) -> Int? { Int(word.prefix { $0.isNumber }) }
        if let d = day(words[0]), let m = month(words[1]), let y = Int(words[2]) { return makeDate(y, m, d) }
        if let m = month(words[0]), let d = day(words[1]), let y = Int(words[2]) { return makeDate(y, m, d) }
        return nil
    }

    /// A real calendar date, or nil.
    static func makeDate(_ year: Int, _ month: Int, _ day: Int) -> PlanDate? {
        guard (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return PlanDate(iso: "\(year)-\(pad(month))-\(pad(day))")
    }

    static func languageTag(_ name: String) -> String? {
        let tags = [
            "english": "en-GB", "polish": "pl", "arabic": "ar", "urdu": "ur", "romanian": "ro", "punjabi": "pa",
            "welsh": "cy", "somali": "so", "bengali": "bn", "portuguese": "pt", "lithuanian": "lt", "french": "fr", "spanish": "es",
        ]
        return tags[name.trimmingCharacters(in: .whitespaces).lowercased()]
    }

    /// Words that are safe on one line of a plan: one line, no `[picture:` tag a plan would read, not starting with a marker.
    static func safeLine(_ text: String) -> String {
        var line = text.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        if let tag = line.range(of: "[picture", options: .caseInsensitive) { line.replaceSubrange(tag, with: "(picture") }
        while let first = line.first, "#>-*+•/".contains(first) { line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces) }
        return line
    }
}
