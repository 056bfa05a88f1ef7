/// Text as words with the space or line break after each, so it can be cut
/// between any two words and put back together exactly.
struct BreakableText {
    private var words: [(word: Substring, breakAfter: Character?)]

    /// The invisible break put between the pieces of a word longer than the
    /// longest word drawn whole: the word breaks there across lines or pages,
    /// and reads the same.
    static let wordBreak: Character = "\u{200B}"

    /// `longestWord`: a word with more characters is cut into pieces that long.
    init(_ text: String, longestWord: Int = .max) {
        var words: [(Substring, Character?)] = []
        func add(_ word: Substring, _ breakAfter: Character?) {
            guard longestWord > 0, word.count > longestWord else { return words.append((word, breakAfter)) }
            var start = word.startIndex
            while start < word.endIndex {
                let end = word.index(start, offsetBy: longestWord, limitedBy: word.endIndex) ?? word.endIndex
                words.append((word[start..<end], end == word.endIndex ? breakAfter : Self.wordBreak))
                start = end
            }
        }
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == " " || character == "\n" {
                if start < index {
                    add(text[start..<index], character)
                } else if character == "\n", let last = words.last {
                    // Keep an empty line as a second break after the previous word.
                    words[words.count - 1] = (last.0 + "\n", "\n")
                }
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        if start < text.endIndex { add(text[start...], nil) }
        self.words = words
    }

    private init(words: [(word: Substring, breakAfter: Character?)]) {
        self.words = words
    }

    var isEmpty: Bool { words.isEmpty }

    var count: Int { words.count }

    /// The bytes of the words, without the breaks.
    var byteCount: Int { words.reduce(0) { $0 + $1.word.utf8.count } }

    var text: String { prefix(words.count) }

    /// The first `count` words with the breaks between them.
    func prefix(_ count: Int) -> String {
        var out = ""
        for (index, entry) in words.prefix(count).enumerated() {
            out += entry.word
            if index < count - 1, let separator = entry.breakAfter { out.append(separator) }
        }
        return out
    }

    func dropping(_ count: Int) -> BreakableText {
        BreakableText(words: Array(words.dropFirst(count)))
    }

    /// The largest number of leading words that `fits`, nil when not even one
    /// fits. It gallops (1, 2, 4, 8… words) and then bisects, so the cost
    /// follows the words that fit, not all the words left.
    func longestPrefix(fitting fits: (String) -> Bool) -> Int? {
        guard !words.isEmpty, fits(prefix(1)) else { return nil }
        var low = 1
        var high = words.count
        var step = 1
        while low < words.count {
            let probe = min(words.count, low + step)
            if fits(prefix(probe)) {
                low = probe
                step *= 2
            } else {
                high = probe - 1
                break
            }
        }
        while low < high {
            let middle = (low + high + 1) / 2
            if fits(prefix(middle)) { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
