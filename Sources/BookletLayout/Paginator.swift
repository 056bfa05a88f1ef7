/// Places blocks from the top down inside a content rectangle, page after
/// page. A block that does not fit moves to the next page; words longer than a
/// page are split between words and flow on. Nothing is clipped, shrunk or
/// overlapped. Coordinates are left to right; the engine mirrors them for
/// right-to-left languages.
struct Paginator {
    let context: LayoutContext
    /// Where boxes may go on every page.
    let content: Rect

    /// Finished pages' boxes.
    private(set) var pages: [[Box]] = []
    /// Bookmarks, with page indexes counted from this paginator's first page.
    private(set) var outline: [OutlineEntry] = []
    private var boxes: [Box] = []
    private var cursor: Double
    /// The tag of the group being placed; boxes take what their own tag leaves open from it.
    private var tag = BoxTag()
    /// The heading of the section being placed, repeated ("… continued") when the section runs on to a new page.
    private var sectionHeading: String?
    /// Boxes at the top of the page that do not make it less empty: a "… continued" heading.
    private var reservedBoxes = 0
    /// The part of a page a section must find left to start on it rather than on a new page.
    static let sectionShareFraction = 0.25

    /// More text than any page holds: a longer rest is placed a page at a time without measuring all of it.
    static let bytesMeasuredWhole = 16_000

    /// Inner space between a panel, bubble or house and its words.
    static let padding = 12.0

    /// `firstPageTop` starts the first page lower, below a header placed by someone else.
    init(context: LayoutContext, content: Rect, firstPageTop: Double? = nil) {
        self.context = context
        self.content = content
        self.cursor = firstPageTop ?? content.minY
    }

    private var template: LayoutTemplate { context.template }
    private var isPageEmpty: Bool { boxes.count <= reservedBoxes }
    private var remaining: Double { content.maxY - cursor }

    /// Places every block, then closes the last page.
    mutating func place(_ blocks: [Block]) {
        placeBlocks(blocks)
        if !isPageEmpty || pages.isEmpty { finishPage() }
    }

    /// `following` is what comes after these blocks, so a heading at their end still keeps with it.
    private mutating func placeBlocks(_ blocks: [Block], following: Block? = nil) {
        for (index, block) in blocks.enumerated() {
            let nextBlock = blocks.dropFirst(index + 1).first ?? following
            let next = nextBlock.flatMap(Self.firstPlaced)
            switch block {
            case .tagged(let inner, let children):
                placeGroup(inner, children, following: nextBlock)
            case .pageBreak:
                if !isPageEmpty { finishPage(overflow: false) }
            case .sectionBreak:
                if !isPageEmpty {
                    if remaining < content.height * Self.sectionShareFraction {
                        finishPage(overflow: false)
                    } else {
                        cursor += template.gap * 1.5
                    }
                }
            case .heading(let text, let level, let bookmark):
                placeHeading(text, level: level, bookmark: bookmark, next: next, nextGroup: nextBlock)
            case .entry(let entry):
                placeEntry(entry)
            case .figure(let figure):
                placeFigure(figure)
            case .picture(let path, let size):
                placePicture(path, size: size)
            case .drawingSpace(let caption):
                placeDrawingSpace(caption)
            case .writingLines(let count):
                placeWritingLines(count)
            }
        }
    }

    /// Places a tagged group. An item (a group with a number) and the three
    /// houses are kept on one page: when they would run over and a fresh page
    /// holds them whole, they start on the next page.
    private mutating func placeGroup(_ inner: BoxTag, _ children: [Block], following: Block?) {
        let outer = (tag, sectionHeading)
        tag = inner.inside(outer.0)
        if inner.section != nil { sectionHeading = nil }
        var children = children
        if tag.role == .house, tag.section == .threeHouses { children = lowRoofedIfShort(children) }
        let keepWhole = (inner.item ?? 0) > 0 || (tag.role == .house && tag.section == .threeHouses)
        // Moving is no use straight after a heading: the heading already made room for what fits.
        let afterHeading = boxes.last.map { [.title, .heading, .subheading].contains($0.role) } ?? false
        if keepWhole, !isPageEmpty, !afterHeading, !fitsHere(children), fitsOnAFreshPage(children) {
            finishPage()
        }
        placeBlocks(children, following: following)
        (tag, sectionHeading) = outer
        if inner.section == nil, outer.1 != nil, sectionHeading == nil { sectionHeading = outer.1 }
    }

