import Foundation
import Testing

@testable import PlainLanguage

/// The syllable counter measured on word lists made by scripts/make-syllables.py
/// (`SyllableWords/*.tsv`: `#` comments, a `word<TAB>syllables` header, one word a line).
@Suite struct SyllableAccuracyTests {
    init() { _ = LintTesting.installData }

    static let folder = LintTesting.repositoryRoot.appendingPathComponent("Tests/PlainLanguageTests/SyllableWords")

    /// The words of one list with their counts. A line that is not `word<TAB>count` is an error.
    static func pairs(_ name: String) throws -> [(String, Int)] {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".tsv"), encoding: .utf8)
        var pairs: [(String, Int)] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && line != "word\tsyllables" {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, let count = Int(parts[1]) else {
                throw ListError(line: String(line), list: name)
            }
            pairs.append((String(parts[0]), count))
        }
        return pairs
    }

    struct ListError: Error, CustomStringConvertible {
        var line: String
        var list: String
        var description: String { "\(list).tsv: '\(line)' is not word<TAB>syllables" }
    }

    static let britishOutsideDictionary = "british-outside-dictionary"
    static let dictionarySample = "dictionary-sample"
    static let dictionaryHeldOut = "dictionary-held-out"

    @Test func theListsAreWholeAndSorted() throws {
        for (name, least) in [(Self.britishOutsideDictionary, 800), (Self.dictionarySample, 3000), (Self.dictionaryHeldOut, 3000)] {
            let words = try Self.pairs(name).map(\.0)
            #expect(words.count >= least, "\(name).tsv has \(words.count) words")
            #expect(words == words.sorted(), "\(name).tsv is sorted, as the script writes it")
            #expect(Set(words).count == words.count, "\(name).tsv names each word once")
        }
        let sample = Set(try Self.pairs(Self.dictionarySample).map(\.0))
        #expect(sample.isDisjoint(with: try Self.pairs(Self.dictionaryHeldOut).map(\.0)), "the held-out words were never in the sample")
    }

    static func accuracy(_ pairs: [(String, Int)], _ count: (String) -> Int) -> (Double, [String]) {
        var wrong: [String] = []
        for (word, expected) in pairs where count(word) != expected {
            wrong.append("\(word) \(expected) got \(count(word))")
        }
        return (Double(pairs.count - wrong.count) / Double(pairs.count), wrong)
    }

    @Test func rulesAloneOnBritishWordsOutsideTheDictionary() throws {
        let (score, wrong) = Self.accuracy(try Self.pairs(Self.britishOutsideDictionary), SyllableRules.count)
        print("rules alone, British words outside the dictionary: \(score)")
        if ProcessInfo.processInfo.environment["SHOW_WRONG"] != nil { print(wrong.joined(separator: "\n")) }
        #expect(score >= 0.85)
    }

    @Test func rulesAloneOnDictionaryWords() throws {
        let (score, wrong) = Self.accuracy(try Self.pairs(Self.dictionarySample), SyllableRules.count)
        print("rules alone, sample of dictionary words: \(score)")
        if ProcessInfo.processInfo.environment["SHOW_WRONG"] != nil { print(wrong.joined(separator: "\n")) }
        #expect(score >= 0.85)
    }

    @Test func counterOnBritishWordsOutsideTheDictionary() throws {
        let pairs = try Self.pairs(Self.britishOutsideDictionary)
        #expect(pairs.allSatisfy { SyllableDictionary.shared.syllables(of: $0.0) == nil })
        let (score, _) = Self.accuracy(pairs) { SyllableCounter.count($0) }
        print("counter, British words outside the dictionary: \(score)")
        #expect(score >= 0.95)
    }

    @Test func dictionaryIsExactOnItsOwnWords() throws {
        for (word, expected) in try Self.pairs(Self.dictionarySample) {
            #expect(SyllableCounter.count(word) == expected, "\(word)")
        }
    }
}

/// The rules on words never looked at while they were written.
@Suite struct HeldOutSyllableTests {
    init() { _ = LintTesting.installData }

    @Test func rulesAloneOnHeldOutDictionaryWords() throws {
        let (score, _) = SyllableAccuracyTests.accuracy(
            try SyllableAccuracyTests.pairs(SyllableAccuracyTests.dictionaryHeldOut), SyllableRules.count)
        print("rules alone, held-out sample of dictionary words: \(score)")
        #expect(score >= 0.85)
    }
}
