import PlanDiagnostics

/// The prose of a Markdown file: paragraphs, headings, list items, quotes and
/// table cells, each a block of its own. Left out: front matter, fenced and
/// indented code, inline code, HTML blocks, comments and tags, link targets
/// and reference definitions, images, bare web addresses, footnote marks,
/// emphasis marks and backslashes before escaped characters.
public enum MarkdownExtractor {
    /// The prose of a Markdown file.
    public static func pieces(of file: SourceFile) -> [ProsePiece] {
        let utf8 = file.utf8
        let lines = TextLines.lines(utf8, in: SourceRange(start: 0, end: utf8.count))
        var pieces: [ProsePiece] = []
        var state = State()
        var index = 0
        if let first = lines.first, TextLines.trimmed(utf8, first).bytes(utf8) == Array("---".utf8) {
            // YAML front matter up to the next `---` or `...`.
            var end = 1
            while end < lines.count {
                let text = TextLines.trimmed(utf8, lines[end]).bytes(utf8)
                if text == Array("---".utf8) || text == Array("...".utf8) { break }
                end += 1
            }
            if end < lines.count { index = end + 1 }
        }
        while index < lines.count {
            let line = lines[index]
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            handle(line, next: next, utf8: utf8, state: &state, pieces: &pieces)
            index += 1
        }
        PlainTextExtractor.endBlock(&pieces)
        return pieces
    }

    private struct State {
        var fence: (byte: UInt8, count: Int)?
        var inComment = false
        var inHTMLBlock = false
        var inIndentedCode = false
        var previousBlank = true
        var inList = false
    }

    private static func handle(_ line: SourceRange, next: SourceRange?, utf8: [UInt8], state: inout State, pieces: inout [ProsePiece]) {
        let content = TextLines.trimmed(utf8, line)
        let text = content.bytes(utf8)
        if let fence = state.fence {
            let run = text.prefix { $0 == fence.byte }.count
            if run >= fence.count, text.dropFirst(run).allSatisfy({ $0 == 0x20 }) { state.fence = nil }
            return
        }
        if state.inComment {
            if contains(text, "-->") { state.inComment = false }
            return
        }
        if content.isEmpty {
            PlainTextExtractor.endBlock(&pieces)
            state.inHTMLBlock = false
            state.previousBlank = true
            return
        }
        if state.inHTMLBlock { return }
        let indent = indentation(utf8, line)
        if state.inIndentedCode, indent >= 4 { return }
        state.inIndentedCode = false
        if indent >= 4, state.previousBlank, !state.inList {
            state.inIndentedCode = true
            return
        }
        defer { state.previousBlank = false }
        if indent == 0, !text.isEmpty, !isListItem(text) { state.inList = state.inList && !state.previousBlank }

        // Fences, comments, HTML, rules and definitions: no prose.
        if let first = text.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~") {
            let run = text.prefix { $0 == first }.count
            if run >= 3 {
                PlainTextExtractor.endBlock(&pieces)
                state.fence = (first, run)
                return
            }
        }
        if text.starts(with: Array("<!--".utf8)) {
            if !contains(text.dropFirst(4), "-->") { state.inComment = true }
            return
        }
        if text.first == UInt8(ascii: "<"), text.count > 1, isLetter(text[1]) || text[1] == UInt8(ascii: "/") {
            PlainTextExtractor.endBlock(&pieces)
            state.inHTMLBlock = true
            return
        }
        if isRule(text) || isSetextUnderline(text) || isTableDelimiter(text) {
            PlainTextExtractor.endBlock(&pieces)
            return
        }
        if text.first == UInt8(ascii: "["), let close = text.firstIndex(of: UInt8(ascii: "]")),
            close + 1 < text.count, text[close + 1] == UInt8(ascii: ":")
        {
            return // [id]: https://…
        }

