import PlanDiagnostics

/// The prose of a plain text file. Lines of a paragraph run on into one
/// another; a paragraph ends at a blank line. A list item (`- `, `* `, `• `,
/// `1. `, `a) `) is a block of its own, without its marker. A heading is a
/// block of its own: a paragraph's first line of at most five words, or of
/// up to ten capitalised words, with no end punctuation, above a line that
/// starts with a capital or a digit, or on its own between blank lines; so
/// is a line in capitals or a line ending in a colon.
public enum PlainTextExtractor {
    /// The prose of a text file.
    public static func pieces(of file: SourceFile) -> [ProsePiece] {
        pieces(of: file.utf8, in: SourceRange(start: 0, end: file.utf8.count))
    }

    /// The pieces of a stretch of text (a whole file, or a Markdown block).
    static func pieces(of utf8: [UInt8], in whole: SourceRange) -> [ProsePiece] {
        var pieces: [ProsePiece] = []
        let lines = TextLines.lines(utf8, in: whole)
        var paragraphStart = true
        for (number, line) in lines.enumerated() {
            let content = TextLines.trimmed(utf8, line)
            if content.isEmpty {
                endBlock(&pieces)
                paragraphStart = true
                continue
            }
            var start = content.start
            var kind = BlockKind.paragraph
            if let afterMarker = listMarkerEnd(utf8, content) {
                endBlock(&pieces)
                start = afterMarker
                paragraphStart = false
                kind = .listItem
            }
            let next = number + 1 < lines.count ? TextLines.trimmed(utf8, lines[number + 1]) : SourceRange.at(whole.end)
            let heading = isHeading(utf8, SourceRange(start: start, end: content.end), firstLine: paragraphStart, next: next)
            if heading { endBlock(&pieces) }
            if heading, kind == .paragraph { kind = .heading }
            pieces.append(ProsePiece(range: SourceRange(start: start, end: content.end), endsBlock: heading || next.isEmpty, kind: kind))
            paragraphStart = heading || next.isEmpty
        }
        endBlock(&pieces)
        return pieces
    }

    static func endBlock(_ pieces: inout [ProsePiece]) {
        if !pieces.isEmpty { pieces[pieces.count - 1].endsBlock = true }
    }

    /// Where the text of a list item starts, if the line is one.
    static func listMarkerEnd(_ utf8: [UInt8], _ line: SourceRange) -> Int? {
        var index = line.start
        guard index < line.end else { return nil }
        let byte = utf8[index]
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
            index += 1
        } else if utf8[index...].starts(with: [0xE2, 0x80, 0xA2]) || utf8[index...].starts(with: [0xE2, 0x80, 0x93]) {
            index += 3 // • and –
        } else {
            var digits = 0
            while index < line.end, utf8[index] >= 0x30, utf8[index] <= 0x39, digits < 3 {
                index += 1
                digits += 1
            }
            if digits == 0 {
                guard index < line.end, utf8[index] >= 0x61 && utf8[index] <= 0x7A else { return nil }
                index += 1
                guard index < line.end, utf8[index] == UInt8(ascii: ")") else { return nil }
            }
            guard index < line.end, utf8[index] == UInt8(ascii: ".") || utf8[index] == UInt8(ascii: ")") else { return nil }
            index += 1
        }
        guard index < line.end, utf8[index] == UInt8(ascii: " ") || utf8[index] == UInt8(ascii: "\t") else { return nil }
        while index < line.end, utf8[index] == UInt8(ascii: " ") || utf8[index] == UInt8(ascii: "\t") { index += 1 }
        return index
    }

    static func isHeading(_ utf8: [UInt8], _ line: SourceRange, firstLine: Bool, next: SourceRange) -> Bool {
        guard !line.isEmpty else { return false }
        let last = utf8[line.end - 1]
        if last == UInt8(ascii: ":") { return true }
        if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ","), UInt8(ascii: ";")].contains(last) {
            return false
        }
        var words = 0
        var capitalised = 0
        var lowerLetters = 0
        var upperLetters = 0
        var atWordStart = true
        for index in line.start..<line.end {
            let byte = utf8[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                atWordStart = true
                continue
            }
            if atWordStart {
                words += 1
                if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) { capitalised += 1 }
                atWordStart = false
            }
            if byte >= 0x61 && byte <= 0x7A { lowerLetters += 1 }
            if byte >= 0x41 && byte <= 0x5A { upperLetters += 1 }
        }
        if lowerLetters == 0 && upperLetters >= 2 && words <= 12 { return true }
        guard firstLine else { return false }
        // A line on its own between blank lines, short or in title case, is a heading too.
        if next.isEmpty { return capitalised > 0 && (words <= 5 || (words <= 10 && capitalised * 2 > words)) }
        let nextByte = utf8[next.start]
        let nextStarts =
            (nextByte >= 0x41 && nextByte <= 0x5A) || (nextByte >= 0x30 && nextByte <= 0x39)
            || listMarkerEnd(utf8, next) != nil || nextByte >= 0x80
        guard nextStarts, capitalised > 0 else { return false }
        return words <= 5 || (words <= 10 && capitalised * 2 > words)
    }
}

/// Lines of a byte buffer.
enum TextLines {
    /// The lines in `whole`, without their line breaks.
    static func lines(_ utf8: [UInt8], in whole: SourceRange) -> [SourceRange] {
        var lines: [SourceRange] = []
        var start = whole.start
        utf8.withUnsafeBufferPointer { bytes in
            var index = whole.start
            while index < whole.end {
                if bytes[index] == 0x0A {
                    lines.append(SourceRange(start: start, end: index))
                    start = index + 1
                }
                index += 1
            }
        }
        if start < whole.end { lines.append(SourceRange(start: start, end: whole.end)) }
        return lines
    }

    /// A line without the spaces, tabs and carriage returns around it.
    static func trimmed(_ utf8: [UInt8], _ line: SourceRange) -> SourceRange {
        var start = line.start
        var end = line.end
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C }
        while start < end, isSpace(utf8[start]) { start += 1 }
        while end > start, isSpace(utf8[end - 1]) { end -= 1 }
        return SourceRange(start: start, end: end)
    }
}
