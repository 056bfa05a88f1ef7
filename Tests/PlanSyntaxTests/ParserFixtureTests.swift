import Foundation
import PlanBookTestSupport
import PlanDiagnostics
import Testing

@testable import PlanSyntax

/// Parser fixtures: each `Snapshots/NAME.plan` has a golden `Snapshots/NAME.dump`, the syntax
/// tree as `SyntaxTreeDumper` prints it, then the parser's diagnostics, one a line.
/// `PLANBOOK_RECORD=1 swift test --filter ParserFixtureTests` rewrites the goldens.
@Suite struct ParserFixtureTests {
    static let folder = TestFiles.repositoryRoot.appendingPathComponent("Tests/PlanSyntaxTests/Snapshots")
    static let plans = TestFiles.files(in: folder).filter { $0.hasSuffix(".plan") }

    /// The tree, then what the parser said about the file.
    static func dump(_ text: String, path: String) -> String {
        let file = SourceFile(path: path, text: text)
        let result = parse(file)
        var out = SyntaxTreeDumper(file: file).dump(result.root)
        for diagnostic in result.diagnostics {
            let start = file.location(of: diagnostic.range.start)
            let end = file.location(of: diagnostic.range.end)
            out += "\(diagnostic.code) \(diagnostic.severity) @\(start)-\(end): \(diagnostic.message)\n"
        }
        return out
    }

    @Test(arguments: plans)
    func theTreeMatchesItsGolden(name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let golden = Self.folder.appendingPathComponent(String(name.dropLast(".plan".count)) + ".dump")
        try assertSnapshot(Self.dump(text, path: name), at: golden)
    }

    @Test func everyGoldenHasItsPlan() {
        let dumps = TestFiles.files(in: Self.folder).filter { $0.hasSuffix(".dump") }.map { String($0.dropLast(".dump".count)) }
        #expect(Set(dumps) == Set(Self.plans.map { String($0.dropLast(".plan".count)) }))
        #expect(Self.plans.count >= 5, "the fixtures folder was not found or lost its plans: \(Self.folder.path)")
    }
}
