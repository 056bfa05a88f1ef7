/// What every part of a layout needs: the template, the type sizes for the
/// child's age, the language and direction, and a way to measure text.
struct LayoutContext {
    let template: LayoutTemplate
    let band: LayoutTemplate.AgeBand
    let language: String
    let direction: TextDirection
    let measurer: any TextMeasurer
    /// The font family, from `--font` or the template.
    let fontFamily: String
    /// The booklet's fixed words, when the layout has them.
    let fixedWords: FixedWords?
    /// The longest word drawn whole; longer words break into pieces this long.
    var longestWord = Int.max

    /// `words` may ask for bigger type and looser lines for its script.
    init(
        template: LayoutTemplate, age: Int, language: String, measurer: any TextMeasurer, fontFamily: String? = nil,
        fixedWords: FixedWords? = nil
    ) {
        var template = template
        if let scale = fixedWords?.sizeScale, scale > 0 {
            template.ageBands = template.ageBands.map { band in
                LayoutTemplate.AgeBand(
                    upToAge: band.upToAge, title: band.title * scale, heading: band.heading * scale, body: band.body * scale,
                    pictureShare: band.pictureShare)
            }
        }
        if let spacing = fixedWords?.lineSpacing { template.lineSpacing = max(template.lineSpacing, spacing) }
        self.template = template
        self.band = template.band(forAge: age)
        self.language = language
        self.direction = TextDirection(language: language)
        self.measurer = measurer
        self.fontFamily = fontFamily ?? template.fontFamily
        self.fixedWords = fixedWords
    }

    /// A section's heading on a page it runs on to, in the booklet's language.
    func continued(_ heading: String) -> String {
        fixedWords?.continued(heading) ?? "\(heading) (continued)"
    }

    var colours: LayoutTemplate.Colours { template.colours }

    func headingStyle(level: Int) -> TextStyle {
        let size =
            switch level {
            case 1: band.title
            case 2: band.heading
            default: (band.heading + band.body) / 2
            }
        return TextStyle(fontFamily: fontFamily, size: size, bold: true, colour: colours.heading, lineSpacing: template.lineSpacing)
    }

    var bodyStyle: TextStyle {
        TextStyle(fontFamily: fontFamily, size: band.body, colour: colours.text, lineSpacing: template.lineSpacing)
    }

    var strongStyle: TextStyle {
        var style = bodyStyle
        style.bold = true
        return style
    }

    /// Body-sized text centred in its box, for names under pictures and numbers on the ruler.
    /// Small print: two thirds of the body size, never under 9 points.
    var noteStyle: TextStyle {
        var style = bodyStyle
        style.size = max(9, (style.size * 0.6).rounded())
        return style
    }

    var labelStyle: TextStyle {
        var style = bodyStyle
        style.alignment = .centre
        return style
    }

    var bodyLineHeight: Double { band.body * template.lineSpacing }

    /// The side of the picture beside an item in a column `width` wide: the age band's
    /// `pictureShare` of that width, else the layout's `pictureSize`.
    func itemPictureSide(width: Double) -> Double {
        band.pictureShare.map { $0 * width } ?? template.pictureSize
    }

    func measure(_ text: String, _ style: TextStyle, width: Double) -> Size {
        measurer.measure(text, style: style, width: width, language: language, direction: direction)
    }

    func height(_ text: String, _ style: TextStyle, width: Double) -> Double {
        measure(text, style, width: width).height
    }

    /// Boxes for a picture or, for someone with no picture, a circle with their initial.
    func pictureBoxes(_ picture: PictureSpec, in frame: Rect) -> [Box] {
        switch picture {
        case .file(let path):
            return [Box(role: .picture, frame: frame, content: .picture(path: path))]
        case .initial(let name):
            let side = min(frame.width, frame.height)
            let circle = Shape(
                elements: [.circle(centre: Point(x: side / 2, y: side / 2), radius: side / 2 - 1)],
                fill: colours.marker, stroke: nil)
            // The first letter of the name itself, not of the Arabic article ("الجدة" → "ج").
            let word = name.hasPrefix("ال") && name.count > 3 ? name.dropFirst(2) : Substring(name)
            let letter = word.first.map { String($0).uppercased() } ?? "?"
            var style = labelStyle
            style.bold = true
            style.colour = .white
            style.size = max(band.body, min(side * 0.5, band.title))
            let letterHeight = height(letter, style, width: side)
            return [
                Box(role: .drawing, frame: Rect(x: frame.x, y: frame.y, width: side, height: side), content: .shape(circle)),
                Box(
                    role: .caption, frame: Rect(x: frame.x, y: frame.y + (side - letterHeight) / 2, width: side, height: letterHeight),
                    content: .text(letter, style)),
            ]
        }
    }
}
