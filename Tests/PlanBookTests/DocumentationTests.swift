import Foundation
import PlanBook
import PlanModel
import Testing

/// Keeps `docs/plan-language.md` true to the code, reading the code's facts
/// as data:
/// - the document's table of every diagnostic is `DiagnosticCode.catalogue`
///   written out, row for row (`PLANBOOK_RECORD=1 swift test` rewrites it);
/// - each code has one name and each name one code;
/// - the section table lists exactly the titles and aliases of `SectionKind`.
@Suite struct DocumentationTests {
    static let repositoryRoot = TestSupport.repositoryRoot

    static var documentURL: URL { repositoryRoot.appendingPathComponent("docs/plan-language.md") }

    // MARK: Tests

    @Test func theDiagnosticsTableIsTheCatalogue() throws {
        var document = try String(contentsOf: Self.documentURL, encoding: .utf8)
        if ProcessInfo.processInfo.environment["PLANBOOK_RECORD"] == "1" {
            document = try Self.replacingDiagnosticsTable(in: document, with: DiagnosticCode.catalogue)
            try document.write(to: Self.documentURL, atomically: true, encoding: .utf8)
        }
        let problems = Self.tableProblems(catalogue: DiagnosticCode.catalogue, document: document)
        #expect(
            problems.isEmpty,
            Comment(
                rawValue: "docs/plan-language.md is out of date (PLANBOOK_RECORD=1 swift test rewrites it):\n"
                    + problems.joined(separator: "\n")))
    }

    @Test func everyCodeHasExactlyOneName() {
        let problems = Self.namingProblems(DiagnosticCode.catalogue)
        #expect(problems.isEmpty, Comment(rawValue: problems.joined(separator: "\n")))
        #expect(DiagnosticCode.catalogue.count >= 60, "the catalogue holds every code of the plan language")
        #expect(DiagnosticCode.catalogue.map(\.code) == DiagnosticCode.catalogue.map(\.code).sorted(), "the catalogue is in code order")
    }

    @Test func theSectionTableListsExactlyTheAliasesOfSectionKind() throws {
        let document = try String(contentsOf: Self.documentURL, encoding: .utf8)
        let sections = SectionKind.allCases.map { SectionNames(title: $0.title, aliases: $0.aliases) }
        #expect(sections.allSatisfy { !$0.aliases.isEmpty }, "every section has aliases in the language")
        let problems = Self.aliasProblems(sections: sections, document: document)
        #expect(
            problems.isEmpty,
            Comment(rawValue: "docs/plan-language.md's section table is out of date:\n" + problems.joined(separator: "\n")))
    }

    /// The checks above must be able to fail: feed them a catalogue and a
    /// document that disagree, and make sure they say so.
    @Test func theChecksCatchADocumentThatIsOutOfDate() throws {
        let catalogue = [
            DiagnosticCode.entry("PB101")!, DiagnosticCode.entry("PB201")!, DiagnosticCode.entry("PB601")!,
        ]
        let header = "| code | name | severity | when | example | fix |\n|---|---|---|---|---|---|\n"
        let right = catalogue.map(Self.row).joined(separator: "\n")
        #expect(Self.tableProblems(catalogue: catalogue, document: header + right).isEmpty)

        var wrong = catalogue.map(Self.row)
        wrong[0] = wrong[0].replacingOccurrences(of: "`missing-title`", with: "`no-title`")
        wrong[1] = wrong[1].replacingOccurrences(of: "| error |", with: "| warning |")
        wrong.remove(at: 2)
        wrong.append("| `PB999` | `stale` | error | w | e | f |")
        let problems = Self.tableProblems(catalogue: catalogue, document: header + wrong.joined(separator: "\n")).joined(separator: "\n")
        #expect(problems.contains("PB101"), "a changed name is caught")
        #expect(problems.contains("PB201"), "a changed severity is caught")
        #expect(problems.contains("PB601"), "a missing row is caught")
        #expect(problems.contains("PB999"), "a row the catalogue does not have is caught")

        let rewritten = try Self.replacingDiagnosticsTable(
            in: "before\n\n" + header + wrong.joined(separator: "\n") + "\n\nafter\n", with: catalogue)
        #expect(Self.tableProblems(catalogue: catalogue, document: rewritten).isEmpty, "recording writes the catalogue")
        #expect(rewritten.hasPrefix("before\n\n") && rewritten.hasSuffix("\n\nafter\n"), "recording keeps the rest")

        var twice = catalogue
        twice.append(DiagnosticCode.entry("PB102")!)
        let clash = Self.namingProblems(twice + [twice[0]]).joined(separator: "\n")
        #expect(clash.contains("PB101"), "a code given twice is caught")

        let table = """
            | section | also accepted (aliases) | holds |
            |---|---|---|
            | Worries | Danger statements, Old name | items |
            """
        let sections = [
            SectionNames(title: "Worries", aliases: ["Danger statements", "Worry statements"]),
            SectionNames(title: "Next steps", aliases: ["Safety plan"]),
        ]
        let aliasProblems = Self.aliasProblems(sections: sections, document: table).joined(separator: "\n")
        #expect(aliasProblems.contains("Worry statements"))
        #expect(aliasProblems.contains("Old name"))
        #expect(aliasProblems.contains("Next steps"))
    }

    // MARK: The diagnostics table

    /// A catalogue entry as a row of the document's table.
    static func row(_ entry: DiagnosticCode) -> String {
        "| `\(entry.code)` | `\(entry.name)` | \(entry.severity.rawValue) | \(entry.message) | \(entry.example) | \(entry.fix) |"
    }

    /// The table rows whose first cell is a code, as written.
    static func diagnosticLines(in document: String) -> [Substring] {
        document.split(separator: "\n", omittingEmptySubsequences: false).filter {
            $0.range(of: #"^\| `PB[0-9]{3}` \|"#, options: .regularExpression) != nil
        }
    }

    /// What the document's table gets wrong about the catalogue.
    static func tableProblems(catalogue: [DiagnosticCode], document: String) -> [String] {
        let lines = diagnosticLines(in: document).map(String.init)
        let code = { (line: String) in String(line.dropFirst(3).prefix(5)) }
        var problems: [String] = []
        for entry in catalogue {
            guard let line = lines.first(where: { code($0) == entry.code }) else {
                problems.append("\(entry.code) (\(entry.name)) has no row in the diagnostics table")
                continue
            }
            if line != row(entry) { problems.append("\(entry.code)'s row says\n  \(line)\nthe catalogue says\n  \(row(entry))") }
        }
        let known = Set(catalogue.map(\.code))
        for line in lines where !known.contains(code(line)) {
            problems.append("\(code(line)) is in the table but not in the catalogue")
        }
        if problems.isEmpty, lines != catalogue.map(row) { problems.append("the table's rows are not in the catalogue's order") }
        return problems
    }

    /// The document with its table of every diagnostic replaced by the catalogue's rows.
    static func replacingDiagnosticsTable(in document: String, with catalogue: [DiagnosticCode]) throws -> String {
        var lines = document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rows = lines.indices.filter { lines[$0].range(of: #"^\| `PB[0-9]{3}` \|"#, options: .regularExpression) != nil }
        guard let first = rows.first, let last = rows.last, rows == Array(first...last) else {
            throw DocumentationTestError("the diagnostics table is not one run of rows")
        }
        lines.replaceSubrange(first...last, with: catalogue.map(row))
        return lines.joined(separator: "\n")
    }

    // MARK: One code, one name

    static func namingProblems(_ catalogue: [DiagnosticCode]) -> [String] {
        var problems: [String] = []
        for (code, entries) in Dictionary(grouping: catalogue, by: \.code) where entries.count > 1 {
            problems.append("\(code) is in the catalogue \(entries.count) times")
        }
        for (name, entries) in Dictionary(grouping: catalogue, by: \.name) where Set(entries.map(\.code)).count > 1 {
            problems.append("the name '\(name)' is given to \(entries.map(\.code).sorted()): one name must keep one code")
        }
        for entry in catalogue where entry.name.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) == nil {
            problems.append("\(entry.code)'s name '\(entry.name)' is not lower-case words joined by '-'")
        }
        return problems.sorted()
    }

    // MARK: Sections and aliases

    struct SectionNames {
        var title: String
        var aliases: [String]
    }

    /// What the section table gets wrong: a section without a row, or a row whose
    /// aliases (second cell, comma-separated) are not exactly the section's.
    static func aliasProblems(sections: [SectionNames], document: String) -> [String] {
        let rows = tableRows(in: document)
        var problems: [String] = []
        for section in sections {
            guard let cells = rows.first(where: { $0.count > 1 && unticked($0[0]) == section.title }) else {
                problems.append("the section table has no row for '\(section.title)'")
                continue
            }
            let listed = Set(cells[1].split(separator: ",").map { unticked(String($0)) }.filter { !$0.isEmpty })
            for alias in section.aliases where !listed.contains(alias) {
                problems.append("'\(section.title)' does not list its alias '\(alias)'")
            }
            for alias in listed.subtracting(section.aliases).sorted() {
                problems.append("'\(section.title)' lists '\(alias)', which SectionKind.swift does not have")
            }
        }
        return problems
    }

    // MARK: Markdown

    /// The cells of every table row (a line starting with `|`), trimmed, without the rule rows.
    static func tableRows(in document: String) -> [[String]] {
        document.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("|") else { return nil }
            var cells = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.first == "" { cells.removeFirst() }
            if cells.last == "" { cells.removeLast() }
            if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } }) { return nil }
            return cells
        }
    }

    /// A cell's text without surrounding spaces, backticks or emphasis.
    static func unticked(_ text: String) -> String {
        text.trimmingCharacters(in: CharacterSet(charactersIn: " `*_"))
    }
}

struct DocumentationTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
