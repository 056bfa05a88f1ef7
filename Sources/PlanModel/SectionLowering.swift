import Foundation
import PlanDiagnostics
import PlanSyntax

extension PlanLowering {
    static let attributeNames = ["impact", "who", "by", "picture", "phone"]

    mutating func lowerSections(_ nodes: [SectionSyntax], titleRange: SourceRange) -> [Section] {
        var sections: [Section] = []
        var firstLine: [SectionKind: Int] = [:]
        for node in nodes {
            guard let nameNode = node.name else {
                lowerUnknownBody(node)
                continue
            }
            let name = text(nameNode)
            guard let kind = SectionKind(name: name) else {
                let suggestion = Suggestion.closest(to: SectionKind.normalized(name), in: SectionKind.allNames.map(SectionKind.normalized))
                    .flatMap { found in SectionKind.allNames.first { SectionKind.normalized($0) == found } }
                diagnostics.append(ModelDiagnostics.unknownSection(name, suggestion: suggestion, at: nameNode.range))
                lowerUnknownBody(node)
                continue
            }
            var section = Section(kind: kind, heading: PlanText(name, range: nameNode.range))
            lowerBody(node.members, into: &section)
            if let first = firstLine[kind] {
                diagnostics.append(ModelDiagnostics.repeatedSection(kind, firstLine: first, at: nameNode.range))
                continue
            }
            firstLine[kind] = line(of: node.node.range)
            sections.append(section)
        }
        let core: Set<SectionKind> = [.worries, .workingWell, .nextSteps]
        if !sections.contains(where: { core.contains($0.kind) }) {
            diagnostics.append(ModelDiagnostics.noCoreSection(at: titleRange))
        }
        return sections
    }

    /// Checks what can be checked in a section whose kind is not known: its pictures.
    private mutating func lowerUnknownBody(_ section: SectionSyntax) {
        section.node.walk { child in
            if child.kind == .pictureName { _ = resolvePicture(child) }
        }
    }

