import Foundation
import Testing

@testable import PlainLanguage

/// Keeps `docs/linting.md` true to the rules and the word list, so the
/// recipes in CONTRIBUTING.md stay true: a new rule needs its row, a new
/// word-list entry its count.
@Suite struct LintingDocumentTests {
    init() { _ = LintTesting.installData }

    static let document = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/linting.md")

    /// The `| CODE | `name` | severity | … |` rows of the rules table, as code → name.
    static func ruleRows(in text: String) -> [String: String] {
        var rows: [String: String] = [:]
        for match in text.matches(of: #/\n\| (PL\d{3}) \| `([a-z-]+)` \|/#) { rows[String(match.1)] = String(match.2) }
        return rows
    }

    @Test func everyRuleHasItsRowInTheRulesTable() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let rows = Self.ruleRows(in: text)
        #expect(Self.ruleRows(in: "\n| PL999 | `made-up` | warning | x |") == ["PL999": "made-up"])
        for rule in RuleRegistry.identities {
            #expect(rows[rule.code] == rule.name, "docs/linting.md's rules table needs a row '| \(rule.code) | `\(rule.name)` | …'")
        }
        let known = Set(RuleRegistry.identities.map(\.code))
        #expect(
            Set(rows.keys).subtracting(known).isEmpty,
            "docs/linting.md lists rules that do not exist: \(Set(rows.keys).subtracting(known).sorted())")
    }

    @Test func theWordListsCountIsTheNumberOfEntries() throws {
        let text = try String(contentsOf: Self.document, encoding: .utf8)
        let match = try #require(
            text.firstMatch(of: #/word-list\.json` holds (\d+) entries/#), "docs/linting.md says how many entries word-list.json holds")
        #expect(
            Int(match.1) == WordList.builtIn.entries.count,
            "docs/linting.md says \(match.1) entries; word-list.json has \(WordList.builtIn.entries.count)")
    }
}
