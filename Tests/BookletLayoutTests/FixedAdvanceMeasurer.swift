import BookletLayout

/// A measurer for tests: every character is half the type size wide, lines
/// break between words (or inside a word longer than the line), and a line is
/// `size × lineSpacing` tall. Simple enough to check layouts by hand.
struct FixedAdvanceMeasurer: TextMeasurer {
    func lineCount(_ text: String, style: TextStyle, width: Double) -> Int {
        let perLine = max(1, Int(width / (style.size * 0.5)))
        var lines = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var used = 0
            var count = 1
            for word in paragraph.split(separator: " ") {
                var length = word.count
                let needed = used == 0 ? length : used + 1 + length
                if needed <= perLine {
                    used = needed
                    continue
                }
                if used > 0 { count += 1 }
                while length > perLine {
                    count += 1
                    length -= perLine
                }
                used = length
            }
            lines += count
        }
        return lines
    }

    func measure(_ text: String, style: TextStyle, width: Double, language: String, direction: TextDirection) -> Size {
        Size(width: width, height: Double(lineCount(text, style: style, width: width)) * style.size * style.lineSpacing)
    }
}
