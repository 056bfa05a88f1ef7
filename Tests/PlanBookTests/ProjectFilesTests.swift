import Foundation
import PlanBook
import Testing

/// Keeps the files a new contributor reads first true to the code: the
/// version and the changelog, the docs index, CONTRIBUTING's recipes and the
/// third-party notices.
@Suite struct ProjectFilesTests {
    static let root = TestSupport.repositoryRoot

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    // MARK: Version and changelog

    /// The newest `## [X.Y.Z] - YYYY-MM-DD` heading of a keep-a-changelog file.
    static func newestRelease(in changelog: String) -> String? {
        let pattern = #/^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/#
        for line in changelog.split(separator: "\n") {
            if let match = line.wholeMatch(of: pattern) { return String(match.1) }
        }
        return nil
    }

    @Test func theChangelogsNewestReleaseIsTheVersion() throws {
        let changelog = try Self.text("CHANGELOG.md")
        #expect(changelog.contains("\n## [Unreleased]\n"), "CHANGELOG.md keeps an Unreleased section at the top")
        #expect(
            Self.newestRelease(in: changelog) == PlanBookVersion.current,
            "CHANGELOG.md's newest release must be Sources/PlanBook/Version.swift's \(PlanBookVersion.current)")
        #expect(Self.newestRelease(in: "## [Unreleased]\n## [2.0.0] - 2027-01-02\n## [1.0.0] - 2026-01-01\n") == "2.0.0")
        #expect(Self.newestRelease(in: "## [Unreleased]\n") == nil)
    }

    @Test func versionOptionPrintsTheVersion() throws {
        let run = try TestSupport.planbook(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == PlanBookVersion.current)
        #expect(PlanBookVersion.current.wholeMatch(of: #/\d+\.\d+\.\d+/#) != nil, "a semantic version")
    }

    // MARK: The docs index

    /// The targets of relative Markdown links, such as `[x](linting.md#rules)` → `linting.md`.
    static func relativeLinks(in markdown: String) -> [String] {
        markdown.matches(of: #/\]\(([^)#\s]+)(?:#[^)]*)?\)/#).map { String($0.1) }.filter { !$0.contains("://") }
    }

    @Test func theDocsIndexListsEveryDocumentAndEveryLinkResolves() throws {
        let index = try Self.text("docs/README.md")
        let links = Self.relativeLinks(in: index)
        let docs = Self.root.appendingPathComponent("docs")
        let documents = TestSupport.files(in: docs).filter { $0.hasSuffix(".md") && $0 != "README.md" }
        #expect(documents.count >= 3)
        for document in documents {
            #expect(links.contains(document), "docs/README.md has no line for docs/\(document): add one saying what it is for")
        }
        for link in links {
            #expect(
                FileManager.default.fileExists(atPath: docs.appendingPathComponent(link).path), "docs/README.md links to a missing \(link)")
        }
        #expect(Self.relativeLinks(in: try Self.text("README.md")).contains("docs/README.md"), "the README links to the docs index")
        #expect(Self.relativeLinks(in: "see [a](a.md#x), [b](../b.md) and [c](https://c.org/c.md)") == ["a.md", "../b.md"])
    }

    // MARK: CONTRIBUTING

    /// Every `swift test --filter NAME` in a text.
    static func testFilters(in text: String) -> [String] {
        text.matches(of: #/swift test --filter ([A-Za-z0-9_.]+)/#).map { String($0.1) }
    }

    /// The names of every suite and test function under `Tests/`.
    static func testNames() throws -> Set<String> {
        var names: Set<String> = []
        let tests = root.appendingPathComponent("Tests")
        guard let enumerator = FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil) else { return names }
        for case let file as URL in enumerator where file.pathExtension == "swift" {
            let source = try String(contentsOf: file, encoding: .utf8)
            for match in source.matches(of: #/(?:struct|func) ([A-Za-z0-9_]+)/#) { names.insert(String(match.1)) }
        }
        return names
    }

    @Test func everyTestContributingNamesExists() throws {
        let contributing = try Self.text("CONTRIBUTING.md")
        let filters = Self.testFilters(in: contributing)
        #expect(filters.count >= 8, "the recipes name the tests that prove them")
        let names = try Self.testNames()
        for filter in filters {
            for part in filter.split(separator: ".") {
                #expect(names.contains(String(part)), "CONTRIBUTING.md names a test '\(part)' (in '\(filter)') that is not under Tests/")
            }
        }
    }

    /// Paths in backticks that start with one of the repository's folders, such as `Layouts/fixed-words/en-GB.json`.
    static func repositoryPaths(in text: String) -> [String] {
        let folders = ["Sources/", "Tests/", "Layouts/", "Pictures/", "Fonts/", "scripts/", "docs/", "samples/"]
        return text.matches(of: #/`([A-Za-z0-9_./+-]+)`/#).map { String($0.1) }
            .filter { path in folders.contains { path.hasPrefix($0) } }
    }

    @Test func everyFileContributingNamesExists() throws {
        let contributing = try Self.text("CONTRIBUTING.md")
        let paths = Self.repositoryPaths(in: contributing)
        #expect(paths.count >= 20)
        // Placeholders the reader fills in, and what a recipe tells them to make.
        let made = ["NAME", "TAG", "large-print", "PB2nn"]
        for path in paths where !made.contains(where: path.contains) {
            let clean = path.hasSuffix("/") ? String(path.dropLast()) : path
            #expect(
                FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(clean).path),
                "CONTRIBUTING.md names \(path), which is not in the repository")
        }
        #expect(
            Self.repositoryPaths(in: "run `scripts/format` on `Sources/A.swift`, not `swift build`") == [
                "scripts/format", "Sources/A.swift",
            ])
    }

    // MARK: Notices

    @Test func theNoticesNameEveryFontDependencyAndDataset() throws {
        let notices = try Self.text("THIRD-PARTY-NOTICES.md")
        let packages = try Self.text("scripts/packages.txt").split(separator: "\n").map(String.init).filter { $0.hasPrefix("fonts-") }
        #expect(packages.count >= 3)
        for package in packages {
            #expect(notices.contains("`\(package)`"), "THIRD-PARTY-NOTICES.md does not name the font package \(package)")
        }
        let manifest = try Self.text("Package.swift")
        let dependencies = manifest.matches(of: #/\.package\(url: "https://github\.com/[^/]+/([^"]+)"/#).map { String($0.1) }
        #expect(!dependencies.isEmpty)
        for dependency in dependencies {
            #expect(notices.contains(dependency), "THIRD-PARTY-NOTICES.md does not name the Swift package \(dependency)")
        }
        let resources = Self.root.appendingPathComponent("Sources/PlainLanguage/Resources")
        for file in TestSupport.files(in: resources) where !file.hasSuffix("-LICENSE.txt") {
            #expect(notices.contains(file), "THIRD-PARTY-NOTICES.md does not say where Resources/\(file) comes from")
        }
        #expect(try Self.text("LICENSE").hasPrefix("MIT License"))
        #expect(try Self.text("README.md").contains("THIRD-PARTY-NOTICES.md"))
    }
}

