import PlanDiagnostics

/// A syntax tree with the diagnostics found while building it.
public struct ParseResult: Sendable {
    public var root: SyntaxNode
    public var diagnostics: [Diagnostic]
}

/// Parses a `.plan` file into a lossless syntax tree. It never stops at an
/// error: every line is placed in the tree (as `unexpected` when it fits
/// nowhere), so one run reports every mistake in a file.
public func parse(_ file: SourceFile) -> ParseResult {
    var parser = Parser(bytes: file.utf8)
    return parser.parseDocument()
}

struct Parser {
    private let bytes: [UInt8]
    private let lines: [SourceLine]
    private var diagnostics: [Diagnostic] = []

    /// Finished top-level nodes of the document.
    private var document: [SyntaxNode] = []
    /// The open section: its heading and the nodes so far.
    private var section: [SyntaxNode]?
    /// The open page inside the section.
    private var page: [SyntaxNode]?
    /// The open item: its lines so far.
    private var item: [SyntaxNode]?
    /// Blank lines and comments waiting for the next line to tell where they belong.
    private var pending: [SyntaxNode] = []
    private var sawTitle = false
    private var sawSection = false
    private var sawContent = false

    init(bytes: [UInt8]) {
        self.bytes = bytes
        self.lines = SourceLine.split(bytes)
    }

    mutating func parseDocument() -> ParseResult {
        for line in lines {
            parseLine(line)
        }
        closeSection()
        document.append(contentsOf: pending)
        pending = []
        if !sawTitle {
            let first = lines.first { !$0.isBlank && !isComment($0) }
            let range = first.map { SourceRange(start: $0.indentEnd, end: $0.contentEnd) } ?? .at(0)
            diagnostics.append(SyntaxDiagnostics.missingTitle(at: range))
        }
        let root = SyntaxNode(kind: .document, range: SourceRange(start: 0, end: bytes.count), children: document)
        return ParseResult(root: root, diagnostics: diagnostics)
    }

    // MARK: Lines

    private mutating func parseLine(_ line: SourceLine) {
        if line.isBlank {
            pending.append(SyntaxNode(kind: .trivia, range: SourceRange(start: line.start, end: line.end)))
            return
        }
        if isComment(line) {
            pending.append(commentNode(line))
            return
        }
        if line.indentWidth >= 2, item != nil {
            item!.append(contentsOf: pending)
            pending = []
            item!.append(indentedLineNode(line))
            return
        }
        closeItem()
        let first = bytes[line.indentEnd]
        if first == UInt8(ascii: "#") {
            parseHeading(line)
            return
        }
        if section == nil {
            parseDetailLine(line)
            return
        }
        parseSectionLine(line)
    }

    private mutating func parseHeading(_ line: SourceLine) {
        var markerEnd = line.indentEnd
        while markerEnd < line.contentEnd, bytes[markerEnd] == UInt8(ascii: "#") { markerEnd += 1 }
        let level = markerEnd - line.indentEnd
        let markerRange = SourceRange(start: line.indentEnd, end: markerEnd)
        let marker = String(repeating: "#", count: min(level, 3))
        let nameRange = trimmed(SourceRange(start: markerEnd, end: line.contentEnd))
        if !nameRange.isEmpty, markerEnd < line.contentEnd, !isSpace(bytes[markerEnd]) {
            diagnostics.append(SyntaxDiagnostics.spaceAfterMarker(marker, at: markerRange))
        }
        if level <= 3, nameRange.isEmpty {
            diagnostics.append(SyntaxDiagnostics.emptyHeading(marker, at: markerRange))
        }
        var tokens = [SyntaxNode(kind: .marker, range: markerRange)]
        if !nameRange.isEmpty { tokens.append(SyntaxNode(kind: .words, range: nameRange)) }

        switch level {
        case 1:
            if sawTitle || sawContent {
                diagnostics.append(SyntaxDiagnostics.titleNotFirst(at: lineRange(line)))
                appendToOpenContainer(lineNode(.unexpected, line, tokens))
            } else {
                sawTitle = true
                sawContent = true
                document.append(contentsOf: takePending())
                document.append(lineNode(.title, line, tokens))
            }
        case 2:
            closeSection()
            sawSection = true
            sawContent = true
            var heading = [SyntaxNode]()
            document.append(contentsOf: takePending())
            heading.append(lineNode(.sectionHeading, line, tokens))
            section = heading
        case 3:
            if section == nil {
                diagnostics.append(SyntaxDiagnostics.pageOutsideSection(at: lineRange(line)))
                sawContent = true
                document.append(contentsOf: takePending())
                document.append(lineNode(.unexpected, line, tokens))
            } else {
                closePage()
                section!.append(contentsOf: takePending())
                page = [lineNode(.pageHeading, line, tokens)]
            }
        default:
            diagnostics.append(SyntaxDiagnostics.tooManyHashes(at: markerRange))
            appendToOpenContainer(lineNode(.unexpected, line, tokens))
        }
    }

