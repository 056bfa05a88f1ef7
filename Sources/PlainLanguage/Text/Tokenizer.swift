import PlanDiagnostics

/// Splits prose into words and the punctuation that marks sentences, working
/// on the file's UTF-8 bytes. Words are Unicode-aware: any alphabet's letters
/// and combining marks, with apostrophes, hyphens, full stops, commas, colons
/// and ampersands kept inside a word when letters or digits stand on both
/// sides (`don't`, `grown-up`, `41.5`, `3.30`, `1,000`, `3:30`, `A&E`), and
/// dotted abbreviations kept whole with their last full stop (`e.g.`, `a.m.`).
public enum Tokenizer {
    /// The tokens of every piece, in order.
    public static func tokens(of utf8: [UInt8], pieces: [ProsePiece]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(utf8.count / 4)
        utf8.withUnsafeBufferPointer { bytes in
            var blockKind = BlockKind.paragraph
            var startsBlock = true
            for piece in pieces {
                let start = max(0, min(piece.range.start, bytes.count))
                let end = max(start, min(piece.range.end, bytes.count))
                if startsBlock { blockKind = piece.kind }
                let first = tokens.count
                scan(bytes, from: start, to: end, into: &tokens)
                for index in first..<tokens.count { tokens[index].blockKind = blockKind }
                startsBlock = piece.endsBlock || (startsBlock && first == tokens.count)
                if piece.endsBlock, !tokens.isEmpty {
                    tokens[tokens.count - 1].endsBlock = true
                }
            }
        }
        return tokens
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into tokens: inout [Token]) {
        var index = start
        var spaceBefore = true
        while index < end {
            let character = CharacterClassifier.scan(bytes, at: index, end: end)
            switch character.characterClass {
            case .space:
                spaceBefore = true
                index += character.length
                continue
            case .letter, .digit:
                let wordEnd = endOfWord(bytes, from: index, to: end)
                tokens.append(Token(kind: .word, range: SourceRange(start: index, end: wordEnd), spaceBefore: spaceBefore))
                index = wordEnd
            case .fullStop:
                var dots = index
                while dots < end, bytes[dots] == UInt8(ascii: ".") { dots += 1 }
                let kind: Token.Kind = dots - index >= 3 ? .ellipsis : .fullStop
                let tokenEnd = kind == .ellipsis ? dots : index + 1
                tokens.append(Token(kind: kind, range: SourceRange(start: index, end: tokenEnd), spaceBefore: spaceBefore))
                index = tokenEnd
            case .straightQuote, .apostrophe:
                // Opening when it starts something (space before, text after), else closing.
                let next = index + character.length
                let textFollows = next < end && CharacterClassifier.scan(bytes, at: next, end: end).characterClass != .space
                let kind: Token.Kind = spaceBefore && textFollows ? .opening : .closing
                tokens.append(Token(kind: kind, range: SourceRange(start: index, end: next), spaceBefore: spaceBefore))
                index = next
            case .terminal, .ellipsis, .opening, .closing, .hyphen, .comma, .colon, .ampersand, .other:
                // A mark that is a token by itself.
                let kind: Token.Kind =
                    switch character.characterClass {
                    case .terminal: .terminal
                    case .ellipsis: .ellipsis
                    case .opening: .opening
                    case .closing: .closing
                    default: .other
                    }
                tokens.append(Token(kind: kind, range: SourceRange(start: index, end: index + character.length), spaceBefore: spaceBefore))
                index += character.length
            }
            spaceBefore = false
        }
    }

    /// The end of the word that starts at `start`.
    private static func endOfWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        var previous = CharacterClass.other
        var previousUppercase = false
        var segmentLength = 0
        var hasInnerDot = false
        var allSegmentsSingleLetters = true
        while index < end {
            let character = CharacterClassifier.scan(bytes, at: index, end: end)
            switch character.characterClass {
            case .letter, .digit:
                index += character.length
                segmentLength += 1
                previous = character.characterClass
                previousUppercase = character.isUppercase
                continue
            case .apostrophe, .hyphen, .fullStop, .comma, .colon, .ampersand:
                let next = index + character.length
                guard next < end else { break }
                let following = CharacterClassifier.scan(bytes, at: next, end: end)
                let joins: Bool
                switch character.characterClass {
                case .apostrophe:
                    joins = previous == .letter && following.characterClass == .letter
                case .hyphen:
                    joins = following.characterClass == .letter || following.characterClass == .digit
                case .fullStop:
                    joins = following.characterClass == .letter || following.characterClass == .digit
                case .comma:
                    joins = previous == .digit && threeDigitsFollow(bytes, from: next, to: end)
                case .colon:
                    joins = previous == .digit && following.characterClass == .digit
                default:
                    joins = previousUppercase && following.isUppercase
                }
                guard joins else { break }
                if character.characterClass == .fullStop {
                    hasInnerDot = true
                    if segmentLength != 1 || previous != .letter { allSegmentsSingleLetters = false }
                    segmentLength = 0
                } else if character.characterClass != .apostrophe {
                    allSegmentsSingleLetters = false
                }
                index = next
                previous = character.characterClass
                continue
            default:
                break
            }
            break
        }
        // `e.g.`, `a.m.`, `U.K.`: the last full stop belongs to the abbreviation.
        if hasInnerDot, allSegmentsSingleLetters, segmentLength == 1, previous == .letter,
            index < end, bytes[index] == UInt8(ascii: ".")
        {
            index += 1
        }
        return index
    }

    private static func threeDigitsFollow(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard start + 3 <= end else { return false }
        for offset in 0..<3 where !(bytes[start + offset] >= 0x30 && bytes[start + offset] <= 0x39) {
            return false
        }
        return start + 3 == end || !(bytes[start + 3] >= 0x30 && bytes[start + 3] <= 0x39)
    }
}