    /// Whether placing `blocks` from here keeps them on this page.
    private func fitsHere(_ blocks: [Block]) -> Bool {
        var trial = self
        let before = trial.pages.count
        trial.placeBlocks(blocks)
        return trial.pages.count == before
    }

    /// Whether `blocks` fit whole on an empty page.
    private func fitsOnAFreshPage(_ blocks: [Block]) -> Bool {
        var trial = self
        trial.finishPage(overflow: false)
        let before = trial.pages.count
        trial.placeBlocks(blocks)
        return trial.pages.count == before
    }

    /// The height `blocks` take placed at the top of an empty page; nil when they need more than a page.
    private func heightOnAFreshPage(_ blocks: [Block]) -> Double? {
        var trial = self
        trial.finishPage(overflow: false)
        let before = trial.pages.count
        trial.placeBlocks(blocks)
        return trial.pages.count == before ? trial.cursor - content.minY : nil
    }

    /// Three houses that each hold at most four lines get low roofs, so all three share one page.
    private func lowRoofedIfShort(_ blocks: [Block]) -> [Block] {
        let entries = blocks.compactMap { block -> Entry? in
            if case .entry(let entry) = block, case .house = entry.frame { return entry }
            return nil
        }
        guard entries.count == blocks.count, !entries.isEmpty else { return blocks }
        let short = entries.allSatisfy { entry in
            context.height(entry.text, style(of: entry), width: columns(for: entry).textWidth) <= 4 * context.bodyLineHeight + 1
        }
        guard short else { return blocks }
        return entries.map { entry in
            var entry = entry
            entry.lowRoof = true
            return .entry(entry)
        }
    }

    /// The first block a group places, for keeping a heading with what follows it.
    private static func firstPlaced(_ block: Block) -> Block? {
        if case .tagged(_, let children) = block { return children.first.flatMap(firstPlaced) }
        return block
    }

    // MARK: Headings

    /// The height the start of a block needs, so a heading is never left alone at a page's foot.
    private func leadingHeight(of block: Block?) -> Double {
        switch block {
        case .entry(let entry) where entry.frame != .none:
            // A framed entry is kept whole when it can be, so the heading needs all of it.
            let whole = wholeHeight(of: entry)
            return whole <= content.height ? whole : context.bodyLineHeight + 2 * Self.padding
        case .entry(let entry):
            return max(context.bodyLineHeight, entry.picture == nil ? 0 : pictureSide(of: entry))
        case .picture(_, let size):
            return min(size, content.width)
        case .figure(.network(let network)):
            // A network in pieces: its heading stays with the first.
            let first = network.pieces(width: content.width, maxHeight: content.height, context: context).first ?? network
            return first.boxes(width: content.width, maxHeight: content.height, context: context)?.height ?? min(content.height / 2, 160)
        case .figure(.safetyHouse(let house)):
            // A Safety house in parts: its heading stays with the first.
            let first = house.pieces(pageHeight: content.height, width: content.width, context: context).first ?? house
            return first.boxes(width: content.width, context: context).height
        case .figure(let figure):
            return heightOnAFreshPage([.figure(figure)]) ?? min(content.height / 2, 160)
        default:
            return context.bodyLineHeight
        }
    }

