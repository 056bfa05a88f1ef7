import PlanModel

/// Places blocks on pages from the top down. A block that does not fit moves
/// to the next page; text longer than a page is split between words and flows
/// on. Nothing is clipped, shrunk or overlapped.
struct Paginator {
    let template: LayoutTemplate
    let band: LayoutTemplate.AgeBand
    let language: String
    let direction: TextDirection
    let measurer: any TextMeasurer

    private(set) var pages: [Page] = []
    private(set) var outline: [OutlineEntry] = []
    private var boxes: [Box] = []
    private var cursor: Double

    /// The content area in left-to-right coordinates; pages are mirrored at the end for right-to-left.
    let content: Rect

    /// Inner space between a quote's panel and its words.
    static let panelPadding = 10.0

    init(template: LayoutTemplate, age: Int, language: String, measurer: any TextMeasurer) {
        self.template = template
        self.band = template.band(forAge: age)
        self.language = language
        self.direction = TextDirection(language: language)
        self.measurer = measurer
        let margins = template.margins
        self.content = Rect(
            x: margins.start, y: margins.top,
            width: template.page.width - margins.start - margins.end,
            height: template.page.height - margins.top - margins.bottom
        )
        self.cursor = content.minY
    }

    // MARK: Styles

    func style(forHeading level: Int) -> TextStyle {
        let size = switch level {
        case 1: band.title
        case 2: band.heading
        default: (band.heading + band.body) / 2
        }
        return TextStyle(fontFamily: template.fontFamily, size: size, bold: true, colour: template.colours.heading, lineSpacing: template.lineSpacing)
    }

    var bodyStyle: TextStyle {
        TextStyle(fontFamily: template.fontFamily, size: band.body, colour: template.colours.text, lineSpacing: template.lineSpacing)
    }

    private var bodyLineHeight: Double { band.body * template.lineSpacing }

    private func measure(_ text: String, _ style: TextStyle, width: Double) -> Double {
        measurer.measure(text, style: style, width: width, language: language, direction: direction).height
    }

    private var isPageEmpty: Bool { boxes.isEmpty }
    private var remaining: Double { content.maxY - cursor }

    // MARK: Placing

    mutating func place(_ blocks: [Block]) {
        for (index, block) in blocks.enumerated() {
            let next = blocks.dropFirst(index + 1).first
            switch block {
            case .pageBreak:
                if !isPageEmpty { finishPage() }
            case .heading(let text, let level, let bookmark):
                placeHeading(text, level: level, bookmark: bookmark, next: next)
            case .entry(let text, let picture, let kind):
                placeEntry(text, picture: picture, kind: kind)
            case .picture(let path, let size):
                placePicture(path, size: size)
            case .drawingSpace(let caption):
                placeDrawingSpace(caption)
            }
        }
        if !isPageEmpty || pages.isEmpty { finishPage() }
    }

    /// The height the start of a block needs, so a heading is never left alone at a page's foot.
    private func leadingHeight(of block: Block?) -> Double {
        switch block {
        case .entry(_, let picture, let kind):
            let padding = kind == .quote ? 2 * Self.panelPadding : 0
            return max(bodyLineHeight, picture == nil ? 0 : template.pictureSize) + padding
        case .picture(_, let size):
            return min(size, content.width)
        default:
            return bodyLineHeight
        }
    }

    private mutating func placeHeading(_ text: String, level: Int, bookmark: String?, next: Block?) {
        let style = style(forHeading: level)
        let height = measure(text, style, width: content.width)
        if !isPageEmpty, height + template.gap + leadingHeight(of: next) > remaining { finishPage() }
        if let bookmark {
            outline.append(OutlineEntry(title: bookmark, pageIndex: pages.count, level: level <= 2 ? 1 : 2))
        }
        let role: BoxRole = level == 1 ? .title : (level == 2 ? .heading : .subheading)
        add(Box(role: role, frame: Rect(x: content.minX, y: cursor, width: content.width, height: height), content: .text(text, style)))
        cursor += height + template.gap
    }

