import Foundation
import PlanDiagnostics
import PlanModel
import Testing

/// Runs every fixture plan and compares its diagnostics with the fixture's own
/// `// expect: SEVERITY +N:COLUMN NAME "message fragment"` comments. `+N` is
/// counted from the comment's own line (`+1` is the line below it, `-2` two
/// lines above), so adding a line to a fixture moves no other expectation.
@Suite struct FixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static var fixtureNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".plan") }.sorted()
    }

    static let pictureNames: Set<String> = ["sun", "gran", "teacher", "storm", "people", "house"]

    struct Expectation: Hashable, CustomStringConvertible {
        var severity: String
        /// `LINE:COLUMN` in the file, worked out from the comment's relative line.
        var location: String
        var name: String
        var description: String { "\(severity) \(location) \(name)" }
    }

    struct Expectations {
        var expected: Set<Expectation> = []
        var fragments: [Expectation: String] = [:]
        /// `// expect:` comments that could not be read, with their line: each fails the fixture.
        var malformed: [String] = []
    }

    static func expectations(in text: String) -> Expectations {
        var result = Expectations()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("// expect:") else { continue }
            let body = trimmed.dropFirst("// expect:".count).trimmingCharacters(in: .whitespaces)
            let parts = body.split(separator: " ", maxSplits: 3).map(String.init)
            guard parts.count >= 3, let location = absoluteLocation(parts[1], commentLine: index + 1) else {
                result.malformed.append("line \(index + 1): \(trimmed) (write SEVERITY +N:COLUMN NAME, N counted from this line)")
                continue
            }
            let expectation = Expectation(severity: parts[0], location: location, name: parts[2])
            result.expected.insert(expectation)
            if parts.count == 4, parts[3].hasPrefix("\"") {
                result.fragments[expectation] = String(parts[3].dropFirst().dropLast())
            }
        }
        return result
    }

    /// `+2:5` on line 10 is `12:5`; an absolute `12:5` is refused (nil).
    static func absoluteLocation(_ relative: String, commentLine: Int) -> String? {
        guard let sign = relative.first, sign == "+" || sign == "-" else { return nil }
        let pieces = relative.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count == 2, let offset = Int(pieces[0]), let column = Int(pieces[1]), offset >= 0, column >= 1 else { return nil }
        let line = commentLine + (sign == "+" ? offset : -offset)
        return line >= 1 ? "\(line):\(column)" : nil
    }

    /// Checks a fixture's text against its expectations.
    /// `checkingFragments: false` leaves out the message fragments (they may quote a line number).
    static func check(_ text: String, named name: String, checkingFragments: Bool = true) {
        let file = SourceFile(path: name, text: text)
        let checked = checkPlan(
            file, context: LoweringContext(pictureNames: pictureNames, pictureFolder: DiskPictureFolder(path: folder.path)))
        let expectations = Self.expectations(in: text)
        #expect(expectations.malformed.isEmpty, "\(name): \(expectations.malformed)")
        var actual: Set<Expectation> = []
        for diagnostic in checked.diagnostics {
            let location = file.location(of: diagnostic.range.start)
            let found = Expectation(severity: diagnostic.severity.rawValue, location: "\(location)", name: diagnostic.name)
            actual.insert(found)
            if checkingFragments, let fragment = expectations.fragments[found] {
                #expect(
                    diagnostic.message.contains(fragment) || (diagnostic.help ?? "").contains(fragment),
                    "\(name): \(found) says '\(diagnostic.message)' / '\(diagnostic.help ?? "")', expected it to contain '\(fragment)'")
            }
            #expect(!diagnostic.message.isEmpty)
        }
        let missing = expectations.expected.subtracting(actual).map(\.description).sorted()
        let unexpected = actual.subtracting(expectations.expected).map(\.description).sorted()
        #expect(missing.isEmpty, "\(name): expected but not reported: \(missing)")
        #expect(unexpected.isEmpty, "\(name): reported but not expected: \(unexpected)")
    }

    @Test func thereAreFixtures() {
        #expect(Self.fixtureNames.count >= 8)
    }

    @Test(arguments: fixtureNames)
    func fixtureGivesExactlyItsExpectedDiagnostics(name: String) throws {
        Self.check(try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8), named: name)
    }

    /// Fixtures with a title. Without one, the problems point at the file's first byte, which a line added above does not move.
    static var titledFixtureNames: [String] {
        fixtureNames.filter { name in
            let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return text.split(separator: "\n").contains { $0.hasPrefix("# ") }
        }
    }

    /// The point of relative expectations: a line added at the top moves every diagnostic and every
    /// expectation alike, so the fixture still passes unchanged (messages that quote a line number aside).
    @Test(arguments: titledFixtureNames)
    func aLineAddedAboveMovesNoExpectation(name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        Self.check("// a line added above everything\n" + text, named: name, checkingFragments: false)
    }

    @Test func expectationsAreCountedFromTheirOwnLine() {
        let found = Self.expectations(in: "# T\n// expect: error +1:4 unknown-section\n## Worrys\n// expect: warning -3:1 no-date\n")
        #expect(
            found.expected == [
                Expectation(severity: "error", location: "3:4", name: "unknown-section"),
                Expectation(severity: "warning", location: "1:1", name: "no-date"),
            ])
        #expect(found.malformed.isEmpty)
        let absolute = Self.expectations(in: "# T\n// expect: error 3:4 unknown-section\n// expect: error -9:1 far-away\n")
        #expect(absolute.expected.isEmpty)
        #expect(absolute.malformed.count == 2, "an absolute line, or one above the file, is refused: \(absolute.malformed)")
    }
}