    private mutating func placeHeading(_ text: String, level: Int, bookmark: String?, next: Block?, nextGroup: Block? = nil) {
        let style = context.headingStyle(level: level)
        let height = context.height(text, style, width: content.width)
        var following = leadingHeight(of: next)
        // A heading stays with the whole item after it, when that item fits on a page.
        if let nextGroup, case .tagged(let inner, _) = nextGroup, (inner.item ?? 0) > 0 || inner.role == .house,
            let whole = heightOnAFreshPage([nextGroup])
        {
            following = max(following, whole)
        }
        if !isPageEmpty, height + template.gap + following > remaining { finishPage() }
        if level == 2, tag.section != nil { sectionHeading = text }
        if let bookmark {
            outline.append(OutlineEntry(title: bookmark, pageIndex: pages.count, level: level <= 2 ? 1 : 2))
        }
        let role: BoxRole = level == 1 ? .title : (level == 2 ? .heading : .subheading)
        add(Box(role: role, frame: Rect(x: content.minX, y: cursor, width: content.width, height: height), content: .text(text, style)))
        cursor += height + template.gap
    }

    // MARK: Entries

    private func pictureSide(of entry: Entry) -> Double {
        min(entry.pictureSize ?? template.pictureSize, content.width / 3)
    }

    private func style(of entry: Entry) -> TextStyle {
        var style =
            switch entry.style {
            case .body: context.bodyStyle
            case .strong: context.strongStyle
            case .note: context.noteStyle
            }
        if let size = entry.size { style.size = size }
        return style
    }

    /// How an entry's parts sit across the width: the picture's and the words' x and width.
    private struct Columns {
        var pictureX: Double
        var textX: Double
        var textWidth: Double
        /// For a bubble: where its body starts and ends.
        var frameX: Double
        var frameWidth: Double
    }

    private func columns(for entry: Entry) -> Columns {
        let padding = framePadding(of: entry)
        let side = entry.picture == nil ? 0 : pictureSide(of: entry)
        let pictureRoom = entry.picture == nil ? 0 : side + template.gap
        let tail = entry.frame == .bubble && entry.picture != nil ? 14.0 : 0
        var frameX = content.minX
        var frameWidth = content.width
        var pictureX = content.minX
        switch entry.frame {
        case .bubble:
            // The picture stands outside the bubble, its tail pointing at it.
            if template.pictureSide == .start {
                pictureX = content.minX
                frameX = content.minX + pictureRoom + tail
            } else {
                pictureX = content.maxX - side
            }
            frameWidth = content.width - pictureRoom - tail
            return Columns(
                pictureX: pictureX, textX: frameX + padding, textWidth: frameWidth - 2 * padding, frameX: frameX, frameWidth: frameWidth)
        case .house:
            let inset = 10.0
            frameX = content.minX + inset
            frameWidth = content.width - 2 * inset
            fallthrough
        default:
            // A house's walls stand 8 points in from its eaves: its words stand inside them.
            let walls: Double = if case .house = entry.frame { 8 } else { 0 }
            let innerX = frameX + walls + padding
            let innerWidth = frameWidth - 2 * (walls + padding)
            if template.pictureSide == .start {
                return Columns(
                    pictureX: innerX, textX: innerX + pictureRoom, textWidth: innerWidth - pictureRoom, frameX: frameX,
                    frameWidth: frameWidth)
            }
            return Columns(
                pictureX: innerX + innerWidth - side, textX: innerX, textWidth: innerWidth - pictureRoom, frameX: frameX,
                frameWidth: frameWidth)
        }
    }

    /// The room between a frame and its words: none without a frame, less in a low-roofed house.
    private func framePadding(of entry: Entry) -> Double {
        entry.frame == .none ? 0 : (entry.lowRoof ? 6 : Self.padding)
    }

    /// The top of a house: the roof, and the house's name under it inside the walls.
    private struct Roof {
        var title: String
        /// The triangle's height.
        var triangle: Double
        var titleHeight: Double
        /// A low roof holds the name inside it (a band with sloping ends) instead of over the walls.
        var low = false
        /// Everything above the words: the triangle, then the name.
        var height: Double { low ? triangle : triangle + Paginator.padding + titleHeight + 4 }
    }

