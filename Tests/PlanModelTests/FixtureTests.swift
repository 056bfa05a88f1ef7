import Foundation
import PlanDiagnostics
import PlanModel
import Testing

/// Runs every fixture plan and compares its diagnostics with the fixture's own
/// `// expect: SEVERITY LINE:COLUMN NAME "message fragment"` comments.
@Suite struct FixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var fixtureNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".plan") }.sorted()
    }

    static let pictureNames: Set<String> = ["sun", "gran", "teacher", "storm", "people", "house"]

    struct Expectation: Hashable, CustomStringConvertible {
        var severity: String
        var location: String
        var name: String
        var description: String { "\(severity) \(location) \(name)" }
    }

    static func expectations(in text: String) -> (Set<Expectation>, [Expectation: String]) {
        var expected: Set<Expectation> = []
        var fragments: [Expectation: String] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("// expect:") else { continue }
            let body = trimmed.dropFirst("// expect:".count).trimmingCharacters(in: .whitespaces)
            let parts = body.split(separator: " ", maxSplits: 3).map(String.init)
            guard parts.count >= 3 else { continue }
            let expectation = Expectation(severity: parts[0], location: parts[1], name: parts[2])
            expected.insert(expectation)
            if parts.count == 4, parts[3].hasPrefix("\"") {
                fragments[expectation] = String(parts[3].dropFirst().dropLast())
            }
        }
        return (expected, fragments)
    }

    @Test func thereAreFixtures() {
        #expect(Self.fixtureNames.count >= 8)
    }

    @Test(arguments: fixtureNames)
    func fixtureGivesExactlyItsExpectedDiagnostics(name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let file = SourceFile(path: name, text: text)
        let checked = checkPlan(
            file, context: LoweringContext(pictureNames: Self.pictureNames, pictureFolder: DiskPictureFolder(path: Self.folder.path)))
        let (expected, fragments) = Self.expectations(in: text)
        var actual: Set<Expectation> = []
        for diagnostic in checked.diagnostics {
            let location = file.location(of: diagnostic.range.start)
            let found = Expectation(severity: diagnostic.severity.rawValue, location: "\(location)", name: diagnostic.name)
            actual.insert(found)
            if let fragment = fragments[found] {
                #expect(
                    diagnostic.message.contains(fragment) || (diagnostic.help ?? "").contains(fragment),
                    "\(name): \(found) says '\(diagnostic.message)' / '\(diagnostic.help ?? "")', expected it to contain '\(fragment)'")
            }
            #expect(!diagnostic.message.isEmpty)
        }
        let missing = expected.subtracting(actual).map(\.description).sorted()
        let unexpected = actual.subtracting(expected).map(\.description).sorted()
        #expect(missing.isEmpty, "\(name): expected but not reported: \(missing)")
        #expect(unexpected.isEmpty, "\(name): reported but not expected: \(unexpected)")
    }
}
