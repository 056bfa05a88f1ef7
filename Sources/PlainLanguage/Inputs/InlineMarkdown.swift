import PlanDiagnostics

/// The prose inside one line of Markdown: the words a reader sees, without
/// code spans, link targets, images, tags, web addresses or emphasis marks.
enum InlineMarkdown {
    /// Appends the prose of `range` as pieces that run on (no block ends).
    static func pieces(_ utf8: [UInt8], _ range: SourceRange, into pieces: inout [ProsePiece]) {
        var segmentStart = range.start
        var index = range.start
        let end = range.end
        func flush(upTo stop: Int) {
            if stop > segmentStart { pieces.append(ProsePiece(range: SourceRange(start: segmentStart, end: stop), endsBlock: false)) }
        }
        func skip(to resume: Int) {
            flush(upTo: index)
            index = resume
            segmentStart = resume
        }
        while index < end {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "\\") where index + 1 < end:
                flush(upTo: index)
                segmentStart = index + 1
                index += 2
            case UInt8(ascii: "`"):
                let run = count(utf8, UInt8(ascii: "`"), from: index, end: end)
                if let close = findRun(utf8, UInt8(ascii: "`"), length: run, from: index + run, end: end) {
                    skip(to: close + run)
                } else {
                    skip(to: index + run)
                }
            case UInt8(ascii: "!") where index + 1 < end && utf8[index + 1] == UInt8(ascii: "["):
                if let (_, after) = link(utf8, from: index + 1, end: end) {
                    skip(to: after) // images are not prose
                } else {
                    index += 1
                }
            case UInt8(ascii: "["):
                if index + 1 < end, utf8[index + 1] == UInt8(ascii: "^"), let close = utf8[index..<end].firstIndex(of: UInt8(ascii: "]")) {
                    skip(to: close + 1) // footnote mark
                } else if let (text, after) = link(utf8, from: index, end: end) {
                    // The link's words, then its target skipped.
                    flush(upTo: index)
                    Self.pieces(utf8, text, into: &pieces)
                    index = after
                    segmentStart = after
                } else {
                    skip(to: index + 1)
                }
            case UInt8(ascii: "]"):
                skip(to: index + 1)
            case UInt8(ascii: "<"):
                if let close = utf8[index..<end].firstIndex(of: UInt8(ascii: ">")), close > index + 1,
                    isTagStart(utf8[index + 1])
                {
                    skip(to: close + 1)
                } else {
                    index += 1
                }
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                let run = count(utf8, byte, from: index, end: end)
                let inWord =
                    byte == UInt8(ascii: "_") && index > range.start && isWordByte(utf8[index - 1])
                    && index + run < end && isWordByte(utf8[index + run])
                if inWord { index += run } else { skip(to: index + run) }
            case UInt8(ascii: "&"):
                if let semicolon = utf8[index..<min(end, index + 10)].firstIndex(of: UInt8(ascii: ";")), semicolon > index + 1,
                    utf8[(index + 1)..<semicolon].allSatisfy({ isWordByte($0) || $0 == UInt8(ascii: "#") })
                {
                    skip(to: semicolon + 1)
                } else {
                    index += 1
                }
            case UInt8(ascii: "h"), UInt8(ascii: "w"):
                if let after = bareAddressEnd(utf8, from: index, end: end), index == range.start || !isWordByte(utf8[index - 1]) {
                    skip(to: after)
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        flush(upTo: end)
    }

    /// `[text](target)`, `[text][ref]` or `[text]`: the text and where the link ends.
    private static func link(_ utf8: [UInt8], from open: Int, end: Int) -> (text: SourceRange, after: Int)? {
        var depth = 0
        var index = open
        var close: Int?
        while index < end {
            if utf8[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if utf8[index] == UInt8(ascii: "[") { depth += 1 }
            if utf8[index] == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 {
                    close = index
                    break
                }
            }
            index += 1
        }
        guard let close else { return nil }
        let text = SourceRange(start: open + 1, end: close)
        let after = close + 1
        if after < end, utf8[after] == UInt8(ascii: "(") {
            var parens = 0
            var target = after
            while target < end {
                if utf8[target] == UInt8(ascii: "(") { parens += 1 }
                if utf8[target] == UInt8(ascii: ")") {
                    parens -= 1
                    if parens == 0 { return (text, target + 1) }
                }
                target += 1
            }
            return nil
        }
        if after < end, utf8[after] == UInt8(ascii: "["), let refClose = utf8[after..<end].firstIndex(of: UInt8(ascii: "]")) {
            return (text, refClose + 1)
        }
        return (text, after)
    }

    private static func bareAddressEnd(_ utf8: [UInt8], from start: Int, end: Int) -> Int? {
        let prefixes = ["https://", "http://", "www."].map { Array($0.utf8) }
        guard prefixes.contains(where: { utf8[start..<end].starts(with: $0) }) else { return nil }
        var index = start
        while index < end, utf8[index] != 0x20, utf8[index] != 0x09, utf8[index] != UInt8(ascii: ")") { index += 1 }
        // A full stop or comma right after an address ends the sentence, not the address.
        while index > start, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";")].contains(utf8[index - 1]) { index -= 1 }
        return index
    }

    private static func isTagStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!")
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    private static func count(_ utf8: [UInt8], _ byte: UInt8, from start: Int, end: Int) -> Int {
        var index = start
        while index < end, utf8[index] == byte { index += 1 }
        return index - start
    }

    private static func findRun(_ utf8: [UInt8], _ byte: UInt8, length: Int, from start: Int, end: Int) -> Int? {
        var index = start
        while index < end {
            if utf8[index] == byte {
                let run = count(utf8, byte, from: index, end: end)
                if run == length { return index }
                index += run
            } else {
                index += 1
            }
        }
        return nil
    }
}