    private mutating func lowerBody(_ members: [MemberSyntax], into section: inout Section) {
        var currentHouse: House?
        var seenFields: Set<String> = []
        var houses = ThreeHouses()
        var scale = SafetyScale()
        var safetyHouse = SafetyHouse()
        var currentPart: SafetyHousePart?
        var sawList = false
        let kind = section.kind

        for member in members {
            switch (member, kind.holds) {
            case (.quote(let quote), _):
                if let quote = lowerQuote(quote) { section.quotes.append(quote) }

            case (.item(let node), .items):
                if let item = lowerItem(node, in: kind) { section.items.append(item) }
            case (.item(let node), .people):
                if let person = lowerPerson(node, in: kind) { section.people.append(person) }
            case (.item(let node), .scale):
                if let rating = lowerRating(node, in: kind) { scale.ratings.append(rating) }
            case (.item(let node), .houses):
                guard let item = lowerItem(node, in: kind) else { continue }
                if let currentHouse {
                    houses[currentHouse].append(item)
                } else {
                    diagnostics.append(ModelDiagnostics.itemOutsideHouse(at: node.firstLine.content))
                }

            case (.field(let line), .scale):
                let (key, keyRange, value) = field(line)
                guard ["question", "0", "10"].contains(key) else {
                    diagnostics.append(ModelDiagnostics.unknownScaleField(key, at: keyRange))
                    continue
                }
                if !seenFields.insert(key).inserted {
                    diagnostics.append(ModelDiagnostics.repeatedField(key, at: keyRange))
                }
                switch key {
                case "question": scale.question = value
                case "0": scale.zero = value
                default: scale.ten = value
                }
            case (.field(let line), .houses):
                let (key, keyRange, value) = field(line)
                guard let house = House(fieldKey: key) else {
                    let suggestion = Suggestion.closest(to: key, in: House.allCases.map(\.rawValue))
                    diagnostics.append(ModelDiagnostics.unknownHouse(key, suggestion: suggestion, at: keyRange))
                    currentHouse = nil
                    continue
                }
                if !seenFields.insert(house.rawValue).inserted {
                    diagnostics.append(ModelDiagnostics.repeatedField(house.rawValue, at: keyRange))
                }
                currentHouse = house
                if let value {
                    // `dreams: Going to the beach` on one line is one item.
                    houses[house].append(Item(text: value))
                }

            case (.item(let node), .safetyHouse):
                switch currentPart {
                case .inside: if let person = lowerPerson(node, in: kind) { safetyHouse.inside.append(person) }
                case .outside: if let person = lowerPerson(node, in: kind) { safetyHouse.outside.append(person) }
                case .roof: if let item = lowerItem(node, in: kind) { safetyHouse.roof.append(item) }
                case .path, nil:
                    _ = lowerItem(node, in: kind)
                    diagnostics.append(ModelDiagnostics.itemOutsideSafetyHouseList(at: node.firstLine.content))
                }
            case (.field(let line), .safetyHouse):
                let (key, keyRange, value) = field(line)
                guard let part = SafetyHousePart(fieldKey: key) else {
                    let suggestion = Suggestion.closest(to: key, in: SafetyHousePart.allCases.map(\.rawValue))
                    diagnostics.append(ModelDiagnostics.unknownSafetyHouseField(key, suggestion: suggestion, at: keyRange))
                    currentPart = nil
                    continue
                }
                if !seenFields.insert(part.rawValue).inserted {
                    diagnostics.append(ModelDiagnostics.repeatedField(part.rawValue, at: keyRange))
                }
                if part == .path {
                    currentPart = nil
                    guard let value else {
                        diagnostics.append(ModelDiagnostics.emptyAttribute("path", at: keyRange))
                        continue
                    }
                    if let path = safetyPath(value) { safetyHouse.path = path }
                    continue
                }
                sawList = true
                currentPart = part
                if let value {
                    // `roof: Nobody hits anybody` on one line is one item.
                    switch part {
                    case .roof: safetyHouse.roof.append(Item(text: value))
                    case .inside: safetyHouse.inside.append(Self.person(from: value))
                    case .outside, .path: safetyHouse.outside.append(Self.person(from: value))
                    }
                }

            case (.page(let page), .pages):
                if let page = lowerPage(page) { section.pages.append(page) }
            case (.text, .pages), (.field, .pages), (.item, .pages):
                diagnostics.append(ModelDiagnostics.textOutsidePage(at: member.firstLine.content))

            case (.page(let page), _):
                var diagnostic = ModelDiagnostics.unexpectedLine(in: kind, expected: expectation(for: kind), at: page.heading.content)
                diagnostic.help = "'###' pages belong in '## Words and pictures'"
                diagnostics.append(diagnostic)
                lowerBody(page.members, into: &section)
            case (.field(let line), _):
                let (key, keyRange, _) = field(line)
                var diagnostic = ModelDiagnostics.unexpectedLine(in: kind, expected: expectation(for: kind), at: keyRange)
                if Self.attributeNames.contains(key) {
                    diagnostic.help = "put '\(key):' on the line straight after the item it belongs to, indented by two spaces"
                }
                diagnostics.append(diagnostic)
            case (.text(let line), _):
                diagnostics.append(ModelDiagnostics.unexpectedLine(in: kind, expected: expectation(for: kind), at: line.content))
            case (.unexpected, _):
                break
            }
        }
        if kind == .safetyScale { section.scale = scale }
        if kind == .threeHouses { section.houses = houses }
        if kind == .safetyHouse {
            section.safetyHouse = safetyHouse
            if !sawList { diagnostics.append(ModelDiagnostics.emptySafetyHouse(at: section.heading.range)) }
        }
    }

    private func expectation(for kind: SectionKind) -> String {
        switch kind.holds {
        case .items: "items starting with '- '"
        case .people: "people, one a line, starting with '- '"
        case .scale: "'question:', '0:', '10:' and ratings such as '- Mia: 6'"
        case .houses: "'worries:', 'good things:' and 'dreams:', each with items starting with '- '"
        case .pages: "pages starting with '### '"
        case .safetyHouse: "'inside:', 'roof:' and 'outside:', each with items starting with '- ', and 'path: N'"
        }
    }

    /// `6, nearly at the front door`: the place from 0 to 10 and optional words.
    private mutating func safetyPath(_ value: PlanText) -> SafetyPath? {
        let (number, words) = Self.splitFirstComma(value.text)
        let numberRange = SourceRange(start: value.range.start, end: value.range.start + number.utf8.count)
        guard let score = Self.wholeNumber(number), (0...10).contains(score) else {
            diagnostics.append(ModelDiagnostics.invalidPath(number, at: numberRange))
            return nil
        }
        let wordsText = words.map { words in
            PlanText(words, range: SourceRange(start: value.range.end - words.utf8.count, end: value.range.end))
        }
        return SafetyPath(score: score, words: wordsText, range: value.range)
    }

    // MARK: Lines

    /// A field's lower-cased key, the key's range and its value.
    private func field(_ line: LineSyntax) -> (String, SourceRange, PlanText?) {
        let key = line.key.map { Self.normalizedKey(text($0)) } ?? ""
        let value = line.value.map { PlanText(text($0), range: $0.range) }
        return (key, line.key?.range ?? line.node.range, value)
    }

    private mutating func resolvePicture(_ nameNode: SyntaxNode) -> Picture? {
        PictureResolver(context: context).resolve(text(nameNode), at: nameNode.range, diagnostics: &diagnostics)
    }

