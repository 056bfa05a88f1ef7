import Foundation

/// The word → syllables table generated from the CMU Pronouncing Dictionary
/// (`scripts/make-syllables.py`, resource `syllables.txt`).
///
/// The file is one word a line, sorted by byte, each word followed at once by
/// one byte `0x30 + syllables`. It is read into memory as it is, the first
/// time a word is looked up, and binary-searched in place: nothing is parsed
/// or decoded, so loading costs one file read (about a millisecond).
public final class SyllableDictionary: Sendable {
    private let bytes: [UInt8]

    /// The table shipped with planbook, as the pipeline installed it (`LanguageData`).
    public static var shared: SyllableDictionary { LanguageData.syllables }

    /// A table from bytes in the format above.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether the table has any word (false when the resource is missing).
    public var isEmpty: Bool { bytes.isEmpty }

    /// The syllables of a word written in lower-case ASCII letters, apostrophes,
    /// hyphens and full stops; nil when the word is not in the table.
    public func syllables(of word: String) -> Int? {
        var word = word
        return word.withUTF8 { syllables(ofBytes: $0) }
    }

    /// The syllables of a lower-case word given as its UTF-8 bytes.
    public func syllables(ofBytes key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !key.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { table -> Int? in
            var low = 0
            var high = table.count
            while low < high {
                var lineStart = (low + high) / 2
                while lineStart > low, table[lineStart - 1] != 0x0A { lineStart -= 1 }
                var position = lineStart
                var keyIndex = 0
                var order = 0
                // Compare the key with the line's word; a word ends at its count byte.
                while true {
                    let byte = table[position]
                    let isWordByte = byte > 0x60 || byte == 0x27 || byte == 0x2D || byte == 0x2E
                    if keyIndex == key.count {
                        order = isWordByte ? -1 : 0
                        break
                    }
                    if !isWordByte {
                        order = 1
                        break
                    }
                    let keyByte = key[keyIndex]
                    if keyByte != byte {
                        order = keyByte < byte ? -1 : 1
                        break
                    }
                    keyIndex += 1
                    position += 1
                }
                if order == 0 { return Int(table[position]) - 0x30 }
                var lineEnd = position
                while lineEnd < table.count, table[lineEnd] != 0x0A { lineEnd += 1 }
                if order < 0 { high = lineStart } else { low = lineEnd + 1 }
            }
            return nil
        }
    }
}
