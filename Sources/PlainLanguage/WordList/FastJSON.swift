import PlanDiagnostics

/// A small JSON reader for planbook's own word list, which is read at every
/// start: it turns the file's bytes into values in well under a millisecond,
/// where `JSONDecoder` takes several. (A team's word file goes through
/// `JSONDecoder`, whose errors name the place of a mistake.) A test checks
/// that both read `word-list.json` the same.
enum FastJSON {
    indirect enum Value {
        case object([(String, Value)])
        case array([Value])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null

        subscript(key: String) -> Value? {
            guard case .object(let members) = self else { return nil }
            return members.first { $0.0 == key }?.1
        }

        var string: String? {
            if case .string(let value) = self { return value }
            return nil
        }

        var bool: Bool? {
            if case .bool(let value) = self { return value }
            return nil
        }

        var strings: [String]? {
            guard case .array(let values) = self else { return nil }
            return values.compactMap(\.string)
        }

        var array: [Value]? {
            if case .array(let values) = self { return values }
            return nil
        }
    }

    struct SyntaxError: Error {
        var offset: Int
    }

    static func parse(_ bytes: [UInt8]) throws -> Value {
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            let value = try reader.value()
            reader.skipSpace()
            guard reader.position == buffer.count else { throw SyntaxError(offset: reader.position) }
            return value
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func skipSpace() {
            while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        }

        mutating func value() throws -> Value {
            skipSpace()
            guard position < bytes.count else { throw SyntaxError(offset: position) }
            switch bytes[position] {
            case UInt8(ascii: "{"): return try object()
            case UInt8(ascii: "["): return try array()
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            default: return try number()
            }
        }

        private mutating func literal(_ word: String, _ value: Value) throws -> Value {
            for byte in word.utf8 {
                guard position < bytes.count, bytes[position] == byte else { throw SyntaxError(offset: position) }
                position += 1
            }
            return value
        }

        private mutating func object() throws -> Value {
            position += 1
            var members: [(String, Value)] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            }
            while true {
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw SyntaxError(offset: position) }
                let key = try string()
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw SyntaxError(offset: position) }
                position += 1
                members.append((key, try value()))
                skipSpace()
                guard position < bytes.count else { throw SyntaxError(offset: position) }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                guard bytes[position] == UInt8(ascii: "}") else { throw SyntaxError(offset: position) }
                position += 1
                return .object(members)
            }
        }

        private mutating func array() throws -> Value {
            position += 1
            var values: [Value] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(values)
            }
            while true {
                values.append(try value())
                skipSpace()
                guard position < bytes.count else { throw SyntaxError(offset: position) }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                guard bytes[position] == UInt8(ascii: "]") else { throw SyntaxError(offset: position) }
                position += 1
                return .array(values)
            }
        }

        private mutating func string() throws -> String {
            position += 1
            let start = position
            var plain = true
            while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
                if bytes[position] == UInt8(ascii: "\\") {
                    plain = false
                    position += 1
                }
                position += 1
            }
            guard position < bytes.count else { throw SyntaxError(offset: position) }
            let end = position
            position += 1
            if plain { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
            return try unescape(start, end)
        }

        private func unescape(_ start: Int, _ end: Int) throws -> String {
            var out: [UInt8] = []
            var index = start
            while index < end {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\\"), index + 1 < end else {
                    out.append(byte)
                    index += 1
                    continue
                }
                let escaped = bytes[index + 1]
                index += 2
                switch escaped {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard index + 4 <= end,
                        var code = UInt32(
                            String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + 4)]), as: UTF8.self), radix: 16)
                    else {
                        throw SyntaxError(offset: index)
                    }
                    index += 4
                    if (0xD800..<0xDC00).contains(code), index + 6 <= end, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u"),
                        let low = UInt32(
                            String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 2)..<(index + 6)]), as: UTF8.self), radix: 16)
                    {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                    out.append(contentsOf: String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
                default: out.append(escaped)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        private mutating func number() throws -> Value {
            let start = position
            while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            guard let value = Double(text) else { throw SyntaxError(offset: start) }
            return .number(value)
        }
    }
}

extension WordList {
    /// Reads a word list from JSON with the fast reader.
    static func fastDecode(_ bytes: [UInt8]) throws -> WordList {
        let root = try FastJSON.parse(bytes)
        let entries = try (root["entries"]?.array ?? []).map(WordListEntry.init(fastJSON:))
        var irregular = IrregularForms()
        if case .object(let verbs)? = root["irregular"]?["verbs"] {
            for (base, forms) in verbs { irregular.verbs[base] = forms.strings }
        }
        if case .object(let nouns)? = root["irregular"]?["plurals"] {
            for (singular, plural) in nouns { irregular.plurals[singular] = plural.string }
        }
        return WordList(
            entries: entries, familiar: root["familiar"]?.strings ?? [],
            wellKnownAcronyms: root["wellKnownAcronyms"]?.strings ?? [], irregular: irregular
        )
    }
}

extension WordListEntry {
    struct MissingKey: Error {
        var key: String
    }

    init(fastJSON value: FastJSON.Value) throws {
        guard let term = value["term"]?.string else { throw MissingKey(key: "term") }
        guard let rule = value["rule"]?.string else { throw MissingKey(key: "rule") }
        guard let category = value["category"]?.string else { throw MissingKey(key: "category") }
        var context: WordContext?
        if let found = value["context"] {
            context = WordContext(
                followedBy: found["followedBy"]?.strings, precededBy: found["precededBy"]?.strings,
                notFollowedBy: found["notFollowedBy"]?.strings, notPrecededBy: found["notPrecededBy"]?.strings
            )
        }
        self.init(
            term: term, rule: rule, category: category,
            severity: value["severity"]?.string.flatMap(Severity.init(rawValue:)),
            plain: value["plain"]?.array?.compactMap(PlainAlternative.init(fastJSON:)), advice: value["advice"]?.string,
            expansion: value["expansion"]?.string,
            forms: value["forms"]?.strings, context: context,
            audiences: value["audiences"]?.strings?.compactMap(Audience.init(rawValue:)),
            system: value["system"]?.string, caseSensitive: value["caseSensitive"]?.bool, fix: value["fix"]?.bool,
            example: value["example"]?.string, otherExpansions: value["otherExpansions"]?.strings
        )
    }
}

extension PlainAlternative {
    init?(fastJSON value: FastJSON.Value) {
        if let text = value.string {
            self.init(text)
        } else if let text = value["text"]?.string {
            self.init(text, for: value["for"]?.strings?.compactMap(Audience.init(rawValue:)))
        } else {
            return nil
        }
    }
}