    private mutating func parseDetailLine(_ line: SourceLine) {
        sawContent = true
        if let tokens = keyValueTokens(line) {
            document.append(contentsOf: takePending())
            document.append(lineNode(.detail, line, tokens))
        } else {
            if sawTitle {
                diagnostics.append(SyntaxDiagnostics.expectedDetail(at: lineRange(line)))
            }
            document.append(contentsOf: takePending())
            document.append(lineNode(.unexpected, line, [SyntaxNode(kind: .words, range: lineRange(line))]))
        }
    }

    private mutating func parseSectionLine(_ line: SourceLine) {
        let start = line.indentEnd
        let first = bytes[start]
        let second: UInt8? = start + 1 < line.contentEnd ? bytes[start + 1] : nil
        let followedBySpace = second.map(isSpace) ?? true

        if first == UInt8(ascii: "-"), followedBySpace {
            openItem(line, bulletLength: 1)
        } else if first == UInt8(ascii: "*") || first == UInt8(ascii: "+"), followedBySpace, second != nil {
            diagnostics.append(SyntaxDiagnostics.wrongBullet(String(UnicodeScalar(first)), at: SourceRange(start: start, end: start + 1)))
            openItem(line, bulletLength: 1)
        } else if hasPrefix("•", at: start, line: line) {
            diagnostics.append(SyntaxDiagnostics.wrongBullet("•", at: SourceRange(start: start, end: start + 3)))
            openItem(line, bulletLength: 3)
        } else if first == UInt8(ascii: ">") {
            appendToOpenContainer(quoteNode(line))
        } else if let tokens = keyValueTokens(line) {
            appendToOpenContainer(lineNode(.field, line, tokens))
        } else {
            appendToOpenContainer(lineNode(.text, line, textTokens(SourceRange(start: start, end: line.contentEnd))))
        }
    }

    // MARK: Containers

    private mutating func openItem(_ line: SourceLine, bulletLength: Int) {
        let markerRange = SourceRange(start: line.indentEnd, end: line.indentEnd + bulletLength)
        var tokens = [SyntaxNode(kind: .marker, range: markerRange)]
        tokens += textTokens(SourceRange(start: markerRange.end, end: line.contentEnd))
        // Comments and blank lines before the item stay outside it.
        flushPendingIntoOpenContainer()
        item = [lineNode(.itemLine, line, tokens)]
    }

    private mutating func closeItem() {
        guard let lines = item else { return }
        item = nil
        let node = SyntaxNode(kind: .item, range: span(lines), children: lines)
        appendRaw(node)
    }

    private mutating func closePage() {
        closeItem()
        guard let nodes = page else { return }
        page = nil
        section!.append(SyntaxNode(kind: .page, range: span(nodes), children: nodes))
    }

    private mutating func closeSection() {
        closeItem()
        closePage()
        guard let nodes = section else { return }
        section = nil
        document.append(SyntaxNode(kind: .section, range: span(nodes), children: nodes))
    }

    /// Adds a finished line node where it belongs, after any pending trivia.
    private mutating func appendToOpenContainer(_ node: SyntaxNode) {
        closeItem()
        flushPendingIntoOpenContainer()
        appendRaw(node)
    }

    private mutating func flushPendingIntoOpenContainer() {
        if page != nil {
            page!.append(contentsOf: takePending())
        } else if section != nil {
            section!.append(contentsOf: takePending())
        } else {
            document.append(contentsOf: takePending())
        }
    }

    private mutating func appendRaw(_ node: SyntaxNode) {
        if page != nil {
            page!.append(node)
        } else if section != nil {
            section!.append(node)
        } else {
            document.append(node)
        }
    }

    private mutating func takePending() -> [SyntaxNode] {
        defer { pending = [] }
        return pending
    }

    private func span(_ nodes: [SyntaxNode]) -> SourceRange {
        guard let first = nodes.first, let last = nodes.last else { return .at(0) }
        return SourceRange(start: first.range.start, end: last.range.end)
    }

    // MARK: Line nodes

