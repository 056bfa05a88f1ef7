/// One physical line of a file, as byte offsets into its UTF-8 text.
struct SourceLine {
    /// Where the line starts.
    var start: Int
    /// Where its content ends, before any `\r\n` or `\n`.
    var contentEnd: Int
    /// Where the next line starts.
    var end: Int
    /// Where the first character that is not a space or tab stands.
    var indentEnd: Int
    /// The indentation in columns, a tab counting as four spaces.
    var indentWidth: Int

    var isBlank: Bool { indentEnd == contentEnd }

    /// Splits UTF-8 bytes into lines; LF and CRLF both end a line.
    static func split(_ bytes: [UInt8]) -> [SourceLine] {
        var lines: [SourceLine] = []
        var start = 0
        let count = bytes.count
        while start < count {
            var end = start
            while end < count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var contentEnd = end
            if contentEnd > start, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            let next = end < count ? end + 1 : end
            var indentEnd = start
            var width = 0
            while indentEnd < contentEnd {
                let byte = bytes[indentEnd]
                if byte == UInt8(ascii: " ") {
                    width += 1
                } else if byte == UInt8(ascii: "\t") {
                    width += 4
                } else {
                    break
                }
                indentEnd += 1
            }
            lines.append(SourceLine(start: start, contentEnd: contentEnd, end: next, indentEnd: indentEnd, indentWidth: width))
            start = next
        }
        return lines
    }
}
