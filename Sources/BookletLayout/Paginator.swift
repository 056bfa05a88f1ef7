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
    /// Each finished page's reserved boxes at its top.
    private var reservedCounts: [Int] = []
    /// How many of the last boxes are headings with nothing placed after them yet.
    private var trailingHeadings = 0
    /// Where the words of the entry just placed end, beside its taller picture: a next step's
    /// people hang there, beside the picture, instead of under it.
    private var besidePicture: (x: Double, width: Double, textBottom: Double, pictureBottom: Double)?
    /// The part of a page a section must find left to start on it rather than on a new page.
    static let sectionShareFraction = 0.25

    /// More text than any page holds: a longer rest is placed a page at a time without measuring all of it.
    static let bytesMeasuredWhole = 16_000

    /// Inner space between a panel, bubble or house and its words.
    static let padding = 12.0

    /// The least part of a page a picture of the plan's own (a child's drawing, a photo) is given.
    static let ownPictureShare = 0.3

    /// The widest a picture beside words may be, as a part of the column, so the words keep room.
    static let widestPictureShare = 0.4

    /// `firstPageTop` starts the first page lower, below a header placed by someone else.
    init(context: LayoutContext, content: Rect, firstPageTop: Double? = nil) {
        self.context = context
        self.content = content
        self.cursor = firstPageTop ?? content.minY
    }

    private var template: LayoutTemplate { context.template }
    private var isPageEmpty: Bool { boxes.count <= reservedBoxes }
    private var remaining: Double { content.maxY - cursor }

    /// Whether pages are evened out: a page (but the first and the last two) less than
    /// `leastFill` full takes items from the page before it, when that helps.
    var balancesPages = false
    /// The least part of a page's height its content covers, on every page but the first and the last two.
    static let leastFill = 0.2
    /// Items that start a new page, so the page after theirs is not nearly empty.
    private var forcedBreaks: Set<Int> = []

    /// Places every block, then closes the last page; with `balancesPages`, places them again
    /// with an item moved on to the next page while that leaves fewer nearly empty pages.
    mutating func place(_ blocks: [Block]) {
        let start = self
        placeAll(blocks)
        guard balancesPages else { return }
        for _ in 0..<6 {
            guard let item = itemToMoveOn() else { break }
            var retry = start
            retry.forcedBreaks = forcedBreaks.union([item])
            retry.placeAll(blocks)
            guard retry.pages.count <= pages.count, retry.emptiness < emptiness else { break }
            self = retry
        }
    }

    private mutating func placeAll(_ blocks: [Block]) {
        placeBlocks(blocks)
        if !isPageEmpty || pages.isEmpty { finishPage() }
    }

    /// The part of the content area's height page `index`'s boxes stand on, not counting a "… continued" heading.
    private func fill(ofPage index: Int) -> Double {
        let spans = pages[index].dropFirst(reservedCounts[index]).map { ($0.frame.minY, $0.frame.maxY) }.sorted { $0.0 < $1.0 }
        var covered = 0.0
        var end = -Double.infinity
        for (top, bottom) in spans {
            covered += max(0, bottom - max(top, end))
            end = max(end, bottom)
        }
        return covered / content.height
    }

    /// The pages the fill rule covers: all but the first (the cover) and the last two (the back page and the drawing space).
    private var balancedPages: Range<Int> { 1..<max(1, pages.count - 2) }

    /// How far the pages fall short of the rule: the nearly empty pages, then how empty the emptiest is.
    private var emptiness: (count: Int, shortfall: Double) {
        let fills = balancedPages.map(fill(ofPage:)).filter { $0 < Self.leastFill }
        return (fills.count, fills.map { Self.leastFill - $0 }.reduce(0, +))
    }

    /// The item to move on to the next page: the last of its section on the page before a
    /// nearly empty page, when that page keeps something else.
    private func itemToMoveOn() -> Int? {
        for index in balancedPages where index > 1 && fill(ofPage: index) < Self.leastFill {
            guard let first = pages[index].dropFirst(reservedCounts[index]).first, let section = first.tag.section else { continue }
            let before = pages[index - 1]
            guard let last = before.last(where: { $0.tag.section == section && $0.tag.item != nil })?.tag.item,
                !forcedBreaks.contains(last),
                let start = before.firstIndex(where: { $0.tag.item == last }),
                before[..<start].contains(where: { ![.title, .heading, .subheading].contains($0.role) })
            else { continue }
            return last
        }
        return nil
    }

    /// `following` is what comes after these blocks, so a heading at their end still keeps with it.
    private mutating func placeBlocks(_ blocks: [Block], following: Block? = nil) {
        for (index, block) in blocks.enumerated() {
            let nextBlock = blocks.dropFirst(index + 1).first ?? following
            let next = nextBlock.flatMap(Self.firstPlaced)
            switch block {
            case .tagged, .together, .figure(.people): break
            default: besidePicture = nil
            }
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
                        cursor += template.gap
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
            case .ownPicture(let path):
                placeOwnPicture(path)
            case .together(let children):
                if !isPageEmpty, !fitsHere(children), fitsOnAFreshPage(children) { finishPage() }
                placeBlocks(children, following: nextBlock)
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
        if let item = inner.item, forcedBreaks.contains(item), !isPageEmpty { finishPage() }
        let keepWhole = (inner.item ?? 0) > 0 || (tag.role == .house && tag.section == .threeHouses) || inner.role == .scale
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
        switch block {
        case .tagged(_, let children), .together(let children): return children.first.flatMap(firstPlaced)
        default: return block
        }
    }

    /// Whether a block is placed whole on one page when a page can hold it: an item, the three houses, a story line with its drawing.
    private static func isKeptWhole(_ block: Block) -> Bool {
        switch block {
        case .tagged(let inner, _): return (inner.item ?? 0) > 0 || inner.role == .house || inner.role == .scale
        case .together: return true
        default: return false
        }
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
        case .ownPicture:
            return ownPictureHeight
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
        if let nextGroup, Self.isKeptWhole(nextGroup), let whole = heightOnAFreshPage([nextGroup]) {
            following = max(following, whole)
        }
        if !isPageEmpty, height + template.gap + following > remaining { finishPage() }
        if level == 2, tag.section != nil { sectionHeading = text }
        if let bookmark {
            outline.append(OutlineEntry(title: bookmark, pageIndex: pages.count, level: level <= 2 ? 1 : 2))
        }
        let role: BoxRole = level == 1 ? .title : (level == 2 ? .heading : .subheading)
        let headingsBefore = trailingHeadings
        add(Box(role: role, frame: Rect(x: content.minX, y: cursor, width: content.width, height: height), content: .text(text, style)))
        trailingHeadings = headingsBefore + 1
        cursor += height + template.gap
    }

    // MARK: Entries

    /// The side of an entry's picture: its scale of the age band's item picture, never so wide the words have no room.
    private func pictureSide(of entry: Entry) -> Double {
        min(entry.pictureScale * context.itemPictureSide(width: content.width), content.width * Self.widestPictureShare)
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
            besidePicture =
                entry.frame == .none && rest.isEmpty && pictureNeed > placedHeight
                ? (layout.textX, layout.textWidth, top + placedHeight, top + pictureNeed) : nil
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
            case .people(let row):
                return row.boxes(width: content.width, sizedFor: content.width, context: context)
            case .safetyHouse(let house):
                return house.boxes(width: content.width, context: context)
            }
        }
        // A next step's people stand under its words, beside its picture, when they fit there and take less room so.
        if case .people(let row) = figure, let beside = besidePicture {
            besidePicture = nil
            let result = row.boxes(width: beside.width, sizedFor: content.width, context: context)
            let top = beside.textBottom + 8
            let under = row.boxes(width: content.width, sizedFor: content.width, context: context).height + cursor
            if top + result.height <= content.maxY, max(beside.pictureBottom + template.gap, top + result.height) < under {
                for box in result.boxes {
                    var box = box
                    box.frame.x += beside.x
                    box.frame.y += top
                    add(box)
                }
                cursor = max(beside.pictureBottom, top + result.height) + template.gap
                return
            }
        }
        besidePicture = nil
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

    /// The height of the panel for a picture of the plan's own: on a booklet page at least
    /// `ownPictureShare` of the whole page (with a little to spare), never more than most of the column.
    private var ownPictureHeight: Double {
        let page = template.page
        let share = Self.ownPictureShare * 1.02 * page.width * page.height / content.width
        return min(max(share, content.height * 0.4), content.height * 0.6, content.width * 1.2)
    }

    private mutating func placeOwnPicture(_ path: String) {
        let height = ownPictureHeight
        if height > remaining, !isPageEmpty { finishPage() }
        add(
            Box(
                role: .panel, frame: Rect(x: content.minX, y: cursor, width: content.width, height: height),
                content: .panel(fill: context.colours.panel, cornerRadius: 16)))
        // The picture keeps its own shape inside the panel.
        let inner = Rect(
            x: content.minX + Self.padding, y: cursor + Self.padding, width: content.width - 2 * Self.padding,
            height: height - 2 * Self.padding)
        add(Box(role: .picture, frame: inner, content: .picture(path: path)))
        cursor += height + template.gap
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
        trailingHeadings = 0
        var box = box
        box.tag = box.tag.inside(tag)
        boxes.append(box)
    }

    /// Ends the page; the next box starts a new one. `overflow` says the page
    /// ended because the next thing did not fit, so a section running on gets its heading again.
    mutating func finishPage(overflow: Bool = true) {
        besidePicture = nil
        // No heading ends a page: headings at its foot go over with what follows them.
        var carried: [Box] = []
        while carried.count < trailingHeadings, let last = boxes.popLast() {
            carried.insert(last, at: 0)
        }
        if boxes.count <= reservedBoxes {
            // Nothing but headings on the page: they stay.
            boxes += carried
            carried = []
        }
        trailingHeadings = carried.count
        pages.append(boxes)
        reservedCounts.append(reservedBoxes)
        boxes = []
        reservedBoxes = 0
        cursor = content.minY
        // A section whose own heading moves over starts on the new page: it is not "continued".
        let startsSection = carried.contains { $0.role == .heading }
        if overflow, !startsSection, let heading = sectionHeading { placeContinuation(of: heading) }
        guard let top = carried.first?.frame.minY else { return }
        let shift = cursor - top
        let titles = Set(
            carried.compactMap { box -> String? in
                if case .text(let text, _) = box.content { return text }
                return nil
            })
        for index in outline.indices where outline[index].pageIndex == pages.count - 1 && titles.contains(outline[index].title) {
            outline[index].pageIndex += 1
        }
        for box in carried {
            var moved = box
            moved.frame.y += shift
            boxes.append(moved)
            cursor = moved.frame.maxY + template.gap
        }
    }

    /// "What happens next? (continued)" at the top of a page a section runs on to, a size
    /// smaller than the section's own heading so it takes less of the page.
    private mutating func placeContinuation(of heading: String) {
        let text = context.continued(heading)
        let style = context.headingStyle(level: 3)
        let height = context.height(text, style, width: content.width)
        boxes.append(
            Box(
                role: .heading, frame: Rect(x: content.minX, y: cursor, width: content.width, height: height),
                content: .text(text, style), tag: BoxTag(role: .heading, section: tag.section)))
        reservedBoxes = boxes.count
        cursor += height + template.gap
    }
}