    private func roof(of entry: Entry, frameWidth: Double) -> Roof? {
        guard case .house(let title, _) = entry.frame else { return nil }
        if entry.lowRoof {
            let band = context.height(title, context.headingStyle(level: 3), width: frameWidth * 0.6) + 10
            let titleHeight = context.height(title, context.headingStyle(level: 3), width: frameWidth - 1.2 * band)
            return Roof(title: title, triangle: titleHeight + 10, titleHeight: titleHeight, low: true)
        }
        let titleHeight = context.height(title, context.headingStyle(level: 3), width: frameWidth - 16 - 2 * Self.padding)
        return Roof(title: title, triangle: min(frameWidth * 0.3, 80), titleHeight: titleHeight)
    }

    /// The height of an entry placed whole, with its frame and roof.
    private func wholeHeight(of entry: Entry) -> Double {
        let layout = columns(for: entry)
        let text = context.height(entry.text, style(of: entry), width: layout.textWidth)
        let padding = 2 * framePadding(of: entry)
        return max(text, entry.picture == nil ? 0 : pictureSide(of: entry)) + padding
            + (roof(of: entry, frameWidth: layout.frameWidth)?.height ?? 0)
    }

    private mutating func placeEntry(_ entry: Entry) {
        let style = style(of: entry)
        let padding = framePadding(of: entry)
        let layout = columns(for: entry)
        let side = pictureSide(of: entry)
        var rest = BreakableText(entry.text, longestWord: context.longestWord)
        var picture = entry.picture
        var roof = roof(of: entry, frameWidth: layout.frameWidth)

        // A bubble, panel or house is kept whole when a fresh page can hold it.
        if entry.frame != .none, !isPageEmpty {
            let needed = wholeHeight(of: entry)
            if needed > remaining, needed <= content.height { finishPage() }
        }

        while !rest.isEmpty {
            let roofHeight = roof?.height ?? 0
            let available = remaining - 2 * padding - roofHeight
            let pictureNeed = picture == nil ? 0 : side
            // All that is left is measured at once only when it could fit a page:
            // measuring 35,000 words for every page made long items quadratic.
            let wholeHeight =
                rest.byteCount <= Self.bytesMeasuredWhole ? context.height(rest.text, style, width: layout.textWidth) : .infinity
            var placedText: String
            var placedHeight: Double
            if max(wholeHeight, pictureNeed) <= available {
                (placedText, placedHeight) = (rest.text, wholeHeight)
                rest = BreakableText("")
            } else if available >= max(context.bodyLineHeight, pictureNeed),
                let count = rest.longestPrefix(fitting: { context.height($0, style, width: layout.textWidth) <= available })
            {
                placedText = rest.prefix(count)
                placedHeight = context.height(placedText, style, width: layout.textWidth)
                rest = rest.dropping(count)
            } else if !isPageEmpty {
                finishPage()
                continue
            } else {
                // Not even one line fits an empty page: place it and let the layout checks report it.
                (placedText, placedHeight) = (rest.text, context.height(rest.text, style, width: layout.textWidth))
                rest = BreakableText("")
            }
            let bodyHeight = max(placedHeight, picture == nil ? 0 : side)
            let top = cursor + roofHeight + padding
            decorate(
                entry, columns: layout, top: cursor, roof: roof, bodyHeight: bodyHeight + 2 * padding, pictureSide: side,
                hasPicture: picture != nil)
            if let roof {
                var centred = context.headingStyle(level: 3)
                centred.alignment = .centre
                let titleFrame =
                    roof.low
                    ? Rect(
                        x: layout.frameX + 0.6 * roof.triangle, y: cursor + 5, width: layout.frameWidth - 1.2 * roof.triangle,
                        height: roof.titleHeight)
                    : Rect(
                        x: layout.frameX + 8 + padding, y: cursor + roof.triangle + padding,
                        width: layout.frameWidth - 16 - 2 * padding, height: roof.titleHeight)
                add(Box(role: .subheading, frame: titleFrame, content: .text(roof.title, centred)))
            }
            if let spec = picture {
                for box in context.pictureBoxes(
                    spec, in: Rect(x: layout.pictureX, y: entry.frame == .bubble ? cursor : top, width: side, height: side))
                {
                    add(box)
                }
                picture = nil
            }
            let role: BoxRole = entry.frame == .bubble ? .quote : (entry.style == .note ? .caption : .body)
            add(
                Box(
                    role: role, frame: Rect(x: layout.textX, y: top, width: layout.textWidth, height: placedHeight),
                    content: .text(placedText, style)))
            cursor = top + bodyHeight + padding + template.gap
            roof = nil
            if !rest.isEmpty { finishPage() }
        }
    }