/// Every booklet language's fixed words: the same keys as the master copy.
@Suite struct FixedWordsFileTests {
    static let folder = TestSupport.repositoryRoot.appendingPathComponent("Layouts/fixed-words")

    static func object(_ file: String) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent(file))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(file) is a JSON object")
    }

    /// Keys a language may add for its script (FixedWords' optional properties).
    static let scriptKeys: Set<String> = ["sizeScale", "lineSpacing"]

    @Test func everyLanguageHasTheKeysOfEnGBAndNamesItself() throws {
        let master = try Self.object("en-GB.json")
        let masterKeys = Set(master.keys).subtracting(Self.scriptKeys)
        let masterSections = Set((master["sections"] as? [String: String] ?? [:]).keys)
        #expect(masterSections.count >= 11)
        let files = TestSupport.files(in: Self.folder).filter { $0.hasSuffix(".json") }
        #expect(files.count >= 6)
        for file in files {
            let words = try Self.object(file)
            let keys = Set(words.keys).subtracting(Self.scriptKeys)
            #expect(
                keys == masterKeys,
                "\(file): missing \(masterKeys.subtracting(keys).sorted()), extra \(keys.subtracting(masterKeys).sorted())")
            #expect(Set((words["sections"] as? [String: String] ?? [:]).keys) == masterSections, "\(file): sections differ from en-GB.json")
            #expect(words["language"] as? String == String(file.dropLast(".json".count)), "\(file): 'language' must match the file name")
            #expect((words["months"] as? [String])?.count == 12, "\(file): 12 months")
        }
    }
}