    /// Builds a node for a whole line from its significant tokens, filling
    /// every gap (indentation, spaces, the line ending) with trivia.
    private func lineNode(_ kind: SyntaxKind, _ line: SourceLine, _ tokens: [SyntaxNode]) -> SyntaxNode {
        var children: [SyntaxNode] = []
        var cursor = line.start
        for token in tokens {
            if token.range.start > cursor {
                children.append(SyntaxNode(kind: .trivia, range: SourceRange(start: cursor, end: token.range.start)))
            }
            children.append(token)
            cursor = token.range.end
        }
        if line.end > cursor {
            children.append(SyntaxNode(kind: .trivia, range: SourceRange(start: cursor, end: line.end)))
        }
        return SyntaxNode(kind: kind, range: SourceRange(start: line.start, end: line.end), children: children)
    }

    private func commentNode(_ line: SourceLine) -> SyntaxNode {
        let markerRange = SourceRange(start: line.indentEnd, end: line.indentEnd + 2)
        let bodyRange = trimmed(SourceRange(start: markerRange.end, end: line.contentEnd))
        var tokens = [SyntaxNode(kind: .marker, range: markerRange)]
        if !bodyRange.isEmpty { tokens.append(SyntaxNode(kind: .words, range: bodyRange)) }
        let body = String(decoding: bytes[bodyRange.start..<bodyRange.end], as: UTF8.self)
        let isAllow = LintAllowance.names(inCommentBody: body) != nil
        return lineNode(isAllow ? .lintAllow : .comment, line, tokens)
    }

    /// An indented line under an item: an attribute when it reads `word: value`,
    /// else a continuation of the item's text.
    private func indentedLineNode(_ line: SourceLine) -> SyntaxNode {
        if let tokens = keyValueTokens(line, singleWordKey: true) {
            let key = String(decoding: bytes[tokens[0].range.start..<tokens[0].range.end], as: UTF8.self).lowercased()
            if key == "picture", tokens.count > 2 {
                var tokens = tokens
                tokens[2].kind = .pictureName
                return lineNode(.attribute, line, tokens)
            }
            return lineNode(.attribute, line, tokens)
        }
        return lineNode(.continuation, line, textTokens(SourceRange(start: line.indentEnd, end: line.contentEnd)))
    }

    private func quoteNode(_ line: SourceLine) -> SyntaxNode {
        let markerRange = SourceRange(start: line.indentEnd, end: line.indentEnd + 1)
        var tokens = [SyntaxNode(kind: .marker, range: markerRange)]
        var (textRange, tag) = splitPictureTag(SourceRange(start: markerRange.end, end: line.contentEnd))
        var attribution: SyntaxNode?
        if let found = trailingAttribution(textRange) {
            attribution = SyntaxNode(kind: .attribution, range: found)
            textRange = trimmed(SourceRange(start: textRange.start, end: found.start))
        }
        if !textRange.isEmpty { tokens.append(SyntaxNode(kind: .words, range: textRange)) }
        if let attribution { tokens.append(attribution) }
        if let tag { tokens.append(tag) }
        return lineNode(.quote, line, tokens)
    }

    /// `words` and an optional trailing picture tag.
    private func textTokens(_ range: SourceRange) -> [SyntaxNode] {
        let (textRange, tag) = splitPictureTag(range)
        var tokens: [SyntaxNode] = []
        if !textRange.isEmpty { tokens.append(SyntaxNode(kind: .words, range: textRange)) }
        if let tag { tokens.append(tag) }
        return tokens
    }

    // MARK: Pieces of lines

    /// `key: value`, where the key is a few words of letters, digits, spaces,
    /// apostrophes or hyphens, and the colon is followed by a space or the end.
    private func keyValueTokens(_ line: SourceLine, singleWordKey: Bool = false) -> [SyntaxNode]? {
        let start = line.indentEnd
        var index = start
        var words = 1
        while index < line.contentEnd, bytes[index] != UInt8(ascii: ":") {
            let byte = bytes[index]
            let allowed =
                byte >= 0x80 || isLetterOrDigit(byte) || byte == UInt8(ascii: "'")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                || (!singleWordKey && byte == UInt8(ascii: " "))
            guard allowed else { return nil }
            if byte == UInt8(ascii: " "), index > start, bytes[index - 1] != UInt8(ascii: " ") { words += 1 }
            index += 1
        }
        guard index < line.contentEnd, index > start, words <= 4, index - start <= 40 else { return nil }
        guard bytes[start] != UInt8(ascii: "-"), bytes[start] != UInt8(ascii: "'") else { return nil }
        let colon = index
        if colon + 1 < line.contentEnd, !isSpace(bytes[colon + 1]) { return nil }
        var tokens = [
            SyntaxNode(kind: .key, range: trimmed(SourceRange(start: start, end: colon))),
            SyntaxNode(kind: .colon, range: SourceRange(start: colon, end: colon + 1)),
        ]
        let valueRange = trimmed(SourceRange(start: colon + 1, end: line.contentEnd))
        if !valueRange.isEmpty {
            // `Mum said: we will try. [picture: heart]` keeps its picture.
            let (textRange, tag) = splitPictureTag(valueRange)
            if !textRange.isEmpty { tokens.append(SyntaxNode(kind: .value, range: textRange)) }
            if let tag { tokens.append(tag) }
        }
        return tokens
    }

