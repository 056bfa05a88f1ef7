import Foundation
import PlanDiagnostics

/// Every rule's and file problem's description: the identities in
/// `RuleRegistry` joined with the documentation in `rules.json`. PlainLanguage
/// reads no files: the pipeline hands it the file's bytes.
public struct RuleCatalogue: Sendable {
    /// The descriptions, in the order findings are listed, file problems last.
    public let descriptions: [RuleDescription]

    /// Why `rules.json` cannot be used.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Reads `rules.json`; throws when it is not valid, or when a rule has no
    /// documentation or documentation names no rule.
    public init(json: [UInt8]) throws {
        let documentation: [RuleDocumentation]
        do {
            documentation = try JSONDecoder().decode([RuleDocumentation].self, from: Data(json))
        } catch {
            throw Problem(description: "rules.json is not a list of rule descriptions: \(error)")
        }
        var byCode: [String: RuleDocumentation] = [:]
        for entry in documentation {
            guard byCode.updateValue(entry, forKey: entry.code) == nil else {
                throw Problem(description: "rules.json describes \(entry.code) twice")
            }
        }
        descriptions = try RuleRegistry.identities.map { identity in
            guard let entry = byCode.removeValue(forKey: identity.code) else {
                throw Problem(description: "rules.json has no description of \(identity.code) (\(identity.name))")
            }
            return RuleDescription(identity: identity, documentation: entry)
        }
        if let unknown = byCode.keys.sorted().first {
            throw Problem(description: "rules.json describes \(unknown), which is no rule")
        }
    }

    /// The description of the rule or file problem with a name or code, in any case.
    public func description(named name: String) -> RuleDescription? {
        let key = name.lowercased()
        return descriptions.first { $0.name == key || $0.code.lowercased() == key }
    }
}
