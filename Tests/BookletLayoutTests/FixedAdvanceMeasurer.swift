import BookletLayout

/// A measurer for tests: every character is half the type size wide, lines
/// break between words (or inside a word longer than the line), and a line is
/// `size × lineSpacing` tall. Simple enough to check layouts by hand.
struct FixedAdvanceMeasurer: TextMeasurer {
    /// The lengths in characters of the lines `text` wraps to.
    func lines(_ text: String, style: TextStyle, width: Double) -> [Int] {
        let perLine = width > 0 ? max(1, Int(width / (style.size * 0.5))) : Int.max
        var lines: [Int] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var used = 0
            for word in paragraph.split(separator: " ") {
                var length = word.count
                let needed = used == 0 ? length : used + 1 + length
                if needed <= perLine {
                    used = needed
                    continue
                }
                if used > 0 { lines.append(used) }
                while length > perLine {
                    lines.append(perLine)
                    length -= perLine
                }
                used = length
            }
            lines.append(used)
        }
        return lines
    }

    func lineCount(_ text: String, style: TextStyle, width: Double) -> Int {
        lines(text, style: style, width: width).count
    }

    func measure(_ text: String, style: TextStyle, width: Double, language: String, direction: TextDirection) -> Size {
        let lines = lines(text, style: style, width: width)
        return Size(width: Double(lines.max() ?? 0) * style.size * 0.5, height: Double(lines.count) * style.size * style.lineSpacing)
    }
}
