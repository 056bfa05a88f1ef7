import Foundation
import Testing

@testable import PlainLanguage

/// The syllable counter measured on word lists made by scripts/make-syllables.py.
@Suite struct SyllableAccuracyTests {
    init() { _ = LintTesting.installData }

    static func pairs(_ list: String) -> [(String, Int)] {
        list.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let count = Int(parts[1]) else { return nil }
            return (String(parts[0]), count)
        }
    }

    static func accuracy(_ pairs: [(String, Int)], _ count: (String) -> Int) -> (Double, [String]) {
        var wrong: [String] = []
        for (word, expected) in pairs where count(word) != expected {
            wrong.append("\(word) \(expected) got \(count(word))")
        }
        return (Double(pairs.count - wrong.count) / Double(pairs.count), wrong)
    }

    @Test func rulesAloneOnBritishWordsOutsideTheDictionary() {
        let (score, wrong) = Self.accuracy(Self.pairs(SyllableTestWords.britishOutsideDictionary), SyllableRules.count)
        print("rules alone, British words outside the dictionary: \(score)")
        if ProcessInfo.processInfo.environment["SHOW_WRONG"] != nil { print(wrong.joined(separator: "\n")) }
        #expect(score >= 0.85)
    }

    @Test func rulesAloneOnDictionaryWords() {
        let (score, wrong) = Self.accuracy(Self.pairs(SyllableTestWords.dictionarySample), SyllableRules.count)
        print("rules alone, sample of dictionary words: \(score)")
        if ProcessInfo.processInfo.environment["SHOW_WRONG"] != nil { print(wrong.joined(separator: "\n")) }
        #expect(score >= 0.85)
    }

    @Test func counterOnBritishWordsOutsideTheDictionary() {
        let pairs = Self.pairs(SyllableTestWords.britishOutsideDictionary)
        #expect(pairs.allSatisfy { SyllableDictionary.shared.syllables(of: $0.0) == nil })
        let (score, _) = Self.accuracy(pairs) { SyllableCounter.count($0) }
        print("counter, British words outside the dictionary: \(score)")
        #expect(score >= 0.95)
    }

    @Test func dictionaryIsExactOnItsOwnWords() {
        for (word, expected) in Self.pairs(SyllableTestWords.dictionarySample) {
            #expect(SyllableCounter.count(word) == expected, "\(word)")
        }
    }
}

/// The rules on words never looked at while they were written.
@Suite struct HeldOutSyllableTests {
    init() { _ = LintTesting.installData }

    @Test func rulesAloneOnHeldOutDictionaryWords() {
        let (score, _) = SyllableAccuracyTests.accuracy(
            SyllableAccuracyTests.pairs(SyllableTestWords.dictionaryHeldOut), SyllableRules.count)
        print("rules alone, held-out sample of dictionary words: \(score)")
        #expect(score >= 0.85)
    }
}