    private mutating func placeEntry(_ text: String, picture: String?, kind: Block.EntryKind) {
        let padding = kind == .quote ? Self.panelPadding : 0
        var style = bodyStyle
        if kind == .title { style = self.style(forHeading: 1) }
        let pictureSize = picture == nil ? 0 : template.pictureSize
        let textX = content.minX + padding + (picture == nil ? 0 : pictureSize + template.gap)
        let textWidth = content.maxX - padding - textX
        var rest = Words(text)
        var picture = picture

        while !rest.isEmpty {
            let available = remaining - 2 * padding
            let whole = rest.text
            let wholeHeight = measure(whole, style, width: textWidth)
            let needed = max(wholeHeight, picture == nil ? 0 : pictureSize)
            var placed: (text: String, height: Double)?
            if needed <= available {
                placed = (whole, wholeHeight)
                rest = Words("")
            } else if available >= max(bodyLineHeight, picture == nil ? 0 : pictureSize),
                      let count = rest.longestPrefix(fitting: { measure($0, style, width: textWidth) <= available }) {
                let prefix = rest.prefix(count)
                placed = (prefix, measure(prefix, style, width: textWidth))
                rest = rest.dropping(count)
            } else if !isPageEmpty {
                finishPage()
                continue
            } else {
                // Not even one word fits an empty page: place it and let the box dump show the overflow.
                placed = (whole, wholeHeight)
                rest = Words("")
            }
            guard let placed else { break }
            let top = cursor + padding
            let blockHeight = max(placed.height, picture == nil ? 0 : pictureSize)
            if kind == .quote {
                add(Box(role: .panel, frame: Rect(x: content.minX, y: cursor, width: content.width, height: blockHeight + 2 * padding),
                        content: .panel(fill: template.colours.quotePanel, cornerRadius: 12)))
            }
            if let path = picture {
                add(Box(role: .picture, frame: Rect(x: content.minX + padding, y: top, width: pictureSize, height: pictureSize), content: .picture(path: path)))
                picture = nil
            }
            let role: BoxRole = kind == .quote ? .quote : (kind == .title ? .title : .body)
            add(Box(role: role, frame: Rect(x: textX, y: top, width: textWidth, height: placed.height), content: .text(placed.text, style)))
            cursor += blockHeight + 2 * padding + template.gap
            if !rest.isEmpty { finishPage() }
        }
    }

    private mutating func placePicture(_ path: String, size: Double) {
        let side = min(size, content.width, content.height)
        if side > remaining, !isPageEmpty { finishPage() }
        let x = content.minX + (content.width - side) / 2
        add(Box(role: .picture, frame: Rect(x: x, y: cursor, width: side, height: side), content: .picture(path: path)))
        cursor += side + template.gap
    }

    private mutating func placeDrawingSpace(_ caption: String) {
        let captionHeight = measure(caption, bodyStyle, width: content.width - 2 * Self.panelPadding)
        let minimum = captionHeight + 2 * Self.panelPadding + 120
        if remaining < minimum, !isPageEmpty { finishPage() }
        let height = max(remaining, minimum)
        add(Box(role: .panel, frame: Rect(x: content.minX, y: cursor, width: content.width, height: height),
                content: .panel(fill: template.colours.panel, cornerRadius: 16)))
        add(Box(role: .caption, frame: Rect(x: content.minX + Self.panelPadding, y: cursor + Self.panelPadding,
                                            width: content.width - 2 * Self.panelPadding, height: captionHeight),
                content: .text(caption, bodyStyle)))
        cursor += height
    }

    private mutating func add(_ box: Box) {
        boxes.append(box)
    }

    private mutating func finishPage() {
        var placed = boxes
        var area = content
        if direction == .rightToLeft {
            let width = template.page.width
            placed = placed.map { box in
                var box = box
                box.frame.x = width - box.frame.x - box.frame.width
                return box
            }
            area.x = width - area.x - area.width
        }
        pages.append(Page(size: template.page, contentArea: area, background: template.colours.background, boxes: placed))
        boxes = []
        cursor = content.minY
    }
}

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
