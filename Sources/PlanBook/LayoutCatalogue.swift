import BookletLayout
import Foundation

/// The layouts in `Layouts/*.json` and the booklet's fixed words in
/// `Layouts/words/LANGUAGE.json`.
public struct LayoutCatalogue: Sendable {
    public let templates: [String: LayoutTemplate]
    private let wordsFolder: String

    /// The layout used when neither the plan nor the command names one.
    public static let defaultLayout = "child-booklet"

    public init(folder: String) throws {
        var templates: [String: LayoutTemplate] = [:]
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
            } catch let error as PlanBookError {
                throw error
            } catch {
                throw PlanBookError.badLayoutFile(path: path, reason: "\(error)")
            }
        }
        self.templates = templates
        self.wordsFolder = folder + "/words"
    }

    public var names: [String] { templates.keys.sorted() }

    public func template(named name: String?) throws -> LayoutTemplate {
        let name = name ?? Self.defaultLayout
        guard let template = templates[name] else { throw PlanBookError.unknownLayout(name: name, known: names) }
        return template
    }

    /// The fixed words for a language: the exact tag, then its primary language, then en-GB.
    public func words(for language: String) throws -> FixedWords {
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        for candidate in [language, primary, "en-GB"] {
            let path = wordsFolder + "/" + candidate + ".json"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            do {
                return try JSONDecoder().decode(FixedWords.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw PlanBookError.badLayoutFile(path: path, reason: "\(error)")
            }
        }
        throw PlanBookError.badLayoutFile(path: wordsFolder + "/en-GB.json", reason: "the file is missing")
    }
}
