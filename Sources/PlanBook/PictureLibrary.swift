import BookletLayout
import Foundation
import PlanModel

/// The built-in pictures, read from `Pictures/library.json`.
public struct PictureLibrary: Sendable, PictureProvider {
    public struct Entry: Codable, Hashable, Sendable {
        public var name: String
        public var file: String
        public var description: String
        /// Words in an item that make this picture a good match.
        public var keywords: [String]
    }

    private struct Index: Codable {
        var pictures: [Entry]
    }

    public let folder: String
    public let entries: [Entry]
    private let byName: [String: Entry]
    /// Each entry's keywords split into words once, when the library is read: matching is on every item's path.
    private let keywordWords: [[[Substring]]]

    public init(folder: String) throws {
        let path = folder + "/library.json"
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let index = try JSONDecoder().decode(Index.self, from: data)
            self.folder = folder
            self.entries = index.pictures.sorted { $0.name < $1.name }
            self.byName = Dictionary(index.pictures.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            self.keywordWords = self.entries.map { $0.keywords.map(PictureLibrary.words(in:)) }
        } catch {
            throw PlanBookError.badPictureLibrary(path: path, reason: "\(error)")
        }
    }

    public var names: Set<String> { Set(byName.keys) }

    /// The library picture whose keywords best match `text`: the most keywords
    /// found, then the keyword found first, then the name. Nil when none match.
    public func suggestedName(for text: String) -> String? {
        let words = PictureLibrary.words(in: text)
        guard !words.isEmpty else { return nil }
        var best: (count: Int, first: Int, name: String)?
        for (entry, keywords) in zip(entries, keywordWords) {
            var count = 0
            var first = Int.max
            for keyword in keywords {
                guard let position = PictureLibrary.position(of: keyword, in: words) else { continue }
                count += 1
                first = min(first, position)
            }
            guard count > 0 else { continue }
            if let current = best, (current.count, -current.first) >= (count, -first) { continue }
            best = (count, first, entry.name)
        }
        return best?.name
    }

    /// Lower-case words of a text, apostrophes kept inside words ("mum's").
    static func words(in text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
            .map { $0.hasSuffix("'s") || $0.hasSuffix("’s") ? $0.dropLast(2) : $0 }
    }

    /// Where the phrase `needle` first starts in `words`, or nil.
    static func position(of needle: [Substring], in words: [Substring]) -> Int? {
        guard !needle.isEmpty, needle.count <= words.count else { return nil }
        for start in 0...(words.count - needle.count) where words[start] == needle[0] {
            if Array(words[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }

    public func suggestedPath(for text: String) -> String? {
        suggestedName(for: text).flatMap { path(for: .library($0)) }
    }

    /// The file to draw for a picture: a library picture's SVG, or the plan's own file.
    public func path(for picture: Picture) -> String? {
        switch picture {
        case .library(let name):
            byName[name].map { folder + "/" + $0.file }
        case .file(_, let absolutePath):
            absolutePath
        }
    }
}
