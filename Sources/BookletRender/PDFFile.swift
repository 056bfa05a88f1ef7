/// A value in a PDF file, as far as amending cairo's structure tree needs to
/// tell values apart. Other numbers, strings, booleans and null are `other`.
enum PDFValue {
    case reference(object: Int, generation: Int)
    case integer(Int)
    case name(String)
    case array([PDFValue])
    case dictionary(PDFDictionary)
    case other

    var dictionary: PDFDictionary? {
        if case .dictionary(let dictionary) = self { return dictionary }
        return nil
    }
}

/// A dictionary read from a PDF file, each entry with the range of bytes it
/// was written in (from its key's `/` to the end of its value), so an entry
/// can be copied unchanged.
struct PDFDictionary {
    struct Entry {
        var key: String
        var value: PDFValue
        var bytes: Range<Int>
        /// The bytes of the value alone.
        var valueBytes: Range<Int>
    }

    var entries: [Entry]

    subscript(key: String) -> PDFValue? { entries.first { $0.key == key }?.value }
}

/// A finished PDF file read just far enough to find objects by number: its
/// cross-reference tables and trailer. Only the classic `xref` table is read
/// (cairo 1.16 writes no cross-reference streams).
struct PDFFile {
    let bytes: [UInt8]
    /// The trailer of the last update.
    let trailer: PDFDictionary
    /// Where the last cross-reference section starts (`startxref`).
    let lastXrefOffset: Int
    /// Where each object in use starts, with its generation.
    private let offsets: [Int: (offset: Int, generation: Int)]

    init(bytes: [UInt8]) throws {
        self.bytes = bytes
        guard let offset = Self.startXref(in: bytes) else { throw Self.unreadable("it has no startxref") }
        lastXrefOffset = offset
        var reader = PDFReader(bytes: bytes, position: offset)
        var trailers: [PDFDictionary] = []
        var offsets: [Int: (offset: Int, generation: Int)] = [:]
        // The newest section's entry for an object wins, a free one too.
        var listed: Set<Int> = []
        var next: Int? = offset
        var visited: Set<Int> = []
        while let section = next, visited.insert(section).inserted, trailers.count < 64 {
            reader.position = section
            let trailer = try reader.xrefSection { number, offset, generation, inUse in
                if listed.insert(number).inserted, inUse { offsets[number] = (offset, generation) }
            }
            trailers.append(trailer)
            if case .integer(let previous) = trailer["/Prev"] { next = previous } else { next = nil }
        }
        guard let last = trailers.first else { throw Self.unreadable("it has no trailer") }
        trailer = last
        self.offsets = offsets
    }

    /// The object `number`'s value, or nil when the file has no such object.
    func object(_ number: Int) throws -> PDFValue? {
        try objectWithRange(number)?.value
    }

    /// The object's value and the range of bytes that value was written in.
    func objectWithRange(_ number: Int) throws -> (value: PDFValue, bytes: Range<Int>, generation: Int)? {
        guard let (offset, generation) = offsets[number], offset > 0, offset < bytes.count else { return nil }
        var reader = PDFReader(bytes: bytes, position: offset)
        guard reader.integerToken() == number, reader.integerToken() == generation, reader.keyword() == "obj" else {
            throw Self.unreadable("object \(number) is not where the cross-reference table says")
        }
        reader.skipWhitespace()
        let start = reader.position
        let value = try reader.value()
        return (value, start..<reader.position, generation)
    }

    /// The value `value` refers to, or `value` itself when it is written directly.
    func resolve(_ value: PDFValue?) throws -> PDFValue? {
        guard case .reference(let number, _) = value else { return value }
        return try object(number)
    }

    /// The page objects, in page order.
    func pages(catalog: PDFDictionary) throws -> [(number: Int, page: PDFDictionary)] {
        var pages: [(Int, PDFDictionary)] = []
        var visited: Set<Int> = []
        func visit(_ value: PDFValue?, depth: Int) throws {
            guard depth < 64, case .reference(let number, _) = value, visited.insert(number).inserted,
                let node = try object(number)?.dictionary
            else { return }
            if case .array(let kids) = node["/Kids"] {
                for kid in kids { try visit(kid, depth: depth + 1) }
            } else {
                pages.append((number, node))
            }
        }
        try visit(catalog["/Pages"], depth: 0)
        return pages
    }

    /// The PDF text of `value` (written at `range`) with each dictionary's
    /// repeated keys written once, with the last value as readers take it, or
    /// nil when no key repeats. cairo 1.16 names a picture used twice on a
    /// page twice in the page's `/XObject` resources.
    func withoutRepeatedKeys(_ value: PDFValue, at range: Range<Int>) -> String? {
        guard case .dictionary(let dictionary) = value else { return nil }
        let nested = dictionary.entries.map { withoutRepeatedKeys($0.value, at: $0.valueBytes) }
        var lastIndex: [String: Int] = [:]
        for (index, entry) in dictionary.entries.enumerated() { lastIndex[entry.key] = index }
        guard lastIndex.count < dictionary.entries.count || nested.contains(where: { $0 != nil }) else { return nil }
        var parts: [String] = []
        for (index, entry) in dictionary.entries.enumerated() where lastIndex[entry.key] == index {
            parts.append(entry.key + " " + (nested[index] ?? String(decoding: bytes[entry.valueBytes], as: UTF8.self)))
        }
        return "<< " + parts.joined(separator: " ") + " >>"
    }

