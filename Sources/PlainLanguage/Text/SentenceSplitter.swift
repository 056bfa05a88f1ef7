import PlanDiagnostics

/// A sentence: a run of tokens holding at least one word.
public struct Sentence: Hashable, Sendable {
    /// The tokens of the sentence, as indices into the token list.
    public var tokens: Range<Int>
    /// From the first token's start to the last token's end, in source bytes.
    public var range: SourceRange
    /// Whether the readability formulas count it: not a heading, a table
    /// cell, a checkbox label or a list item that is not a sentence.
    public var isCounted: Bool

    public init(tokens: Range<Int>, range: SourceRange, isCounted: Bool = true) {
        self.tokens = tokens
        self.range = range
        self.isCounted = isCounted
    }
}

/// Finds where sentences end. A sentence ends at `.`, `!`, `?` or an ellipsis
/// (with any closing quotation marks or brackets after it) when what follows
/// starts a sentence: a capital letter, a digit, an opening mark, the end of
/// the text. It always ends where a block ends (a heading, a list item, a
/// paragraph, a text of a plan), full stop or not. It does not end after
/// titles (`Dr.`, `Mr.`, `Mrs.`, `St.`), after `No.` and the like before a
/// number, after an initial (`J. Smith`), inside numbers and times (`41.5`,
/// `3.30`), after `e.g.` and `i.e.`, nor before a lower-case word
/// (`"Where?" asked Mia`, `etc. and`).
public enum SentenceSplitter {
    /// Words after which a full stop never ends a sentence.
    static let titles: Set<String> = [
        "dr", "mr", "mrs", "ms", "mx", "st", "prof", "rev", "revd", "hon", "sr", "jr", "capt", "sgt", "cllr",
        "insp", "supt", "det", "pc", "lt", "col", "gen", "vs", "cf", "viz", "al", "fr",
    ]
    /// Words after which a full stop does not end a sentence when a number follows.
    static let beforeNumbers: Set<String> = [
        "no", "nos", "vol", "p", "pp", "para", "paras", "fig", "approx", "ref", "tel", "ext", "art", "sec", "ch",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ca", "c",
    ]
    /// Dotted abbreviations that never end a sentence.
    static let neverLast: Set<String> = ["e.g.", "i.e.", "eg.", "ie.", "n.b.", "nb.", "c.f.", "viz."]

