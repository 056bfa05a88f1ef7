import Foundation

/// A team's settings for `planbook lint`, from a `.planbook-lint.json` file
/// found in the folder of the file being linted or the nearest folder above
/// it, or from a file given with `--words` (the pipeline finds and reads them):
///
/// ```json
/// {
///   "audience": "parent",
///   "ignore": ["passive-voice"],
///   "words": [{"term": "FRT", "rule": "acronym", "category": "acronym",
///              "expansion": "family recovery team", "plain": ["the family recovery team"]}],
///   "remove": ["contact"],
///   "familiar": ["ambulance"],
///   "wellKnownAcronyms": ["FRT"]
/// }
/// ```
///
/// Every key may be left out. A file that is a JSON array is read as `words` alone.
public struct LintConfiguration: Sendable, Hashable {
    /// The name planbook looks for beside the inputs.
    public static let fileName = ".planbook-lint.json"

    /// The default audience for files other than plans.
    public var audience: Audience?
    /// Rules to leave out, by name or code.
    public var ignore: [String]
    /// Words to add, replace or remove.
    public var words: WordListChanges
    /// The file this came from.
    public var path: String?

    public init(audience: Audience? = nil, ignore: [String] = [], words: WordListChanges = WordListChanges(), path: String? = nil) {
        self.audience = audience
        self.ignore = ignore
        self.words = words
        self.path = path
    }

    /// What can be wrong with a configuration or word file.
    public struct LoadError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot use '\(path)': \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    private struct FileFormat: Decodable {
        var audience: Audience?
        var ignore: [String]?
        var words: [WordListEntry]?
        var remove: [String]?
        var familiar: [String]?
        var wellKnownAcronyms: [String]?
    }

    /// A configuration or word file from its bytes; `path` names it in errors.
    public static func decode(_ bytes: [UInt8], path: String) throws -> LintConfiguration {
        let data = Data(bytes)
        let decoder = JSONDecoder()
        do {
            if bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "[") {
                let entries = try decoder.decode([WordListEntry].self, from: data)
                try check(entries, path: path)
                return LintConfiguration(words: WordListChanges(entries: entries), path: path)
            }
            let format = try decoder.decode(FileFormat.self, from: data)
            try check(format.words ?? [], path: path)
            for name in format.ignore ?? [] where RuleRegistry.rule(named: name) == nil {
                throw LoadError(path: path, reason: "'ignore' names '\(name)', which is not a rule (\(ruleNames))")
            }
            return LintConfiguration(
                audience: format.audience, ignore: format.ignore ?? [],
                words: WordListChanges(
                    entries: format.words ?? [], remove: format.remove ?? [],
                    familiar: format.familiar ?? [], wellKnownAcronyms: format.wellKnownAcronyms ?? []
                ),
                path: path
            )
        } catch let error as LoadError {
            throw error
        } catch let DecodingError.dataCorrupted(context) {
            throw LoadError(path: path, reason: "it is not valid JSON (\(context.debugDescription))")
        } catch let DecodingError.keyNotFound(key, context) {
            throw LoadError(path: path, reason: "an entry has no '\(key.stringValue)' (at \(Self.place(context)))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw LoadError(path: path, reason: "a value has the wrong type at \(Self.place(context)): \(context.debugDescription)")
        } catch {
            throw LoadError(path: path, reason: "\(error)")
        }
    }

    private static func place(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    private static var ruleNames: String {
        RuleRegistry.rules.map(\.identity.name).joined(separator: ", ")
    }

    private static func check(_ entries: [WordListEntry], path: String) throws {
        let listRules: Set<String> = ["jargon", "acronym", "judgemental", "complex-word"]
        for entry in entries where !listRules.contains(entry.rule) {
            throw LoadError(
                path: path,
                reason:
                    "the entry '\(entry.term)' has rule '\(entry.rule)'; a word's rule is one of \(listRules.sorted().joined(separator: ", "))"
            )
        }
    }

    /// This configuration with a team's word file applied after it (`--words`).
    public func followed(by words: LintConfiguration) -> LintConfiguration {
        var configuration = self
        configuration.ignore += words.ignore
        configuration.words = configuration.words.followed(by: words.words)
        configuration.audience = words.audience ?? configuration.audience
        configuration.path = [configuration.path, words.path].compactMap { $0 }.joined(separator: " + ")
        return configuration
    }
}