    static func unreadable(_ reason: String) -> RenderError {
        .taggingFailed("the PDF cairo wrote cannot be read: \(reason)")
    }

    /// The offset after the last `startxref` keyword.
    private static func startXref(in bytes: [UInt8]) -> Int? {
        let keyword = Array("startxref".utf8)
        var index = bytes.count - keyword.count
        let lowest = max(0, bytes.count - 1024)
        while index >= lowest {
            if bytes[index] == keyword[0], bytes[index..<index + keyword.count].elementsEqual(keyword) {
                var reader = PDFReader(bytes: bytes, position: index + keyword.count)
                return reader.integerToken()
            }
            index -= 1
        }
        return nil
    }
}

/// Reads PDF tokens and values from a position in a file's bytes.
struct PDFReader {
    let bytes: [UInt8]
    var position: Int

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            true
        default: false
        }
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipWhitespace() {
        while let byte = current {
            if Self.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while let byte = current, byte != 0x0A, byte != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// The regular characters from here (a keyword, number or a name's text).
    mutating func regularToken() -> ArraySlice<UInt8> {
        skipWhitespace()
        let start = position
        while let byte = current, !Self.isWhitespace(byte), !Self.isDelimiter(byte) { position += 1 }
        return bytes[start..<position]
    }

    mutating func keyword() -> String { String(decoding: regularToken(), as: UTF8.self) }

    /// A non-negative integer token, or nil (the position moves past the token either way).
    mutating func integerToken() -> Int? {
        let token = regularToken()
        guard !token.isEmpty, token.count < 19, token.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return token.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// One cross-reference section from `xref` to its trailer, handing each
    /// entry to `entry` (object number, offset, generation, whether it is in use).
    mutating func xrefSection(_ entry: (Int, Int, Int, Bool) -> Void) throws -> PDFDictionary {
        guard keyword() == "xref" else { throw PDFFile.unreadable("its cross-reference table is not a plain xref table") }
        while true {
            skipWhitespace()
            let mark = position
            if keyword() == "trailer" { break }
            position = mark
            guard let first = integerToken(), let count = integerToken(), count < 10_000_000 else {
                throw PDFFile.unreadable("a cross-reference subsection has no start and count")
            }
            for number in first..<first + count {
                guard let offset = integerToken(), let generation = integerToken() else {
                    throw PDFFile.unreadable("cross-reference entry \(number) is damaged")
                }
                entry(number, offset, generation, keyword() == "n")
            }
        }
        skipWhitespace()
        guard case .dictionary(let trailer) = try value() else { throw PDFFile.unreadable("its trailer is not a dictionary") }
        return trailer
    }

    /// The value that starts here.
    mutating func value(depth: Int = 0) throws -> PDFValue {
        guard depth < 64 else { throw PDFFile.unreadable("its objects nest too deeply") }
        skipWhitespace()
        guard let byte = current else { throw PDFFile.unreadable("it ends inside an object") }
        switch byte {
        case UInt8(ascii: "<") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "<"):
            position += 2
            return .dictionary(try dictionary(depth: depth))
        case UInt8(ascii: "<"):
            guard let end = bytes[position...].firstIndex(of: UInt8(ascii: ">")) else {
                throw PDFFile.unreadable("a hexadecimal string has no end")
            }
            position = end + 1
            return .other
        case UInt8(ascii: "("):
            try skipLiteralString()
            return .other
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipWhitespace()
                guard let byte = current else { throw PDFFile.unreadable("an array has no end") }
                if byte == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                items.append(try value(depth: depth + 1))
            }
        case UInt8(ascii: "/"):
            position += 1
            return .name("/" + String(decoding: regularToken(), as: UTF8.self))
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            // `n g R` is a reference; anything else that starts with a digit is a number.
            let mark = position
            if let object = integerToken() {
                let afterNumber = position
                if let generation = integerToken(), keyword() == "R" { return .reference(object: object, generation: generation) }
                position = afterNumber
                return .integer(object)
            }
            position = mark
            _ = regularToken()
            return .other
        default:
            guard !regularToken().isEmpty else { throw PDFFile.unreadable("it has an unexpected '\(Character(Unicode.Scalar(byte)))'") }
            return .other
        }
    }

    /// A dictionary's entries up to its `>>` (the `<<` already read).
    private mutating func dictionary(depth: Int) throws -> PDFDictionary {
        var entries: [PDFDictionary.Entry] = []
        while true {
            skipWhitespace()
            guard let byte = current else { throw PDFFile.unreadable("a dictionary has no end") }
            if byte == UInt8(ascii: ">"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") {
                position += 2
                return PDFDictionary(entries: entries)
            }
            let start = position
            guard case .name(let key) = try value(depth: depth + 1) else { throw PDFFile.unreadable("a dictionary key is not a name") }
            skipWhitespace()
            let valueStart = position
            let entryValue = try value(depth: depth + 1)
            entries.append(PDFDictionary.Entry(key: key, value: entryValue, bytes: start..<position, valueBytes: valueStart..<position))
        }
    }

    /// Moves past a `( … )` string, with its nested brackets and escapes.
    private mutating func skipLiteralString() throws {
        var depth = 0
        while let byte = current {
            position += 1
            switch byte {
            case UInt8(ascii: "\\"): position += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return }
            default: break
            }
        }
        throw PDFFile.unreadable("a string has no end")
    }
}
