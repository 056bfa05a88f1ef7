/// What a character is, as far as finding words and sentences goes.
enum CharacterClass: UInt8 {
    case space
    case letter
    case digit
    /// `'` and `’`: inside a word (`don't`) or a quotation mark.
    case apostrophe
    /// `-`, `‐`, `‑`: inside a word (`grown-up`) or a dash.
    case hyphen
    case fullStop
    /// `!`, `?`, `‽`.
    case terminal
    /// `…`.
    case ellipsis
    /// `"`, which opens or closes by where it stands.
    case straightQuote
    /// `“`, `‘`, `«`, `(`, `[`, `{`.
    case opening
    /// `”`, `»`, `)`, `]`, `}`.
    case closing
    /// `,` (joins the digits of `1,000`).
    case comma
    /// `:` (joins the digits of `3:30`).
    case colon
    /// `&` (joins `A&E`).
    case ampersand
    case other
}

/// One decoded character of a UTF-8 buffer: its class and its length in bytes.
struct ScannedCharacter {
    var characterClass: CharacterClass
    var length: Int
    /// For letters: whether upper or lower case (`nil` for letters without case).
    var isUppercase: Bool
    var isLowercase: Bool
}

enum CharacterClassifier {
    /// The class of an ASCII byte (a switch, not a table: no lazy global in the hot loop).
    @inline(__always)
    static func asciiClass(_ byte: UInt8) -> CharacterClass {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C: .space
        case UInt8(ascii: "'"): .apostrophe
        case UInt8(ascii: "-"): .hyphen
        case UInt8(ascii: "."): .fullStop
        case UInt8(ascii: "!"), UInt8(ascii: "?"): .terminal
        case UInt8(ascii: "\""): .straightQuote
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): .opening
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): .closing
        case UInt8(ascii: ","): .comma
        case UInt8(ascii: ":"): .colon
        case UInt8(ascii: "&"): .ampersand
        default: .other
        }
    }

    /// The character that starts at `index` (which must be a scalar's first byte).
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> ScannedCharacter {
        let byte = bytes[index]
        if byte < 0x80 {
            let characterClass = asciiClass(byte)
            return ScannedCharacter(
                characterClass: characterClass, length: 1,
                isUppercase: byte >= 0x41 && byte <= 0x5A, isLowercase: byte >= 0x61 && byte <= 0x7A
            )
        }
        let (scalar, length) = decode(bytes, at: index, end: end)
        guard let scalar else {
            return ScannedCharacter(characterClass: .other, length: length, isUppercase: false, isLowercase: false)
        }
        return classify(scalar, length: length)
    }

    static func classify(_ scalar: Unicode.Scalar, length: Int) -> ScannedCharacter {
        func make(_ characterClass: CharacterClass) -> ScannedCharacter {
            ScannedCharacter(characterClass: characterClass, length: length, isUppercase: false, isLowercase: false)
        }
        switch scalar.value {
        case 0x2019, 0x02BC: return make(.apostrophe)
        case 0x2018, 0x201C, 0x00AB, 0x201E, 0x2039: return make(.opening)
        case 0x201D, 0x00BB, 0x203A: return make(.closing)
        case 0x2010, 0x2011: return make(.hyphen)
        case 0x2026: return make(.ellipsis)
        case 0x203D, 0x00A1, 0x00BF: return make(.terminal)
        case 0x00A0, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return make(.space)
        default: break
        }
        let properties = scalar.properties
        if properties.isAlphabetic {
            return ScannedCharacter(
                characterClass: .letter, length: length,
                isUppercase: properties.isUppercase, isLowercase: properties.isLowercase
            )
        }
        switch properties.generalCategory {
        case .decimalNumber: return make(.digit)
        case .nonspacingMark, .spacingMark, .enclosingMark: return make(.letter)
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return make(.space)
        case .openPunctuation, .initialPunctuation: return make(.opening)
        case .closePunctuation, .finalPunctuation: return make(.closing)
        default: return make(.other)
        }
    }

    /// Decodes one scalar; a broken sequence gives nil and a length of one byte.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Unicode.Scalar?, Int) {
        let byte = bytes[index]
        let length: Int
        var value: UInt32
        switch byte {
        case 0xC0...0xDF:
            length = 2
            value = UInt32(byte & 0x1F)
        case 0xE0...0xEF:
            length = 3
            value = UInt32(byte & 0x0F)
        case 0xF0...0xF7:
            length = 4
            value = UInt32(byte & 0x07)
        default: return (nil, 1)
        }
        guard index + length <= end else { return (nil, 1) }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return (Unicode.Scalar(value), length)
    }
}