    private mutating func pictureOf(_ line: LineSyntax) -> Picture? {
        guard let tag = line.pictureTag else { return nil }
        guard let name = tag.name else {
            diagnostics.append(ModelDiagnostics.emptyPicture(at: tag.node.range))
            return nil
        }
        return resolvePicture(name)
    }

    // MARK: Items

    mutating func lowerItem(_ node: ItemSyntax, in kind: SectionKind) -> Item? {
        let first = node.firstLine
        /// The ranges of the item's text, line by line.
        var parts = first.words.map(\.range)
        var picture = pictureOf(first)
        var item = Item(text: PlanText("", range: .at(first.node.range.start)))
        var seen: Set<String> = []

        for following in node.followingLines {
            let line: LineSyntax
            switch following {
            case .continuation(let continuation):
                parts += continuation.words.map(\.range)
                if let found = pictureOf(continuation) { picture = picture ?? found }
                continue
            case .attribute(let attribute):
                line = attribute
            }
            guard let keyNode = line.key else { continue }
            let key = text(keyNode).lowercased()
            guard Self.attributeNames.contains(key) else {
                if key.count >= 4, let suggestion = Suggestion.closest(to: key, in: Self.attributeNames) {
                    diagnostics.append(ModelDiagnostics.unknownAttribute(text(keyNode), suggestion: suggestion, at: keyNode.range))
                } else {
                    // `  Note: she agreed` is text that happens to hold a colon.
                    parts.append(line.content)
                }
                continue
            }
            if !seen.insert(key).inserted {
                diagnostics.append(ModelDiagnostics.repeatedAttribute(key, at: keyNode.range))
                continue
            }
            if key != "picture", !kind.itemAttributes.contains(key), !(key == "phone" && kind.holds == .people) {
                diagnostics.append(ModelDiagnostics.misplacedAttribute(key, in: kind, at: keyNode.range))
                continue
            }
            let valueNode = line.value ?? line.pictureName
            guard let valueNode else {
                diagnostics.append(ModelDiagnostics.emptyAttribute(key, at: keyNode.range))
                continue
            }
            let value = text(valueNode)
            switch key {
            case "picture":
                if let found = resolvePicture(valueNode) { picture = found }
            case "impact":
                item.impact = PlanText(value, range: valueNode.range)
            case "who":
                item.who = Self.names(in: value)
            case "phone":
                let allowed = value.allSatisfy { $0.isASCII && ($0.isNumber || " +()-".contains($0)) }
                if allowed, value.contains(where: \.isNumber) {
                    item.phone = PlanText(value, range: valueNode.range)
                } else {
                    diagnostics.append(ModelDiagnostics.invalidPhone(value, at: valueNode.range))
                }
            default:
                item.by = deadline(value, at: valueNode.range)
            }
        }

        guard let firstPart = parts.first, let lastPart = parts.last else {
            diagnostics.append(ModelDiagnostics.emptyItem(at: first.content))
            return nil
        }
        item.text = PlanText(
            parts.map { file.text(in: $0) }.joined(separator: " "), range: SourceRange(start: firstPart.start, end: lastPart.end))
        item.picture = picture
        return item
    }

