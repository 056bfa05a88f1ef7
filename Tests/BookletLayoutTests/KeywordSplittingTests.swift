import Foundation
import Testing

@testable import BookletLayout

/// Keywords and names split byte by byte (ASCII) give the words the Unicode
/// split gives: every string of the picture library and the samples, and
/// awkward cases.
@Suite struct KeywordSplittingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every string in a JSON value.
    static func strings(in value: Any) -> [String] {
        switch value {
        case let text as String: [text]
        case let list as [Any]: list.flatMap(strings(in:))
        case let object as [String: Any]: object.keys.map { $0 } + object.values.flatMap(strings(in:))
        default: []
        }
    }

    @Test func asciiSplitsAsUnicodeSplits() throws {
        let library = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.root.appendingPathComponent("Pictures/library.json")))
        var texts = Self.strings(in: library)
        for sample in try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("samples").path)
        where sample.hasSuffix(".plan") {
            texts += try String(contentsOf: Self.root.appendingPathComponent("samples/" + sample), encoding: .utf8)
                .split(separator: "\n").map(String.init)
        }
        texts += [
            "Mum's", "MUM'S", "'s", "a's", "-&-", "Dad & Nan", "step-mum*", "grand*", "x\r\ny", "  ", "", "Ali's mum's",
            "it's 3pm, OK?", "'quoted'", "co-op's*", "R&B", "***", "a*b",
        ]
        var ascii = 0
        for text in texts {
            guard let words = MeaningText.asciiPhrase(text) else { continue }
            ascii += 1
            #expect(words == MeaningText.unicodePhrase(text), "\(text)")
        }
        #expect(ascii > 1_000)
        #expect(MeaningText.asciiPhrase("Mum’s") == nil)
        #expect(MeaningText.splitPhrase("Mum’s") == ["mum"])
    }
}
