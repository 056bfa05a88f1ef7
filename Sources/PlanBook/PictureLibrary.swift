import BookletLayout
import Foundation
import PlanModel

/// The built-in pictures, read from `Pictures/library.json`: one SVG a picture,
/// with what it shows, its other names, and the words that make it fit.
public struct PictureLibrary: Sendable, PictureProvider {
    public struct Entry: Codable, Hashable, Sendable {
        public var name: String
        public var file: String
        public var description: String
        /// `person`, `family`, `feeling` or `thing`.
        public var kind: String
        /// Other names a plan may use for it (`mum` for `woman`).
        public var aliases: [String]?
        /// Words in each language that make this picture fit an item.
        public var keywords: [String: [String]]
        /// The picture for "not" this one.
        public var negated: String?

        /// The name with the other names after it: `woman (mum, aunt)`.
        public var label: String {
            guard let aliases, !aliases.isEmpty else { return name }
            return "\(name) (\(aliases.joined(separator: ", ")))"
        }
    }

    private struct Index: Codable {
        var attribution: String?
        var pictures: [Entry]
        var people: PictureMeanings.People
        var grammar: PictureMeanings.Grammar
    }

    public let folder: String
    public let entries: [Entry]
    /// Who made the pictures and their licence, to print where they are used.
    public let attribution: String?
    public let meanings: PictureMeanings
    private let byName: [String: Entry]

    public init(folder: String) throws {
        let path = folder + "/library.json"
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let index = try JSONDecoder().decode(Index.self, from: data)
            self.folder = folder
            self.entries = index.pictures.sorted { $0.name < $1.name }
            self.attribution = index.attribution
            var byName: [String: Entry] = [:]
            for entry in index.pictures {
                for name in [entry.name] + (entry.aliases ?? []) where byName[name] == nil { byName[name] = entry }
            }
            self.byName = byName
            self.meanings = PictureMeanings(
                pictures: index.pictures.map {
                    .init(name: $0.name, kind: $0.kind, keywords: $0.keywords, negated: $0.negated, aliases: $0.aliases)
                },
                people: index.people, grammar: index.grammar
            )
        } catch {
            throw PlanBookError.badPictureLibrary(path: path, reason: "\(error)")
        }
    }

    /// Every name a plan may use: the pictures' names and their other names.
    public var names: Set<String> { Set(byName.keys) }

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
