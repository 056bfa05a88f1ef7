/// Reads the paragraphs out of WordprocessingML in one pass over its bytes:
/// the text of `t` elements inside each `p` (any prefix), `tab`, `br` and
/// `cr` as spaces, `noBreakHyphen` as `-`; everything else (deleted text,
/// field codes, properties) is skipped. Entities and CDATA are decoded. A
/// document type declaration is refused, so no entity can expand.
struct ParagraphScanner {
    private let bytes: [UInt8]
    private var index = 0
    /// Paragraphs open now, innermost last (a text box's paragraph sits inside another).
    private var open: [[UInt8]] = []
    private var finished: [String] = []
    /// How deep inside `t` elements the scanner is.
    private var textDepth = 0
    /// How deep inside `mc:Fallback` (the copy of a text box Word keeps for older readers) the scanner is.
    private var fallbackDepth = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func paragraphs() throws -> [String] {
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                try markup()
            } else {
                let start = index
                while index < count, bytes[index] != UInt8(ascii: "<") { index += 1 }
                if textDepth > 0 { try appendText(bytes[start..<index]) }
            }
        }
        return finished
    }

    private func failure(_ what: String) -> WordDocumentReader.ReadError {
        .badXML("\(what) at byte \(index)")
    }

    private func starts(with literal: String, at offset: Int) -> Bool {
        let utf8 = literal.utf8
        guard offset + utf8.count <= bytes.count else { return false }
        return bytes[offset..<offset + utf8.count].elementsEqual(utf8)
    }

    /// The offset of `literal` at or after `offset`, or nil.
    private func find(_ literal: String, from offset: Int) -> Int? {
        let utf8 = Array(literal.utf8)
        guard let first = utf8.first else { return offset }
        var position = offset
        while position + utf8.count <= bytes.count {
            if bytes[position] == first, bytes[position..<position + utf8.count].elementsEqual(utf8) { return position }
            position += 1
        }
        return nil
    }

    private mutating func markup() throws {
        if starts(with: "<!--", at: index) {
            guard let end = find("-->", from: index + 4) else { throw failure("a comment is not closed") }
            index = end + 3
        } else if starts(with: "<![CDATA[", at: index) {
            guard let end = find("]]>", from: index + 9) else { throw failure("a CDATA section is not closed") }
            if textDepth > 0, !open.isEmpty { open[open.count - 1].append(contentsOf: clean(bytes[(index + 9)..<end])) }
            index = end + 3
        } else if starts(with: "<!", at: index) {
            throw failure("a document type declaration is not allowed")
        } else if starts(with: "<?", at: index) {
            guard let end = find("?>", from: index + 2) else { throw failure("a processing instruction is not closed") }
            index = end + 2
        } else {
            try tag()
        }
    }

    private mutating func tag() throws {
        let closing = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/")
        var position = index + (closing ? 2 : 1)
        let nameStart = position
        while position < bytes.count, !Self.endsName(bytes[position]) { position += 1 }
        guard position > nameStart else { throw failure("a tag has no name") }
        let name = bytes[nameStart..<position]
        // The end of the tag, stepping over quoted attribute values (which may hold '>').
        var quote: UInt8?
        while position < bytes.count {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            position += 1
        }
        guard position < bytes.count else { throw failure("a tag is not closed") }
        let selfClosing = !closing && bytes[position - 1] == UInt8(ascii: "/")
        index = position + 1
        let local = Self.localName(name)
        if closing {
            end(local)
        } else {
            start(local)
            if selfClosing { end(local) }
        }
    }

    private static func endsName(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private static func localName(_ name: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let colon = name.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return name[(colon + 1)...]
    }

    private mutating func start(_ name: ArraySlice<UInt8>) {
        if name.elementsEqual("Fallback".utf8) { fallbackDepth += 1 }
        guard fallbackDepth == 0 else { return }
        if name.elementsEqual("p".utf8) {
            open.append([])
        } else if name.elementsEqual("t".utf8) {
            textDepth += 1
        } else if name.elementsEqual("tab".utf8) || name.elementsEqual("br".utf8) || name.elementsEqual("cr".utf8) {
            append(UInt8(ascii: " "))
        } else if name.elementsEqual("noBreakHyphen".utf8) {
            append(UInt8(ascii: "-"))
        }
    }

    private mutating func end(_ name: ArraySlice<UInt8>) {
        guard fallbackDepth == 0 else {
            if name.elementsEqual("Fallback".utf8) { fallbackDepth -= 1 }
            return
        }
        if name.elementsEqual("p".utf8) {
            if let text = open.popLast() { finished.append(String(decoding: text, as: UTF8.self)) }
        } else if name.elementsEqual("t".utf8) {
            textDepth = max(0, textDepth - 1)
        }
    }

    private mutating func append(_ byte: UInt8) {
        guard !open.isEmpty else { return }
        open[open.count - 1].append(byte)
    }

    /// Line breaks inside text become spaces, as a paragraph is one line.
    private func clean(_ text: ArraySlice<UInt8>) -> [UInt8] {
        text.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
    }

    /// Appends character data, decoding `&amp;`, `&#39;`, `&#x2019;` and the other predefined entities.
    private mutating func appendText(_ text: ArraySlice<UInt8>) throws {
        guard !open.isEmpty else { return }
        guard text.contains(UInt8(ascii: "&")) else {
            open[open.count - 1].append(contentsOf: clean(text))
            return
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var position = text.startIndex
        while position < text.endIndex {
            let byte = text[position]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte == 0x0A || byte == 0x0D ? 0x20 : byte)
                position += 1
                continue
            }
            guard let semicolon = text[position...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw failure("an '&' does not start an entity")
            }
            let entity = String(decoding: text[(position + 1)..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch entity {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                } else {
                    scalar = nil
                }
            }
            guard let scalar, scalar.value != 0 else { throw failure("'&\(entity);' is not an entity XML knows") }
            out.append(contentsOf: String(scalar).utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 })
            position = semicolon + 1
        }
        open[open.count - 1].append(contentsOf: out)
    }
}
