import Foundation
import PlanModel

/// The built-in pictures, read from `Pictures/library.json`.
public struct PictureLibrary: Sendable {
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

    public init(folder: String) throws {
        let path = folder + "/library.json"
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let index = try JSONDecoder().decode(Index.self, from: data)
            self.folder = folder
            self.entries = index.pictures.sorted { $0.name < $1.name }
            self.byName = Dictionary(index.pictures.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        } catch {
            throw PlanBookError.badPictureLibrary(path: path, reason: "\(error)")
        }
    }

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
