import BookletLayout
import Foundation

/// The layouts in `Layouts/*.json` and the booklet's fixed words in
/// `Layouts/fixed-words/LANGUAGE.json`.
public struct LayoutCatalogue: Sendable {
    public let templates: [String: LayoutTemplate]
    /// The file each layout was read from, so a booklet older than its layout is made again.
    public let files: [String: String]
    private let fixedWordsFolder: String

    /// The layout used when neither the plan nor the command names one.
    public static let defaultLayout = "child-booklet"

    /// Reads the layouts of each folder in turn; a later folder's layout replaces an earlier one of the same name.
    /// Fixed words come from the first folder's `fixed-words/`.
    public init(folders: [String]) throws {
        var templates: [String: LayoutTemplate] = [:]
        var files: [String: String] = [:]
        for folder in folders {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw PlanBookError.badLayoutFile(path: folder, reason: "there is no such folder")
            }
            try Self.read(folder: folder, into: &templates, files: &files)
        }
        self.templates = templates
        self.files = files
        self.fixedWordsFolder = (folders.first ?? "Layouts") + "/fixed-words"
    }

    private static func read(folder: String, into templates: inout [String: LayoutTemplate], files paths: inout [String: String]) throws {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        for file in files {
            let path = folder + "/" + file
            do {
                let template = try JSONDecoder().decode(LayoutTemplate.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
                let problems = template.problems()
                guard problems.isEmpty else {
                    throw PlanBookError.badLayoutFile(path: path, reason: problems.joined(separator: "; "))
                }
                templates[template.name] = template
                paths[template.name] = path
            } catch let error as PlanBookError {
                throw error
            } catch {
                throw PlanBookError.badLayoutFile(path: path, reason: "\(error)")
            }
        }
    }

    public var names: [String] { templates.keys.sorted() }

    public func template(named name: String?) throws -> LayoutTemplate {
        let name = name ?? Self.defaultLayout
        guard let template = templates[name] else { throw PlanBookError.unknownLayout(name: name, known: names) }
        return template
    }

    /// The fixed words for a language: the exact tag, then its primary language,
    /// then en-GB. Keys a language file lacks are taken from en-GB.json.
    public func fixedWords(for language: String) throws -> FixedWords {
        let files = fixedWordFiles(for: language)
        var merged = try fixedWordsDictionary(at: files[0])
        for path in files.dropFirst() {
            merged.merge(try fixedWordsDictionary(at: path)) { _, translated in translated }
        }
        do {
            let data = try JSONSerialization.data(withJSONObject: merged)
            return try JSONDecoder().decode(FixedWords.self, from: data)
        } catch {
            throw PlanBookError.badLayoutFile(path: fixedWordsFolder + "/" + language + ".json", reason: "\(error)")
        }
    }

    /// The files a language's fixed words come from: en-GB.json, then the
    /// exact tag's file or else its primary language's, when there is one.
    public func fixedWordFiles(for language: String) -> [String] {
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        let own = [language, primary].map { fixedWordsFolder + "/" + $0 + ".json" }.first { FileManager.default.fileExists(atPath: $0) }
        return [fixedWordsFolder + "/en-GB.json"] + (own.map { [$0] } ?? [])
    }

    private func fixedWordsDictionary(at path: String) throws -> [String: Any] {
        guard let data = FileManager.default.contents(atPath: path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            throw PlanBookError.badLayoutFile(path: path, reason: "it is missing or is not a JSON object")
        }
        return object
    }
}