        var start = content.start
        // Block quotes: `> ` markers.
        while start < content.end, utf8[start] == UInt8(ascii: ">") {
            start += 1
            while start < content.end, utf8[start] == 0x20 { start += 1 }
        }
        var range = SourceRange(start: start, end: content.end)
        var isBlock = false
        var kind: BlockKind?
        if let heading = headingText(utf8, range) {
            PlainTextExtractor.endBlock(&pieces)
            range = heading
            isBlock = true
            kind = .heading
        } else if let itemStart = PlainTextExtractor.listMarkerEnd(utf8, range), !isRule(range.bytes(utf8)) {
            PlainTextExtractor.endBlock(&pieces)
            state.inList = true
            let textStart = skipTaskBox(utf8, itemStart, end: range.end)
            range = SourceRange(start: textStart, end: range.end)
            kind = textStart == itemStart ? .listItem : .checkbox
        }
        let nextIsUnderline = next.map { isSetextUnderline(TextLines.trimmed(utf8, $0).bytes(utf8)) } ?? false
        if range.isEmpty { return }
        if utf8[range.start] == UInt8(ascii: "|") || (next.map { isTableDelimiter(TextLines.trimmed(utf8, $0).bytes(utf8)) } ?? false) {
            PlainTextExtractor.endBlock(&pieces)
            for cell in cells(utf8, range) {
                let first = pieces.count
                InlineMarkdown.pieces(utf8, cell, into: &pieces)
                ProsePiece.mark(&pieces, from: first, as: .tableCell)
                PlainTextExtractor.endBlock(&pieces)
            }
            return
        }
        let first = pieces.count
        InlineMarkdown.pieces(utf8, range, into: &pieces)
        if let kind = nextIsUnderline ? .heading : kind { ProsePiece.mark(&pieces, from: first, as: kind) }
        if isBlock || nextIsUnderline { PlainTextExtractor.endBlock(&pieces) }
    }

    private static func indentation(_ utf8: [UInt8], _ line: SourceRange) -> Int {
        var width = 0
        var index = line.start
        while index < line.end {
            if utf8[index] == 0x20 { width += 1 } else if utf8[index] == 0x09 { width += 4 } else { break }
            index += 1
        }
        return width
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isListItem(_ text: [UInt8]) -> Bool {
        PlainTextExtractor.listMarkerEnd(text, SourceRange(start: 0, end: text.count)) != nil
    }

    /// `***`, `---`, `___` (with spaces between allowed).
    private static func isRule(_ text: [UInt8]) -> Bool {
        guard let first = text.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "-") || first == UInt8(ascii: "_") else {
            return false
        }
        let marks = text.filter { $0 != 0x20 }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    /// `===` or `---` under a heading's text.
    private static func isSetextUnderline(_ text: [UInt8]) -> Bool {
        guard let first = text.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return false }
        return text.count >= 2 && text.allSatisfy { $0 == first }
    }

    /// `| --- | :---: |`.
    private static func isTableDelimiter(_ text: [UInt8]) -> Bool {
        guard text.contains(UInt8(ascii: "-")), text.contains(UInt8(ascii: "|")) || text.first == UInt8(ascii: "-") else { return false }
        return text.allSatisfy { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 0x20 }
    }

    /// The text of an ATX heading (`## Words ##`), if the line is one.
    private static func headingText(_ utf8: [UInt8], _ line: SourceRange) -> SourceRange? {
        var index = line.start
        while index < line.end, utf8[index] == UInt8(ascii: "#"), index - line.start < 7 { index += 1 }
        let level = index - line.start
        guard (1...6).contains(level), index == line.end || utf8[index] == 0x20 || utf8[index] == 0x09 else { return nil }
        var end = line.end
        while end > index, utf8[end - 1] == UInt8(ascii: "#") { end -= 1 }
        if end < line.end, end > index, utf8[end - 1] != 0x20 { end = line.end } // `C#` is text
        return TextLines.trimmed(utf8, SourceRange(start: index, end: end))
    }

    private static func skipTaskBox(_ utf8: [UInt8], _ start: Int, end: Int) -> Int {
        guard start + 3 < end, utf8[start] == UInt8(ascii: "["), utf8[start + 2] == UInt8(ascii: "]"), utf8[start + 3] == 0x20 else {
            return start
        }
        return start + 4
    }

    /// The cells of a table row, split at `|` not escaped by a backslash.
    private static func cells(_ utf8: [UInt8], _ row: SourceRange) -> [SourceRange] {
        var cells: [SourceRange] = []
        var start = row.start
        var index = row.start
        while index < row.end {
            if utf8[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if utf8[index] == UInt8(ascii: "|") {
                cells.append(TextLines.trimmed(utf8, SourceRange(start: start, end: index)))
                start = index + 1
            }
            index += 1
        }
        cells.append(TextLines.trimmed(utf8, SourceRange(start: start, end: row.end)))
        return cells.filter { !$0.isEmpty }
    }

    private static func contains(_ text: some Collection<UInt8>, _ needle: String) -> Bool {
        let needle = Array(needle.utf8)
        let bytes = Array(text)
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }
}

extension SourceRange {
    /// The bytes the range covers.
    func bytes(_ utf8: [UInt8]) -> [UInt8] {
        Array(utf8[start..<end])
    }
}
