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

    /// Rules run side by side over a long text find what they find one after another.
    @Test func aLongTextGivesTheSameFindingsOnSeveralThreads() throws {
        let opening = try String(
            contentsOf: Self.documents.appendingPathComponent("golden/pride-and-prejudice-opening.txt"), encoding: .utf8)
        let text = String(repeating: opening + "\n", count: 4)
        let alone = PlainLanguageLinter().lint(text: text, path: "long.txt")
        let together = PlainLanguageLinter(parallel: ThreadedWork()).lint(text: text, path: "long.txt")
        #expect(alone.metrics.words > 20_000)
        #expect(LintOutput.json([alone]) == LintOutput.json([together]))
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
