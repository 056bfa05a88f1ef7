import BookletLayout
import BookletRender
import Foundation
import PlanBookTestSupport
import Testing

/// The shared test helpers (`TestFiles`), with what only the rendering tests need.
typealias TestSupport = TestFiles

extension TestFiles {
    static var fontConfigurationPath: String {
        repositoryRoot.appendingPathComponent("Fonts/fonts.conf").path
    }

    static func makeFonts() throws -> FontLibrary {
        try FontLibrary(configurationFile: fontConfigurationPath)
    }

    /// Writes `bytes` to `name` in `directory` and returns the path.
    static func write(_ bytes: [UInt8], named name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Runs a poppler tool such as `pdfinfo` and returns what it printed.
    static func output(of tool: String, _ arguments: [String]) throws -> String {
        let result = try run(tool, arguments)
        #expect(result.status == 0, "\(tool) \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        return result.stdout
    }

    /// The `Key: value` lines `pdfinfo` prints, by key.
    static func pdfInfo(_ path: String) throws -> [String: String] {
        var info: [String: String] = [:]
        for line in try output(of: "pdfinfo", [path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            info[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return info
    }

    /// The rows of `pdffonts`' table: name, type, encoding, emb, sub, uni.
    static func pdfFonts(_ path: String) throws -> [(name: String, embedded: Bool, subset: Bool)] {
        try output(of: "pdffonts", [path]).split(separator: "\n").dropFirst(2).map { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            // The last five columns are emb, sub, uni, object number and generation.
            let count = columns.count
            return (String(columns[0]), columns[count - 5] == "yes", columns[count - 4] == "yes")
        }
    }

    /// A word `pdftotext -bbox` found: its page (0-based), box in points from the top left, and text.
    struct Word {
        var page: Int
        var box: Rect
        var text: String
    }

    static func wordBoxes(_ path: String) throws -> [Word] {
        let xml = try output(of: "pdftotext", ["-bbox", path, "-"])
        var words: [Word] = []
        var page = -1
        let wordPattern = /<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)<\/word>/
        for line in xml.split(separator: "\n") {
            if line.contains("<page ") { page += 1 }
            guard let match = line.firstMatch(of: wordPattern),
                let minX = Double(match.1), let minY = Double(match.2), let maxX = Double(match.3), let maxY = Double(match.4)
            else { continue }
            words.append(Word(page: page, box: Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY), text: String(match.5)))
        }
        return words
    }
}
