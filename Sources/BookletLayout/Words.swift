/// Text as words with the space or line break after each, so it can be cut
/// between any two words and put back together exactly.
struct Words {
    private var words: [(word: Substring, breakAfter: Character?)]

    init(_ text: String) {
        var words: [(Substring, Character?)] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == " " || character == "\n" {
                if start < index {
                    words.append((text[start..<index], character))
                } else if character == "\n", let last = words.last {
                    // Keep an empty line as a second break after the previous word.
                    words[words.count - 1] = (last.0 + "\n", "\n")
                }
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        if start < text.endIndex { words.append((text[start...], nil)) }
        self.words = words
    }

    private init(words: [(word: Substring, breakAfter: Character?)]) {
        self.words = words
    }

    var isEmpty: Bool { words.isEmpty }

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

    func dropping(_ count: Int) -> Words {
        Words(words: Array(words.dropFirst(count)))
    }

    /// The largest number of leading words that `fits`, found by bisection; nil when not even one fits.
    func longestPrefix(fitting fits: (String) -> Bool) -> Int? {
        guard !words.isEmpty, fits(prefix(1)) else { return nil }
        var low = 1, high = words.count
        while low < high {
            let middle = (low + high + 1) / 2
            if fits(prefix(middle)) { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
