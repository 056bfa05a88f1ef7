import Foundation
import Testing

@testable import PlainLanguage

/// The findings, measures and output bytes of fixed texts, against the
/// output `planbook lint` gave for them before the speed-ups of issue 15
/// (`Documents/golden/NAME.json` and `NAME.text`, written by `planbook lint
/// --no-config [--format json] NAME` in the folder of the text). A faster
/// linter must find exactly the same things and write exactly the same bytes.
@Suite struct LintGoldenTests {
    init() { _ = LintTesting.installData }

    static let documents = LintTesting.repositoryRoot.appendingPathComponent("Tests/PlainLanguageTests/Documents")

    /// Each text and the folder its golden output is in.
    static let texts = [
        "golden/pride-and-prejudice-opening.txt", "board-report-extract.md", "case-review-extract.txt", "conference-leaflet.txt",
        "many-terms.txt", "one-term-explained.txt", "planning-meeting-leaflet.md", "young-people-guide.txt",
    ]

    static func report(_ name: String) throws -> LintReport {
        let url = documents.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let fileName = url.lastPathComponent
        return PlainLanguageLinter().lint(text: text, path: fileName, kind: InputKind.of(path: fileName) ?? .text)
    }

    static func golden(_ name: String, _ suffix: String) throws -> String {
        let base = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
        return try String(contentsOf: documents.appendingPathComponent("golden/\(base).\(suffix)"), encoding: .utf8)
    }

    @Test(arguments: texts) func jsonIsByteForByteTheSame(_ name: String) throws {
        let json = LintOutput.json([try Self.report(name)]) + "\n"
        let expected = try Self.golden(name, "json")
        #expect(json == expected)
        if json != expected {
            // The first line that differs, to see what changed.
            let pairs = zip(json.split(separator: "\n", omittingEmptySubsequences: false), expected.split(separator: "\n"))
            let first = pairs.enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record(
                "first difference at line \((first?.offset ?? -1) + 1): \(first.map { "\($0.element.0) ≠ \($0.element.1)" } ?? "length")")
        }
    }

    @Test(arguments: texts) func textIsByteForByteTheSame(_ name: String) throws {
        #expect(LintOutput.text(try Self.report(name)) == (try Self.golden(name, "text")))
    }

    /// A long text worked on in parallel (measures, word-list terms and rules
    /// in halves, side by side) gives what one pass gives: the same findings,
    /// measures and bytes. The text mixes the fixed texts, so it holds many
    /// terms, acronyms and names on both sides of the cut.
    @Test func aLongTextGivesTheSameFindingsOnSeveralThreads() throws {
        var parts: [String] = []
        for name in Self.texts {
            parts.append(try String(contentsOf: Self.documents.appendingPathComponent(name), encoding: .utf8))
        }
        let text = String(repeating: parts.joined(separator: "\n\n") + "\n\n", count: 3)
        let alone = PlainLanguageLinter().lint(text: text, path: "long.txt")
        let together = PlainLanguageLinter(parallel: ThreadedWork()).lint(text: text, path: "long.txt")
        #expect(alone.metrics.words > PlainLanguageLinter.parallelWords)
        #expect(alone.findings.count > 500)
        #expect(Set(alone.findings.map(\.name)).count >= 6)
        #expect(alone.metrics == together.metrics)
        #expect(alone.findings == together.findings)
        #expect(LintOutput.json([alone]) == LintOutput.json([together]))
    }

    /// The cuts fall only where they are allowed, and the parts cover every index once.
    @Test func partsCutOnlyWhereAllowed() {
        let allowed: Set<Int> = [3, 9, 10]
        #expect(ParallelParts.split(12, parts: 2) { allowed.contains($0) } == [0..<9, 9..<12])
        #expect(ParallelParts.split(12, parts: 3) { allowed.contains($0) } == [0..<9, 9..<10, 10..<12])
        #expect(ParallelParts.split(8, parts: 2) { _ in false } == [0..<8])
        #expect(ParallelParts.split(0, parts: 2) { _ in true } == [0..<0])
        #expect(ParallelParts.even(5, parts: 2) == [0..<2, 2..<5])
    }
}

/// Parallel work on threads of its own, for the test above.
private struct ThreadedWork: ParallelWork {
    func map<Value: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> Value) -> [Value] {
        let results = ResultBox<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in results.set(index, body(index)) }
        return results.values
    }
}

private final class ResultBox<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }
    var values: [Value] { slots.map { $0! } }
}