    /// `Mum, Dad and Gran` as three names.
    static func names(in value: String) -> [String] {
        value.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private mutating func deadline(_ value: String, at range: SourceRange) -> Deadline? {
        let looksLikeDate = value.first?.isNumber == true && value.allSatisfy { $0.isNumber || $0 == "-" } && value.contains("-")
        if looksLikeDate {
            return date(value, at: range).map(Deadline.date)
        }
        return .words(value)
    }

    // MARK: People, ratings, quotes, pages

    private mutating func lowerPerson(_ node: ItemSyntax, in kind: SectionKind) -> Person? {
        guard let item = lowerItem(node, in: kind) else { return nil }
        let whole = item.text.text
        let start = item.text.range.start
        var head = whole
        var does: PlanText?
        if let colon = whole.range(of: ": ") ?? (whole.hasSuffix(":") ? whole.range(of: ":", options: .backwards) : nil) {
            head = String(whole[..<colon.lowerBound])
            let rest = whole[colon.upperBound...].trimmingCharacters(in: .whitespaces)
            let offset = start + whole.utf8.count - rest.utf8.count
            if !rest.isEmpty { does = PlanText(rest, range: SourceRange(start: offset, end: item.text.range.end)) }
        }
        var name = head.trimmingCharacters(in: .whitespaces)
        var role: String?
        var relationship: String?
        if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            relationship = name[name.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            // `Gran (Mum's mum), retired nurse`: a role may follow the brackets.
            let after = name[name.index(after: close)...].trimmingCharacters(in: .whitespaces)
            if after.hasPrefix(",") {
                let tail = after.dropFirst().trimmingCharacters(in: .whitespaces)
                role = tail.isEmpty ? nil : tail
            }
            name = name[..<open].trimmingCharacters(in: .whitespaces)
        } else {
            let (first, rest) = Self.splitFirstComma(name)
            name = first
            role = rest
        }
        let nameRange = SourceRange(start: start, end: start + name.utf8.count)
        return Person(
            name: PlanText(name, range: nameRange), role: role, relationship: relationship, does: does, picture: item.picture,
            phone: item.phone)
    }

    /// A person written on the same line as a Safety house list: `outside: Dad: only at the family centre`.
    static func person(from value: PlanText) -> Person {
        guard let colon = value.text.range(of: ": ") else { return Person(name: value) }
        let name = value.text[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
        let rest = value.text[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        let nameRange = SourceRange(start: value.range.start, end: value.range.start + name.utf8.count)
        let does = rest.isEmpty ? nil : PlanText(rest, range: SourceRange(start: value.range.end - rest.utf8.count, end: value.range.end))
        return Person(name: PlanText(name, range: nameRange), does: does)
    }

    private mutating func lowerRating(_ node: ItemSyntax, in kind: SectionKind) -> Rating? {
        guard let item = lowerItem(node, in: kind) else { return nil }
        let whole = item.text.text
        guard let colon = whole.lastIndex(of: ":") else {
            diagnostics.append(ModelDiagnostics.malformedRating(at: item.text.range))
            return nil
        }
        let name = whole[..<colon].trimmingCharacters(in: .whitespaces)
        let scoreText = whole[whole.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        let scoreStart = item.text.range.end - scoreText.utf8.count
        guard !name.isEmpty, !scoreText.isEmpty else {
            diagnostics.append(ModelDiagnostics.malformedRating(at: item.text.range))
            return nil
        }
        guard let score = Self.wholeNumber(scoreText), (0...10).contains(score) else {
            diagnostics.append(ModelDiagnostics.invalidRatingScore(scoreText, at: SourceRange(start: scoreStart, end: item.text.range.end)))
            return nil
        }
        return Rating(name: name, score: score, range: item.text.range)
    }

    private mutating func lowerQuote(_ node: LineSyntax) -> Quote? {
        let picture = pictureOf(node)
        guard let words = node.words.first else {
            var diagnostic = ModelDiagnostics.emptyItem(at: node.content)
            diagnostic.message = "this quote has no words"
            diagnostic.help = "write the words after '> ', or delete the line"
            diagnostics.append(diagnostic)
            return nil
        }
        let speaker = node.attribution.map { text($0).dropFirst().dropLast().trimmingCharacters(in: .whitespaces) }
        let (inner, range) = Self.unquoted(text(words), range: words.range)
        return Quote(text: PlanText(inner, range: range), speaker: speaker, picture: picture)
    }

    /// The words without the quotation marks around them.
    static func unquoted(_ value: String, range: SourceRange) -> (String, SourceRange) {
        let pairs: [(Character, Character)] = [("\"", "\""), ("“", "”"), ("«", "»"), ("„", "”"), ("„", "“"), ("'", "'"), ("‘", "’")]
        for (open, close) in pairs where value.count >= 2 && value.first == open && value.last == close {
            let inner = String(value.dropFirst().dropLast())
            let openBytes = String(open).utf8.count
            let closeBytes = String(close).utf8.count
            return (inner, SourceRange(start: range.start + openBytes, end: range.end - closeBytes))
        }
        return (value, range)
    }

    private mutating func lowerPage(_ node: PageSyntax) -> StoryPage? {
        guard let titleNode = node.title else { return nil }
        var page = StoryPage(title: PlanText(text(titleNode), range: titleNode.range))
        for member in node.members {
            switch member {
            case .quote(let line):
                if let quote = lowerQuote(line) { page.quotes.append(quote) }
            case .text(let line), .field(let line):
                let picture = pictureOf(line)
                let content = line.kind == .text ? line.words.first?.range : line.contentWithoutPicture
                if let content { page.lines.append(PlanText(file.text(in: content), range: content)) }
                if let picture {
                    page.pictures.append(picture)
                    page.pictureLines.append(page.lines.count - 1)
                }
            case .item(let node):
                if let item = lowerItem(node, in: .wordsAndPictures) {
                    page.lines.append(item.text)
                    if let picture = item.picture {
                        page.pictures.append(picture)
                        page.pictureLines.append(page.lines.count - 1)
                    }
                }
            case .page, .unexpected:
                break
            }
        }
        return page
    }
}
