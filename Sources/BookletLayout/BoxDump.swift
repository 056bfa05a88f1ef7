/// Writes a laid-out booklet as JSON, for tests and other tools
/// (`planbook render PLAN --format boxes`). Points are measured from each
/// page's top-left corner. The shape is documented in `docs/boxes.md` and kept stable.
public enum BoxDump {
    /// The booklet as JSON. `file` and `layout` are written as given;
    /// `pictureName` turns a picture file's path into the library picture's
    /// name or the plan's path as written (nil keeps the path).
    public static func json(_ booklet: Booklet, file: String, layout: String, pictureName: (String) -> String? = { _ in nil }) -> String {
        var out = "{\"file\":\(string(file)),\"layout\":\(string(layout)),\"pages\":["
        for (index, page) in booklet.pages.enumerated() {
            if index > 0 { out += "," }
            out += "\n{\"number\":\(index + 1),\"width\":\(number(page.size.width)),\"height\":\(number(page.size.height)),"
            out += "\"content\":\(rect(page.contentArea)),\"boxes\":["
            for (boxIndex, box) in page.boxes.enumerated() {
                if boxIndex > 0 { out += "," }
                out += "\n " + boxJSON(box, pictureName: pictureName)
            }
            out += "]}"
        }
        return out + "]}\n"
    }

    /// `text`, `picture` or `shape` (panels are shapes).
    public static func kind(of box: Box) -> String {
        switch box.content {
        case .text: "text"
        case .picture: "picture"
        case .panel, .shape: "shape"
        }
    }

    /// The box's role in the dump: its tag's, else `heading` for headings and `other`.
    public static func role(of box: Box) -> BoxTag.Role {
        if let role = box.tag.role { return role }
        switch box.role {
        case .title, .heading, .subheading: return .heading
        default: return .other
        }
    }

    private static func boxJSON(_ box: Box, pictureName: (String) -> String?) -> String {
        var text: String?
        var picture: String?
        switch box.content {
        case .text(let words, _): text = words
        case .picture(let path): picture = pictureName(path) ?? path
        case .panel, .shape: break
        }
        let fields: [(String, String)] = [
            ("kind", string(kind(of: box))),
            ("role", string(role(of: box).rawValue)),
            ("section", box.tag.section.map { string($0.slug) } ?? "null"),
            ("item", box.tag.item.map(String.init) ?? "null"),
            ("person", box.tag.person.map(string) ?? "null"),
            ("picture", picture.map(string) ?? "null"),
            ("text", text.map(string) ?? "null"),
            ("x", number(box.frame.x)), ("y", number(box.frame.y)),
            ("width", number(box.frame.width)), ("height", number(box.frame.height)),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    private static func rect(_ rect: Rect) -> String {
        "{\"x\":\(number(rect.x)),\"y\":\(number(rect.y)),\"width\":\(number(rect.width)),\"height\":\(number(rect.height))}"
    }

    /// Points to two decimals, without a trailing `.0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }

    /// A JSON string, with quotes, backslashes and control characters escaped.
    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029
                {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