    public static func sentences(in utf8: [UInt8], tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var hasWord = false
        var index = 0
        var joined = false
        func close(at last: Int) {
            if hasWord {
                sentences.append(
                    Sentence(
                        tokens: start..<(last + 1),
                        range: SourceRange(start: tokens[start].range.start, end: tokens[last].range.end),
                        isCounted: joined || isCounted(tokens[start..<(last + 1)], utf8: utf8)
                    ))
            }
            start = last + 1
            hasWord = false
            joined = false
        }
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .word { hasWord = true }
            if token.endsBlock {
                if hasWord, continuesIntoListItem(after: index, utf8: utf8, tokens: tokens, inList: joined) {
                    joined = true
                } else {
                    close(at: index)
                }
                index += 1
                continue
            }
            switch token.kind {
            case .fullStop, .terminal, .ellipsis:
                var last = index
                while last + 1 < tokens.count, !tokens[last + 1].spaceBefore, tokens[last + 1].kind.continuesAnEnd {
                    last += 1
                    if tokens[last].endsBlock { break }
                }
                if tokens[last].endsBlock {
                    close(at: last)
                } else if token.kind == .fullStop && isAbbreviation(before: index, utf8: utf8, tokens: tokens) {
                    // Not an end.
                } else if startsSentence(after: last, utf8: utf8, tokens: tokens) {
                    close(at: last)
                }
                index = last + 1
                continue
            case .word:
                if utf8[token.range.end - 1] == UInt8(ascii: "."),
                    !neverLast.contains(lowercasedASCII(utf8, token.range)),
                    startsSentence(after: index, utf8: utf8, tokens: tokens, needsCapital: true)
                {
                    close(at: index)
                }
            default:
                break
            }
            index += 1
        }
        if start < tokens.count { close(at: tokens.count - 1) }
        return sentences
    }

    /// Whether the block ending at `last` runs on into a list item after it:
    /// the item starts in lower case after a block ending with `:`, `,`, `;`,
    /// a dash, `and` or `or` (or after an item of such a list), or any item
    /// follows one ending with `,`, `;`, `and` or `or`. "We will:" / "- visit
    /// on Monday," / "- phone on Friday." is one sentence; "What we agreed:"
    /// / "- Gran picks Mia up" / "- Mum sets an alarm" are three blocks.
    static func continuesIntoListItem(after last: Int, utf8: [UInt8], tokens: [Token], inList: Bool) -> Bool {
        let next = last + 1
        guard next < tokens.count, tokens[next].blockKind == .listItem else { return false }
        let token = tokens[last]
        var leadsIn = false
        var carriesOn = false
        switch token.kind {
        case .other:
            let mark = String(decoding: utf8[token.range.start..<token.range.end], as: UTF8.self)
            leadsIn = [":", ",", ";", "\u{2013}", "\u{2014}", "-"].contains(mark)
            carriesOn = mark == "," || mark == ";"
        case .word:
            let word = lowercasedASCII(utf8, token.range)
            carriesOn = word == "and" || word == "or"
            leadsIn = carriesOn || inList
        case .closing:
            leadsIn = inList
        default:
            break
        }
        if carriesOn { return true }
        guard leadsIn else { return false }
        let first = tokens[next]
        return first.kind == .word && !isUppercaseStart(utf8, first.range) && !isDigit(utf8[first.range.start])
    }

    /// Checkbox marks that start a label: `☐ Yes`.
    static let checkboxes: Set<String> = ["\u{2610}", "\u{2611}", "\u{2612}", "\u{25A1}", "\u{25A0}", "\u{25A2}", "\u{274F}"]

    /// Whether a sentence counts for the formulas: a paragraph does; a
    /// heading never; a table cell, a list item or a checkbox label only
    /// when it ends with `.`, `!` or `?`.
    static func isCounted(_ sentence: ArraySlice<Token>, utf8: [UInt8]) -> Bool {
        guard let first = sentence.first else { return false }
        var kind = first.blockKind
        let opening = String(decoding: utf8[first.range.start..<first.range.end], as: UTF8.self)
        if first.kind == .other && checkboxes.contains(opening) { kind = .checkbox }
        if first.kind == .opening, opening == "[", sentence.count >= 2 {
            let second = sentence[sentence.startIndex + 1]
            let inside = String(decoding: utf8[second.range.start..<second.range.end], as: UTF8.self).lowercased()
            if second.kind == .closing || (inside == "x" && sentence.count >= 3 && sentence[sentence.startIndex + 2].kind == .closing) {
                kind = .checkbox
            }
        }
        switch kind {
        case .paragraph: return true
        case .heading: return false
        case .listItem, .tableCell, .checkbox:
            var last = sentence.endIndex - 1
            while last > sentence.startIndex, sentence[last].kind == .closing { last -= 1 }
            switch sentence[last].kind {
            case .fullStop, .terminal, .ellipsis: return true
            default: return false
            }
        }
    }

    /// Whether the full stop at `index` belongs to the word before it.
    static func isAbbreviation(before index: Int, utf8: [UInt8], tokens: [Token]) -> Bool {
        guard index > 0, !tokens[index].spaceBefore, tokens[index - 1].kind == .word else { return false }
        let range = tokens[index - 1].range
        let word = lowercasedASCII(utf8, range)
        if titles.contains(word) { return true }
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        if beforeNumbers.contains(word), let next, next.kind == .word, isDigit(utf8[next.range.start]) {
            return true
        }
        // An initial: one capital letter, with a capitalised word after it.
        if range.length == 1, utf8[range.start] >= 0x41, utf8[range.start] <= 0x5A, utf8[range.start] != UInt8(ascii: "I"),
            let next, next.kind == .word, isUppercaseStart(utf8, next.range)
        {
            return true
        }
        if word == "e.g" || word == "i.e" { return true }
        return false
    }

    /// Whether the token after `last` can start a sentence.
    static func startsSentence(after last: Int, utf8: [UInt8], tokens: [Token], needsCapital: Bool = false) -> Bool {
        var next = last + 1
        while next < tokens.count, tokens[next].kind == .opening { next += 1 }
        guard next < tokens.count else { return true }
        let token = tokens[next]
        switch token.kind {
        case .word:
            let first = utf8[token.range.start]
            if isDigit(first) { return !needsCapital }
            return isUppercaseStart(utf8, token.range)
        case .other:
            if needsCapital { return false }
            let byte = utf8[token.range.start]
            return byte != UInt8(ascii: ",") && byte != UInt8(ascii: ";") && byte != UInt8(ascii: ":")
        default:
            return !needsCapital
        }
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether the word's first letter is upper case (or a letter of an alphabet without case).
    static func isUppercaseStart(_ utf8: [UInt8], _ range: SourceRange) -> Bool {
        let first = utf8[range.start]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return utf8.withUnsafeBufferPointer { bytes in
            let character = CharacterClassifier.scan(bytes, at: range.start, end: range.end)
            return character.isUppercase || (!character.isLowercase && character.characterClass == .letter)
        }
    }

    /// The ASCII letters of a short token in lower case (other bytes kept).
    static func lowercasedASCII(_ utf8: [UInt8], _ range: SourceRange) -> String {
        guard range.length <= 12 else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.length)
        for index in range.start..<range.end {
            let byte = utf8[index]
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Token.Kind {
    /// Marks that can follow a sentence's last mark and still belong to it: `?!`, `."`, `.)`.
    var continuesAnEnd: Bool {
        switch self {
        case .closing, .terminal, .fullStop, .ellipsis: true
        case .word, .opening, .other: false
        }
    }
}
