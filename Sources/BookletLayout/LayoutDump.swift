/// Prints a booklet's pages and boxes as text, one box a line, for tests and
/// for `planbook render --dump-layout`: `body 36.0,120.5 347.5x46.8 "Gran picks…"`.
public enum LayoutDump {
    public static func dump(_ booklet: Booklet) -> String {
        var out = ""
        for (index, page) in booklet.pages.enumerated() {
            out += "page \(index + 1) \(number(page.size.width))x\(number(page.size.height))"
            out += " content \(rect(page.contentArea))\n"
            for box in page.boxes {
                out += "  \(box.role.rawValue) \(rect(box.frame))"
                switch box.content {
                case .text(let text, let style):
                    out += " \(number(style.size))pt\(style.bold ? " bold" : "") \"\(text.replacingOccurrences(of: "\n", with: "\\n"))\""
                case .picture(let path):
                    out += " \(path.split(separator: "/").last.map(String.init) ?? path)"
                case .panel(let fill, _):
                    out += " \(fill.hex)"
                case .shape(let shape):
                    out += " \(shape.elements.count) elements" + (shape.fill.map { " fill \($0.hex)" } ?? "")
                }
                out += "\n"
            }
        }
        return out
    }

    private static func rect(_ rect: Rect) -> String {
        "\(number(rect.x)),\(number(rect.y)) \(number(rect.width))x\(number(rect.height))"
    }

    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
