/// The distinct spellings of a text's words (in lower case), each worked out
/// once: a 200,000-word report has a few thousand. Words point at their
/// spelling by number, so rules look things up in arrays instead of hashing
/// every word again.
public struct Lexicon: Sendable {
    /// Each spelling in lower case, with `’` as `'`.
    public private(set) var forms: [String] = []
    /// The syllables of each spelling.
    public private(set) var syllables: [Int] = []
    /// The spelling as word lists look it up: without a possessive `'s`.
    private(set) var keys: [String] = []
    /// For spellings with hyphens, the spellings of their parts.
    private(set) var parts: [Int: [Int]] = [:]

    private var slots: [Int32] = Array(repeating: -1, count: 1024)
    private var hashes: [UInt64] = []

    public init() {}

    public var count: Int { forms.count }

    /// The number of a spelling, given as lower-case UTF-8 bytes, adding it when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, counter: inout SyllableCounter) -> Int {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while true {
            let found = slots[slot]
            if found < 0 { break }
            let index = Int(found)
            if hashes[index] == hash, Self.equal(forms[index], bytes) { return index }
            slot = (slot + 1) & (slots.count - 1)
        }
        let form = String(decoding: bytes, as: UTF8.self)
        let index = add(form, hash: hash, slot: slot, counter: &counter)
        if bytes.contains(UInt8(ascii: "-")) || form.unicodeScalars.contains(where: { $0 == "\u{2010}" || $0 == "\u{2011}" }) {
            let pieces = form.split { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }
            var partForms: [Int] = []
            for piece in pieces {
                var piece = String(piece)
                partForms.append(piece.withUTF8 { intern($0, counter: &counter) })
            }
            parts[index] = partForms
        }
        return index
    }

    /// The number of a spelling given as a string.
    mutating func intern(_ form: String, counter: inout SyllableCounter) -> Int {
        var form = form
        return form.withUTF8 { intern($0, counter: &counter) }
    }

    private mutating func add(_ form: String, hash: UInt64, slot: Int, counter: inout SyllableCounter) -> Int {
        let index = forms.count
        forms.append(form)
        syllables.append(counter.syllables(of: form))
        keys.append(AnalyzedText.withoutPossessive(form))
        hashes.append(hash)
        slots[slot] = Int32(index)
        if forms.count * 2 > slots.count { grow() }
        return index
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index)
        }
    }

    /// FNV-1a.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    @inline(__always)
    private static func equal(_ form: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var form = form
        return form.withUTF8 { stored in
            stored.count == bytes.count && (stored.count == 0 || memcmp(stored.baseAddress!, bytes.baseAddress!, stored.count) == 0)
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