    /// Draws what stands around an entry's words: a panel, a bubble or a house.
    private mutating func decorate(
        _ entry: Entry, columns: Columns, top: Double, roof: Roof?,
        bodyHeight: Double, pictureSide: Double, hasPicture: Bool
    ) {
        let line = context.colours.line
        switch entry.frame {
        case .none:
            break
        case .panel(let fill):
            add(
                Box(
                    role: .panel, frame: Rect(x: columns.frameX, y: top, width: columns.frameWidth, height: bodyHeight),
                    content: .panel(fill: fill, cornerRadius: 12)))
        case .bubble:
            let frame = Rect(x: columns.frameX, y: top, width: columns.frameWidth, height: bodyHeight)
            let shape = SpeechBubble.shape(
                size: Size(width: frame.width, height: frame.height),
                tailTowards: hasPicture ? (template.pictureSide == .start ? .start : .end) : nil,
                tailY: min(pictureSide / 2, frame.height / 2),
                fill: context.colours.quotePanel, stroke: line)
            let extra = hasPicture ? 14.0 : 0
            let drawX = template.pictureSide == .start ? frame.x - extra : frame.x
            add(
                Box(role: .drawing, frame: Rect(x: drawX, y: top, width: frame.width + extra, height: frame.height), content: .shape(shape))
            )
        case .house(_, let fill):
            let roofHeight = roof?.height ?? 0
            let width = columns.frameWidth
            var points: [Point] = []
            if let roof, roof.low {
                let band = roof.triangle
                points = [
                    Point(x: band, y: 0), Point(x: width - band, y: 0), Point(x: width, y: band), Point(x: width - 8, y: band),
                    Point(x: width - 8, y: roofHeight + bodyHeight), Point(x: 8, y: roofHeight + bodyHeight),
                    Point(x: 8, y: band), Point(x: 0, y: band),
                ]
            } else if let triangle = roof?.triangle {
                points = [
                    Point(x: width / 2, y: 0), Point(x: width, y: triangle), Point(x: width - 8, y: triangle),
                    Point(x: width - 8, y: roofHeight + bodyHeight), Point(x: 8, y: roofHeight + bodyHeight),
                    Point(x: 8, y: triangle), Point(x: 0, y: triangle),
                ]
            } else {
                points = [Point(x: 8, y: 0), Point(x: width - 8, y: 0), Point(x: width - 8, y: bodyHeight), Point(x: 8, y: bodyHeight)]
            }
            add(
                Box(
                    role: .drawing, frame: Rect(x: columns.frameX, y: top, width: width, height: roofHeight + bodyHeight),
                    content: .shape(.polygon(points, fill: fill, stroke: line, lineWidth: 3))))
        }
    }

    // MARK: Figures, pictures and space

