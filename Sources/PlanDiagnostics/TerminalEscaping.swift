/// Keeps what a file holds from acting on the terminal or report it is shown
/// in: control characters (escape, carriage return, backspace, bell…), C1
/// controls, line separators and the bidirectional overrides that can reorder
/// what a reader sees are shown as `\u{1B}`, never sent raw. Tabs stay.
public enum TerminalEscaping {
    /// Whether a scalar is shown escaped.
    @inline(__always)
    public static func needsEscape(_ value: UInt32) -> Bool {
        if value < 0x20 { return value != 0x09 }
        if value < 0x7F { return false }
        return value <= 0x9F || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x2028 || value == 0x2029
    }

    /// `\u{1B}` for U+001B: how an escaped scalar is written.
    public static func escaped(_ value: UInt32) -> String {
        "\\u{" + String(value, radix: 16, uppercase: true) + "}"
    }

    /// `text` with every scalar that could act on a terminal written as `\u{…}`.
    public static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0.value) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar.value) { out += escaped(scalar.value) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// How many characters a scalar takes once escaped (1 when it is not).
    public static func width(_ scalar: Unicode.Scalar) -> Int {
        needsEscape(scalar.value) ? escaped(scalar.value).count : 1
    }

    /// Appends UTF-8 `bytes`, escaping as `escape(_:)` does; returns how many characters were written.
    @discardableResult
    public static func appendEscaped(_ bytes: ArraySlice<UInt8>, into out: inout [UInt8]) -> Int {
        var characters = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            var length = 1
            var value = UInt32(byte)
            if byte >= 0xC0 {
                length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                value = UInt32(byte) & (0xFF >> (length + 1))
                for offset in 1..<length where index + offset < bytes.endIndex {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
            }
            let end = min(index + length, bytes.endIndex)
            if needsEscape(value) {
                let text = escaped(value)
                out.append(contentsOf: text.utf8)
                characters += text.count
            } else {
                out.append(contentsOf: bytes[index..<end])
                characters += 1
            }
            index = end
        }
        return characters
    }
}
