import Foundation

/// A worker's document as `planbook import` reads it: headings, paragraphs
/// and bullets, and tables of cells, each with where it came from. Word,
/// Markdown and plain text documents are all read into this one shape.
struct ImportedDocument {
    /// Where a block came from, for the comments in the draft and the list of what was not placed.
    struct Origin: Hashable, CustomStringConvertible {
        var description: String
    }

    struct Line: Hashable {
        var text: String
        var isBullet: Bool
        var origin: Origin
    }

    struct Table: Hashable {
        /// Rows of cells; each cell is its lines (paragraphs or bullets).
        var rows: [[[Line]]]
        var origin: Origin

        func cellText(_ row: Int, _ column: Int) -> String {
            guard row < rows.count, column < rows[row].count else { return "" }
            return rows[row][column].map(\.text).joined(separator: " ")
        }
    }

    enum Block: Hashable {
        case heading(level: Int, text: String, origin: Origin)
        case line(Line)
        case table(Table)
    }

    var blocks: [Block]

    // MARK: Word

    init(word blocks: [WordBlock]) {
        var result: [Block] = []
        var tableNumber = 0
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                let text = Self.clean(paragraph.text)
                guard !text.isEmpty else { continue }
                let origin = Origin(description: "paragraph \(paragraph.number)")
                if let level = paragraph.headingLevel {
                    result.append(.heading(level: level, text: text, origin: origin))
                } else {
                    let (bullet, rest) = Self.bullet(text)
                    result.append(.line(Line(text: rest, isBullet: paragraph.isListItem || bullet, origin: origin)))
                }
            case .table(let rows):
                tableNumber += 1
                let table = rows.enumerated().map { rowIndex, cells in
                    cells.map { paragraphs in
                        paragraphs.compactMap { paragraph -> Line? in
                            let text = Self.clean(paragraph.text)
                            guard !text.isEmpty else { return nil }
                            let (bullet, rest) = Self.bullet(text)
                            return Line(
                                text: rest, isBullet: paragraph.isListItem || bullet,
                                origin: Origin(description: "table \(tableNumber), row \(rowIndex + 1)"))
                        }
                    }
                }
                result.append(.table(Table(rows: table, origin: Origin(description: "table \(tableNumber)"))))
            }
        }
        self.blocks = result
    }

    // MARK: Markdown and plain text

    /// Markdown (`#` headings, `-`/`*`/`1.` lists, `|` tables) or plain text
    /// (the same, and headings guessed: a short line ending with `:`, a line
    /// underlined with `===` or `---`, or a short line in capitals).
    init(text: String, markdown: Bool) {
        var result: [Block] = []
        var paragraph: [String] = []
        var paragraphStart = 0
        var tableRows: [(cells: [String], line: Int)] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

        func origin(_ line: Int) -> Origin { Origin(description: "line \(line)") }
        func flushParagraph() {
            if !paragraph.isEmpty {
                result.append(
                    .line(Line(text: Self.clean(paragraph.joined(separator: " ")), isBullet: false, origin: origin(paragraphStart))))
            }
            paragraph = []
        }
        func flushTable() {
            guard !tableRows.isEmpty else { return }
            let rows = tableRows.map { row in
                row.cells.map { cell -> [Line] in
                    let text = Self.clean(cell)
                    return text.isEmpty ? [] : [Line(text: text, isBullet: false, origin: origin(row.line))]
                }
            }
            result.append(.table(Table(rows: rows, origin: origin(tableRows[0].line))))
            tableRows = []
        }

        var index = 0
        while index < lines.count {
            let number = index + 1
            let raw = lines[index]
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            let next = index + 1 < lines.count ? lines[index + 1].trimmingCharacters(in: .whitespaces) : ""
            index += 1
            if trimmed.hasPrefix("|") || (!markdown && raw.contains("\t") && raw.split(separator: "\t").count >= 2) {
                flushParagraph()
                let cells =
                    trimmed.hasPrefix("|")
                    ? Self.pipeCells(trimmed) : raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if !cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).allSatisfy { "-:".contains($0) } }) {
                    tableRows.append((cells, number))
                }
                continue
            }
            flushTable()
            if trimmed.isEmpty {
                flushParagraph()
                continue
            }
            if let level = Self.markdownHeading(trimmed) {
                flushParagraph()
                result.append(.heading(level: level.level, text: Self.clean(level.text), origin: origin(number)))
                continue
            }
            if !next.isEmpty, next.count >= 3, next.allSatisfy({ $0 == "=" }) || next.allSatisfy({ $0 == "-" }) {
                flushParagraph()
                result.append(.heading(level: next.first == "=" ? 1 : 2, text: Self.clean(trimmed), origin: origin(number)))
                index += 1
                continue
            }
            let (bullet, rest) = Self.bullet(trimmed)
            if bullet {
                flushParagraph()
                result.append(.line(Line(text: Self.clean(rest), isBullet: true, origin: origin(number))))
                continue
            }
            if !markdown, paragraph.isEmpty, Self.looksLikeHeading(trimmed) {
                result.append(
                    .heading(level: 2, text: Self.clean(String(trimmed.dropLast(trimmed.hasSuffix(":") ? 1 : 0))), origin: origin(number)))
                continue
            }
            // Mappings are written a line an idea: a line joins the one before only when
            // it carries on its sentence (that line has no end mark, this one starts in lower case).
            if let last = paragraph.last, !Self.continues(last, with: trimmed) { flushParagraph() }
            if paragraph.isEmpty { paragraphStart = number }
            paragraph.append(trimmed)
        }
        flushParagraph()
        flushTable()
        self.blocks = result
    }

    // MARK: Helpers

    /// Spaces folded, Markdown emphasis and Word's odd spaces taken off.
    static func clean(_ text: String) -> String {
        let unspaced = text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{200B}", with: "")
        var folded = unspaced.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for marker in ["**", "__"] { folded = folded.replacingOccurrences(of: marker, with: "") }
        return folded
    }

    /// Whether a line starts with a bullet or a number (`- `, `* `, `• `, `1. `, `2) `), and the rest.
    static func bullet(_ line: String) -> (Bool, String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        for marker in ["- ", "* ", "+ ", "• ", "· ", "– ", "▪ "] where trimmed.hasPrefix(marker) {
            return (true, String(trimmed.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces))
        }
        if trimmed.hasPrefix("•") { return (true, String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)) }
        let digits = trimmed.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let rest = trimmed.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
                return (true, String(rest.dropFirst(2)).trimmingCharacters(in: .whitespaces))
            }
        }
        return (false, trimmed)
    }

    static func markdownHeading(_ line: String) -> (level: Int, text: String)? {
        let hashes = line.prefix { $0 == "#" }
        guard !hashes.isEmpty, hashes.count <= 6, line.dropFirst(hashes.count).hasPrefix(" ") else { return nil }
        return (
            hashes.count,
            String(line.dropFirst(hashes.count)).trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "#"))
        )
    }

    /// A plain-text heading: a short line ending with a colon and nothing after it, or a short line in capitals.
    static func looksLikeHeading(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count <= 8, !line.hasSuffix("."), !line.hasPrefix("\""), !line.hasPrefix("“") else { return false }
        if line.hasSuffix(":") || line.hasSuffix("?") { return true }
        let letters = line.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy(\.isUppercase)
    }

    /// Whether `next` carries on the sentence of `line`, as a wrapped line does.
    static func continues(_ line: String, with next: String) -> Bool {
        guard let end = line.last, !".?!:;\"”)".contains(end) else { return false }
        return next.first?.isLowercase == true
    }

    static func pipeCells(_ line: String) -> [String] {
        var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        return cells
    }
}
