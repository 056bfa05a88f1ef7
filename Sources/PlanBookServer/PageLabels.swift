import Foundation

/// The page's own words (buttons, headings, messages) in each language, read
/// once from `Layouts/fixed-words/page/LANGUAGE.json`. A language's labels are found
/// the way a booklet finds its fixed words: the exact tag, then its primary
/// language, then en-GB; a key the file lacks is taken from en-GB.json.
struct PageLabels: Sendable {
    /// A label: words, or words for each plural category (`one`, `few`,
    /// `many`, `other`, … as `Intl.PluralRules` names them).
    enum Label: Codable, Sendable, Equatable {
        case text(String)
        case plural([String: String])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                self = .plural(try container.decode([String: String].self))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .plural(let forms): try container.encode(forms)
            }
        }
    }

    /// One language's labels, as `GET /api/labels` gives them.
    struct Entry: Encodable, Sendable {
        /// The tag of the file the labels come from (`en-GB` when there is none for the language asked for).
        var language: String
        var direction: String
        var labels: [String: Label]
    }

    static let english = "en-GB"

    private let byLanguage: [String: [String: Label]]

    /// Reads every `*.json` in `folder`; en-GB.json must be there.
    init(folder: String) throws {
        var byLanguage: [String: [String: Label]] = [:]
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }
        for file in files {
            let path = folder + "/" + file
            do {
                byLanguage[String(file.dropLast(5))] = try JSONDecoder().decode(
                    [String: Label].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw LabelsError(path: path, reason: "it is not a JSON object of words: \(error)")
            }
        }
        guard byLanguage[Self.english] != nil else {
            throw LabelsError(path: folder + "/" + Self.english + ".json", reason: "the page's English words are missing")
        }
        self.byLanguage = byLanguage
    }

    /// The languages there are labels for, by tag.
    var languages: [String] { byLanguage.keys.sorted() }

    /// The labels of one file as it is, without English filled in.
    func own(_ language: String) -> [String: Label]? { byLanguage[language] }

    /// The labels for a plan's language.
    func entry(for language: String) -> Entry {
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        let found = [language, primary].first { byLanguage[$0] != nil } ?? Self.english
        let english = byLanguage[Self.english] ?? [:]
        let labels = english.merging(byLanguage[found] ?? [:]) { _, translated in translated }
        return Entry(language: found, direction: PlanEngine.direction(of: found), labels: labels)
    }

    /// The page's HTML with each `{{key}}` replaced by the English label,
    /// escaped and with its marks (`*strong*`, `` `key` ``) made into HTML.
    func fill(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        let english = byLanguage[Self.english] ?? [:]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            out += rest[..<open.lowerBound]
            let key = String(rest[open.upperBound..<close.lowerBound])
            if case .text(let text)? = english[key] {
                out += Self.html(text)
            } else {
                out += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// A label as HTML: `*words*` bold, `` `Ctrl` `` a key to press.
    static func html(_ text: String) -> String {
        var out = ""
        var open: [Character: Bool] = ["*": false, "`": false]
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "*", "`":
                let tag = character == "*" ? "strong" : "kbd"
                out += open[character]! ? "</\(tag)>" : "<\(tag)>"
                open[character]!.toggle()
            default: out.append(character)
            }
        }
        return out
    }

    struct LabelsError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }
}
