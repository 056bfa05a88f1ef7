import PlanDiagnostics

/// A text's words as the word lists see them: each part of a hyphenated
/// word on its own (`looked-after` is `looked`, `after`), in lower case,
/// without a possessive `'s`.
struct MatchUnit {
    private var storedStart: Int32
    private var storedEnd: Int32
    private var storedForm: Int32
    private var storedWord: Int32
    private var storedSentence: Int32

    init(form: Int, range: SourceRange, word: Int, sentence: Int) {
        self.storedStart = Int32(clamping: range.start)
        self.storedEnd = Int32(clamping: range.end)
        self.storedForm = Int32(clamping: form)
        self.storedWord = Int32(clamping: word)
        self.storedSentence = Int32(clamping: sentence)
    }

    var range: SourceRange { SourceRange(start: Int(storedStart), end: Int(storedEnd)) }
    /// The spelling's number in the text's lexicon.
    var form: Int { Int(storedForm) }
    var word: Int { Int(storedWord) }
    var sentence: Int { Int(storedSentence) }
}

extension AnalyzedText {
    /// The units of every word, in order.
    func matchUnits() -> [MatchUnit] {
        var units: [MatchUnit] = []
        units.reserveCapacity(words.count + words.count / 8)
        let utf8 = file.utf8
        for (index, word) in words.enumerated() {
            guard let parts = lexicon.parts[word.form] else {
                units.append(MatchUnit(form: word.form, range: word.range, word: index, sentence: word.sentence))
                continue
            }
            // Split the written word at its hyphens (`-`, U+2010, U+2011), keeping byte offsets.
            var partStart = word.range.start
            var position = word.range.start
            var partIndex = 0
            while position <= word.range.end, partIndex < parts.count {
                var hyphenLength = 0
                if position < word.range.end {
                    if utf8[position] == UInt8(ascii: "-") {
                        hyphenLength = 1
                    } else if position + 2 < word.range.end, utf8[position] == 0xE2, utf8[position + 1] == 0x80,
                        utf8[position + 2] == 0x90 || utf8[position + 2] == 0x91
                    {
                        hyphenLength = 3
                    }
                }
                if position == word.range.end || hyphenLength > 0 {
                    if position > partStart {
                        let form = parts[partIndex]
                        units.append(
                            MatchUnit(
                                form: form, range: SourceRange(start: partStart, end: position),
                                word: index, sentence: word.sentence
                            ))
                        partIndex += 1
                    }
                    position += max(hyphenLength, 1)
                    partStart = position
                } else {
                    position += 1
                }
            }
        }
        return units
    }

    static func withoutPossessive(_ key: String) -> String {
        guard key.utf8.contains(UInt8(ascii: "'")) else { return key }
        if key.hasSuffix("'s"), key.count > 2 { return String(key.dropLast(2)) }
        if key.hasSuffix("'"), key.count > 1 { return String(key.dropLast()) }
        return key
    }
}