    private mutating func placeFigure(_ figure: Figure) {
        // Too many people for one page: the network in pieces, the child in each.
        if case .network(let network) = figure {
            let pieces = network.pieces(width: content.width, maxHeight: content.height, context: context)
            if pieces.count > 1 {
                for piece in pieces { placeFigure(.network(piece)) }
                return
            }
        }
        // A Safety house taller than a page: its parts one after another.
        if case .safetyHouse(let house) = figure {
            let parts = house.pieces(pageHeight: content.height, width: content.width, context: context)
            if parts.count > 1 {
                for part in parts { placeFigure(.safetyHouse(part)) }
                return
            }
        }
        func laidOut() -> (boxes: [Box], height: Double)? {
            switch figure {
            case .scale(let scale):
                return scale.boxes(width: content.width, context: context)
            case .network(let network):
                return network.boxes(width: content.width, maxHeight: content.height, context: context)
            case .people(let marks):
                return PeopleRow(marks: marks).boxes(width: content.width, context: context)
            case .safetyHouse(let house):
                return house.boxes(width: content.width, context: context)
            }
        }
        guard var result = laidOut() else { return }
        if result.height > remaining, !isPageEmpty {
            finishPage()
            result = laidOut() ?? result
        }
        for box in result.boxes {
            var box = box
            box.frame.x += content.minX
            box.frame.y += cursor
            add(box)
        }
        cursor += result.height + template.gap
    }

    private mutating func placePicture(_ path: String, size: Double) {
        let side = min(size, content.width, content.height)
        if side > remaining, !isPageEmpty { finishPage() }
        let x = content.minX + (content.width - side) / 2
        add(Box(role: .picture, frame: Rect(x: x, y: cursor, width: side, height: side), content: .picture(path: path)))
        cursor += side + template.gap
    }

    private mutating func placeWritingLines(_ count: Int) {
        let spacing = context.bodyLineHeight * 1.5
        let height = spacing * Double(count)
        if height > remaining, !isPageEmpty { finishPage() }
        var lines: [Shape.Element] = []
        for index in 1...max(1, count) {
            let y = spacing * Double(index) - 4
            lines += [.move(Point(x: 0, y: y)), .line(Point(x: content.width, y: y))]
        }
        add(
            Box(
                role: .drawing, frame: Rect(x: content.minX, y: cursor, width: content.width, height: height),
                content: .shape(Shape(elements: lines, stroke: context.colours.line, lineWidth: 1))))
        cursor += height + template.gap
    }

    private mutating func placeDrawingSpace(_ caption: String) {
        let style = context.bodyStyle
        let captionHeight = context.height(caption, style, width: content.width - 2 * Self.padding)
        let minimum = captionHeight + 2 * Self.padding + 120
        if remaining < minimum, !isPageEmpty { finishPage() }
        let height = max(remaining, minimum)
        add(
            Box(
                role: .panel, frame: Rect(x: content.minX, y: cursor, width: content.width, height: height),
                content: .panel(fill: context.colours.panel, cornerRadius: 16)))
        add(
            Box(
                role: .caption,
                frame: Rect(
                    x: content.minX + Self.padding, y: cursor + Self.padding,
                    width: content.width - 2 * Self.padding, height: captionHeight),
                content: .text(caption, style)))
        cursor += height
    }

    private mutating func add(_ box: Box) {
        var box = box
        box.tag = box.tag.inside(tag)
        boxes.append(box)
    }

    /// Ends the page; the next box starts a new one. `overflow` says the page
    /// ended because the next thing did not fit, so a section running on gets its heading again.
    mutating func finishPage(overflow: Bool = true) {
        pages.append(boxes)
        boxes = []
        reservedBoxes = 0
        cursor = content.minY
        if overflow, let heading = sectionHeading { placeContinuation(of: heading) }
    }

    /// "What happens next? (continued)" at the top of a page a section runs on to.
    private mutating func placeContinuation(of heading: String) {
        let text = context.continued(heading)
        let style = context.headingStyle(level: 2)
        let height = context.height(text, style, width: content.width)
        boxes.append(
            Box(
                role: .heading, frame: Rect(x: content.minX, y: cursor, width: content.width, height: height),
                content: .text(text, style), tag: BoxTag(role: .heading, section: tag.section)))
        reservedBoxes = boxes.count
        cursor += height + template.gap
    }
}
