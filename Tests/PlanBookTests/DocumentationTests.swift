import Foundation
import Testing

/// Keeps `docs/plan-language.md` true to the code:
/// - every diagnostic code given anywhere in `Sources/` has a row in the
///   document's diagnostics table, with its name and severity, and the table
///   lists no code the sources do not give;
/// - each code is given with exactly one name, and each name with one code,
///   so codes and names stay stable for `// lint: allow` and for readers;
/// - the section table lists exactly the aliases of `SectionKind.swift`.
///
/// The sources are read as text, so a code is found however the diagnostic is
/// built: `Diagnostic(code: "PB101", name: "missing-title", severity: .error, …)`
/// or a helper such as `error("PB201", "unknown-detail", …)`.
@Suite struct DocumentationTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var documentURL: URL { repositoryRoot.appendingPathComponent("docs/plan-language.md") }
    static var sectionKindURL: URL { repositoryRoot.appendingPathComponent("Sources/PlanModel/SectionKind.swift") }

    /// Codes that are known to break "one code, one name", with why. Fix the
    /// sources, then delete the entry: the test fails while an entry is stale.
    static let knownNamingIssues: [String: String] = [:]

    // MARK: Tests

    @Test func everyCodeInTheSourcesIsInTheDiagnosticsTable() throws {
        let uses = try Self.codeUsesInSources()
        let document = try String(contentsOf: Self.documentURL, encoding: .utf8)
        let problems = Self.documentationProblems(uses: uses, document: document)
        #expect(problems.isEmpty, Comment(rawValue: "docs/plan-language.md is out of date:\n" + problems.joined(separator: "\n")))
    }

    @Test func theDiagnosticsTableListsNoCodeTheSourcesDoNotGive() throws {
        let uses = try Self.codeUsesInSources()
        let document = try String(contentsOf: Self.documentURL, encoding: .utf8)
        let known = Set(uses.map(\.code))
        let stale = Self.diagnosticRows(in: document).keys.filter { !known.contains($0) }.sorted()
        #expect(stale.isEmpty, Comment(rawValue: "docs/plan-language.md lists codes no source gives: \(stale)"))
    }

    @Test func everyCodeHasExactlyOneStableName() throws {
        let uses = try Self.codeUsesInSources()
        let problems = Self.namingProblems(uses: uses)
        for problem in problems {
            if let reason = Self.knownNamingIssues[problem.key] {
                withKnownIssue(Comment(rawValue: reason)) {
                    Issue.record(Comment(rawValue: problem.message))
                }
            } else {
                Issue.record(Comment(rawValue: problem.message))
            }
        }
        let keys = Set(problems.map(\.key))
        for stale in Self.knownNamingIssues.keys.sorted() where !keys.contains(stale) {
            Issue.record(Comment(rawValue: "\(stale) now has one stable name: delete it from DocumentationTests.knownNamingIssues"))
        }
    }

    @Test func theSectionTableListsExactlyTheAliasesOfSectionKind() throws {
        let source = try String(contentsOf: Self.sectionKindURL, encoding: .utf8)
        let document = try String(contentsOf: Self.documentURL, encoding: .utf8)
        let sections = try Self.sectionNames(fromSectionKind: source)
        #expect(sections.count >= 11, "expected at least the 11 sections of the language, found \(sections.count)")
        #expect(sections.allSatisfy { !$0.aliases.isEmpty }, "every section has aliases in the language")
        let problems = Self.aliasProblems(sections: sections, document: document)
        #expect(
            problems.isEmpty,
            Comment(rawValue: "docs/plan-language.md's section table is out of date:\n" + problems.joined(separator: "\n")))
    }

    /// The checks above must be able to fail: feed them sources and a document
    /// that disagree, and make sure they say so.
    @Test func theChecksCatchADocumentThatIsOutOfDate() throws {
        let source = """
            Diagnostic(code: "PB998", name: "first-thing", severity: .error, message: "m", range: range)
            error("PB997", "second-thing", "m", range)
            warning("PB996", "third-thing", "m", range, help: "h")
            error("PB995", "name-\\(key)", "m", range)
            let stray = "PB994"
            error("PB993", "first-thing", "m", range)
            """
        let uses = try Self.codeUses(inSource: source, file: "Fake.swift")
        #expect(uses.map(\.code) == ["PB998", "PB997", "PB996", "PB995", "PB994", "PB993"])
        #expect(uses.map(\.name) == ["first-thing", "second-thing", "third-thing", "name-\\(key)", nil, "first-thing"])
        #expect(uses.map(\.severity) == ["error", "error", "warning", "error", nil, "error"])

        let document = """
            | code | name | severity | when | example | fix |
            |---|---|---|---|---|---|
            | `PB998` | `first-thing` | warning | w | e | f |
            | `PB997` | `another-name` | error | w | e | f |
            | `PB995` | `name-child`, `name-age` | error | w | e | f |
            """
        let problems = Self.documentationProblems(uses: uses, document: document).joined(separator: "\n")
        #expect(problems.contains("PB998") && problems.contains("severity"))
        #expect(problems.contains("PB997") && problems.contains("second-thing"))
        #expect(problems.contains("PB996"))
        #expect(!problems.contains("PB995"))

        let naming = Self.namingProblems(uses: uses).map(\.key)
        #expect(naming.contains("PB995"), "a name built at run time is not stable")
        #expect(naming.contains("PB994"), "a code without a name is reported")
        #expect(naming.contains("PB993+PB998"), "one name for two codes is reported")
        let twice = try Self.codeUses(inSource: #"error("PB990", "one", "m", r) error("PB990", "two", "m", r)"#, file: "Fake.swift")
        #expect(Self.namingProblems(uses: twice).map(\.key) == ["PB990"], "one code with two names is reported")

        let sectionKind = """
            public var title: String {
                switch self {
                case .worries: "Worries"
                case .nextSteps: "Next steps"
                }
            }

            public var aliases: [String] {
                switch self {
                case .worries: ["Danger statements", "Worry statements"]
                case .nextSteps: ["Safety plan"]
                }
            }
            """
        let sections = try Self.sectionNames(fromSectionKind: sectionKind)
        #expect(sections.map(\.title) == ["Worries", "Next steps"])
        let table = """
            | section | also accepted (aliases) | holds |
            |---|---|---|
            | Worries | Danger statements, Old name | items |
            """
        let aliasProblems = Self.aliasProblems(sections: sections, document: table).joined(separator: "\n")
        #expect(aliasProblems.contains("Worry statements"))
        #expect(aliasProblems.contains("Old name"))
        #expect(aliasProblems.contains("Next steps"))
    }

    // MARK: Codes in the sources

    /// One place in the sources that gives a diagnostic code.
    struct CodeUse: Hashable, CustomStringConvertible {
        var code: String
        /// The name's string literal as written; nil when no name stands next to the code.
        var name: String?
        /// `error`, `warning` or `note`, when it can be told from the source.
        var severity: String?
        var file: String
        var line: Int

        var description: String { "\(code) '\(name ?? "<no name>")' at \(file):\(line)" }

        /// Whether the name is built at run time, such as `"missing-\(key)"`, so one code gives several names.
        var nameIsInterpolated: Bool { name?.contains("\\(") ?? false }
    }

    /// Every `"PBnnn"` literal in every Swift file under `Sources/`.
    static func codeUsesInSources() throws -> [CodeUse] {
        let sources = repositoryRoot.appendingPathComponent("Sources")
        guard let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else {
            throw DocumentationTestError("cannot list \(sources.path)")
        }
        let files = enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path }
        var uses: [CodeUse] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let relative = String(file.path.dropFirst(repositoryRoot.path.count + 1))
            uses += try codeUses(inSource: text, file: relative)
        }
        guard !uses.isEmpty else { throw DocumentationTestError("found no diagnostic codes under \(sources.path)") }
        guard uses.contains(where: { $0.name != nil }) else {
            throw DocumentationTestError("found codes but no names: the scanner is broken")
        }
        return uses
    }

    /// The codes a Swift source gives, with the name and severity written next to each.
    static func codeUses(inSource text: String, file: String) throws -> [CodeUse] {
        let literal = #""((?:[^"\\]|\\.)*)""#
        // Diagnostic(code: "PB101", name: "missing-title", severity: .error, …)
        let labelled = try NSRegularExpression(
            pattern: #"code:\s*"(PB[0-9]{3})"\s*,\s*name:\s*"# + literal + #"(?:\s*,\s*severity:\s*\.(\w+))?"#)
        // error("PB201", "unknown-detail", …) or warning("PB601", "not-shared-with-child", …)
        let positional = try NSRegularExpression(pattern: #"\b(\w+)\(\s*"(PB[0-9]{3})"\s*,\s*"# + literal)
        // Any code literal at all, so a code written some other way is not missed.
        let any = try NSRegularExpression(pattern: #""(PB[0-9]{3})""#)

        let whole = NSRange(text.startIndex..., in: text)
        func group(_ match: NSTextCheckingResult, _ index: Int) -> String? {
            guard let range = Range(match.range(at: index), in: text) else { return nil }
            return String(text[range])
        }
        func line(at location: Int) -> Int {
            (text as NSString).substring(to: location).reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        }

        /// Name and severity by the location of the code's opening quote.
        var named: [Int: (name: String, severity: String?)] = [:]
        for match in labelled.matches(in: text, range: whole) {
            guard let name = group(match, 2) else { continue }
            named[match.range(at: 1).location - 1] = (name, group(match, 3))
        }
        for match in positional.matches(in: text, range: whole) {
            guard let name = group(match, 3) else { continue }
            let helper = group(match, 1) ?? ""
            let severity = ["error", "warning", "note"].contains(helper) ? helper : nil
            named[match.range(at: 2).location - 1] = (name, severity)
        }
        return any.matches(in: text, range: whole).map { match in
            let quote = match.range.location
            return CodeUse(
                code: group(match, 1) ?? "", name: named[quote]?.name, severity: named[quote]?.severity,
                file: file, line: line(at: quote))
        }
    }

    // MARK: The diagnostics table

    /// The rows of every Markdown table whose first cell is a code, by code, split into cells.
    static func diagnosticRows(in document: String) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for cells in tableRows(in: document) {
            guard let first = cells.first else { continue }
            let code = unticked(first)
            if code.range(of: #"^PB[0-9]{3}$"#, options: .regularExpression) != nil, rows[code] == nil {
                rows[code] = cells
            }
        }
        return rows
    }

    /// What the document gets wrong about the codes the sources give.
    static func documentationProblems(uses: [CodeUse], document: String) -> [String] {
        let rows = diagnosticRows(in: document)
        var problems: [String] = []
        for use in uses {
            guard let cells = rows[use.code] else {
                problems.append("\(use.code) (\(use.file):\(use.line)) has no row in the diagnostics table")
                continue
            }
            guard let name = use.name else { continue } // reported by everyCodeHasExactlyOneStableName
            let nameCell = cells.count > 1 ? cells[1] : ""
            if !cell(nameCell, holdsName: name) {
                problems.append("\(use.code)'s row does not give its name '\(name)' (\(use.file):\(use.line)); it says '\(nameCell)'")
            }
            if let severity = use.severity {
                let severityCell = cells.count > 2 ? unticked(cells[2]).lowercased() : ""
                if severityCell != severity {
                    problems.append(
                        "\(use.code)'s row gives severity '\(severityCell)', the source gives '\(severity)' (\(use.file):\(use.line))")
                }
            }
        }
        return problems
    }

    /// Whether a table cell such as "`missing-child`, `missing-age`" names `name`.
    /// A name built at run time (`missing-\(key)`) is matched as a pattern.
    static func cell(_ cell: String, holdsName name: String) -> Bool {
        let names = cell.split(separator: ",").map { unticked(String($0)) }
        guard name.contains("\\(") else { return names.contains(name) }
        var pattern = "^"
        var rest = Substring(name)
        while let open = rest.range(of: "\\(") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open.lowerBound])) + "[a-z0-9-]+"
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { return false }
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        return names.contains { $0.range(of: pattern, options: .regularExpression) != nil }
    }

    // MARK: One code, one name

    struct NamingProblem {
        /// The code, or codes joined with `+` when one name has several codes.
        var key: String
        var message: String
    }

    static func namingProblems(uses: [CodeUse]) -> [NamingProblem] {
        var problems: [NamingProblem] = []
        for (code, group) in Dictionary(grouping: uses, by: \.code).sorted(by: { $0.key < $1.key }) {
            let places = group.map { "\($0.file):\($0.line)" }.joined(separator: ", ")
            let names = Set(group.compactMap(\.name))
            if group.contains(where: { $0.name == nil }) {
                problems.append(
                    NamingProblem(
                        key: code,
                        message: "\(code) is given without a name next to it (\(places)); write it as code: \"\(code)\", name: \"…\""))
            } else if names.count != 1 {
                problems.append(
                    NamingProblem(
                        key: code,
                        message: "\(code) is given with \(names.count) names, \(names.sorted()) (\(places)): one code must keep one name"))
            } else if let name = names.first, name.contains("\\(") {
                problems.append(
                    NamingProblem(
                        key: code,
                        message: "\(code)'s name \"\(name)\" is built at run time, so the code gives more than one name (\(places))"))
            }
        }
        var codesByName: [String: Set<String>] = [:]
        for use in uses {
            guard let name = use.name, !use.nameIsInterpolated else { continue }
            codesByName[name, default: []].insert(use.code)
        }
        for (name, codes) in codesByName.sorted(by: { $0.key < $1.key }) where codes.count > 1 {
            problems.append(
                NamingProblem(
                    key: codes.sorted().joined(separator: "+"),
                    message: "the name '\(name)' is given to \(codes.sorted()): one name must keep one code"))
        }
        return problems
    }

    // MARK: Sections and aliases

    struct SectionNames {
        var kind: String
        var title: String
        var aliases: [String]
    }

    /// The titles and aliases of `SectionKind`, read from the `title` and `aliases` switches.
    static func sectionNames(fromSectionKind source: String) throws -> [SectionNames] {
        let titles = try cases(inProperty: "var title: String", of: source, value: #""((?:[^"\\]|\\.)*)""#)
        let aliases = try cases(inProperty: "var aliases: [String]", of: source, value: #"\[([^\]]*)\]"#)
        let literal = try NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
        var sections: [SectionNames] = []
        for (kind, title) in titles {
            guard let list = aliases.first(where: { $0.kind == kind })?.value else {
                throw DocumentationTestError("SectionKind.\(kind) has a title but no aliases case")
            }
            let names = literal.matches(in: list, range: NSRange(list.startIndex..., in: list)).compactMap { match in
                Range(match.range(at: 1), in: list).map { String(list[$0]) }
            }
            sections.append(SectionNames(kind: kind, title: title, aliases: names))
        }
        for (kind, _) in aliases where !titles.contains(where: { $0.kind == kind }) {
            throw DocumentationTestError("SectionKind.\(kind) has aliases but no title case")
        }
        return sections
    }

    /// `case .kind: VALUE` lines of one computed property's switch, in order.
    static func cases(inProperty marker: String, of source: String, value: String) throws -> [(kind: String, value: String)] {
        guard let start = source.range(of: marker) else {
            throw DocumentationTestError("cannot find '\(marker)' in SectionKind.swift")
        }
        let end = source.range(of: "\n    }", range: start.upperBound..<source.endIndex)?.lowerBound ?? source.endIndex
        let body = String(source[start.upperBound..<end])
        let pattern = try NSRegularExpression(pattern: #"case\s+((?:\.\w+\s*,\s*)*\.\w+)\s*:\s*"# + value)
        var found: [(kind: String, value: String)] = []
        for match in pattern.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
            guard let kinds = Range(match.range(at: 1), in: body), let value = Range(match.range(at: 2), in: body) else { continue }
            for kind in body[kinds].split(separator: ",") {
                found.append(
                    (kind.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ".")), String(body[value]))
                )
            }
        }
        guard !found.isEmpty else { throw DocumentationTestError("found no cases in '\(marker)'") }
        return found
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
            for alias in section.aliases where !document.contains(alias) {
                problems.append("the alias '\(alias)' does not appear in the document")
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