    /// Splits a trailing `[picture: NAME]` off a range of text.
    private func splitPictureTag(_ range: SourceRange) -> (SourceRange, SyntaxNode?) {
        let range = trimmed(range)
        guard range.length > 2, bytes[range.end - 1] == UInt8(ascii: "]") else { return (range, nil) }
        var open = range.end - 1
        while open > range.start, bytes[open] != UInt8(ascii: "[") { open -= 1 }
        guard bytes[open] == UInt8(ascii: "[") else { return (range, nil) }
        let inside = SourceRange(start: open + 1, end: range.end - 1)
        let prefix = "picture"
        var cursor = inside.start
        while cursor < inside.end, isSpace(bytes[cursor]) { cursor += 1 }
        for expected in prefix.utf8 {
            guard cursor < inside.end, lowercase(bytes[cursor]) == expected else { return (range, nil) }
            cursor += 1
        }
        while cursor < inside.end, isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor < inside.end, bytes[cursor] == UInt8(ascii: ":") else { return (range, nil) }
        let colon = cursor
        let nameRange = trimmed(SourceRange(start: colon + 1, end: inside.end))
        var children = [SyntaxNode(kind: .marker, range: SourceRange(start: open, end: colon + 1))]
        if nameRange.start > colon + 1 {
            children.append(SyntaxNode(kind: .trivia, range: SourceRange(start: colon + 1, end: nameRange.start)))
        }
        if !nameRange.isEmpty { children.append(SyntaxNode(kind: .pictureName, range: nameRange)) }
        if inside.end > nameRange.end, !nameRange.isEmpty {
            children.append(SyntaxNode(kind: .trivia, range: SourceRange(start: nameRange.end, end: inside.end)))
        }
        children.append(SyntaxNode(kind: .marker, range: SourceRange(start: inside.end, end: range.end)))
        let tag = SyntaxNode(kind: .pictureTag, range: SourceRange(start: open, end: range.end), children: children)
        return (trimmed(SourceRange(start: range.start, end: open)), tag)
    }

    /// A trailing `(Name)` after a quote: taken as the speaker when the words
    /// before it close a quotation, or when it holds at most three words.
    private func trailingAttribution(_ range: SourceRange) -> SourceRange? {
        guard range.length > 2, bytes[range.end - 1] == UInt8(ascii: ")") else { return nil }
        var open = range.end - 2
        while open > range.start, bytes[open] != UInt8(ascii: "("), bytes[open] != UInt8(ascii: ")") { open -= 1 }
        guard bytes[open] == UInt8(ascii: "("), open > range.start else { return nil }
        let inner = String(decoding: bytes[(open + 1)..<(range.end - 1)], as: UTF8.self)
        let before = String(decoding: bytes[range.start..<open], as: UTF8.self).trimmingTrailingSpaces()
        let closesQuote = before.last.map { "\"”»'’".contains($0) } ?? false
        let wordCount = inner.split(separator: " ").count
        guard !inner.isEmpty, closesQuote || wordCount <= 3 else { return nil }
        return SourceRange(start: open, end: range.end)
    }

    private func trimmed(_ range: SourceRange) -> SourceRange {
        var start = range.start
        var end = range.end
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return SourceRange(start: start, end: end)
    }

    private func lineRange(_ line: SourceLine) -> SourceRange {
        trimmed(SourceRange(start: line.indentEnd, end: line.contentEnd))
    }

    private func isComment(_ line: SourceLine) -> Bool {
        line.indentEnd + 1 < line.contentEnd
            && bytes[line.indentEnd] == UInt8(ascii: "/") && bytes[line.indentEnd + 1] == UInt8(ascii: "/")
    }

    private func hasPrefix(_ prefix: String, at offset: Int, line: SourceLine) -> Bool {
        let utf8 = Array(prefix.utf8)
        guard offset + utf8.count <= line.contentEnd else { return false }
        return Array(bytes[offset..<(offset + utf8.count)]) == utf8
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
        return copy
    }
}
