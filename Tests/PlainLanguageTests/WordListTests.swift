import Foundation
import Testing

@testable import PlainLanguage

/// The word lists: enough entries, well formed, and each one found in a
/// sentence that uses it (made from the data).
@Suite struct WordListTests {
    init() { _ = LintTesting.installData }

    static let list = WordList.builtIn

    @Test func atLeastThreeHundredEntries() {
        #expect(Self.list.entries.count >= 300)
        let rules = Set(Self.list.entries.map(\.rule))
        #expect(rules == ["jargon", "acronym", "judgemental", "complex-word"])
        for category in ["social-work", "legal", "health", "education", "officialese", "blame", "acronym", "scottish"] {
            #expect(Self.list.entries.contains { $0.category == category }, "\(category)")
        }
    }

    /// The byte-by-byte split of ASCII terms gives the words Unicode's split gives.
    @Test func asciiTermsSplitAsUnicodeSplitsThem() {
        var phrases = ["Child's plan", "LAC-review; CIN, CP", "  two  spaces ", "grown-up's", "-", "Mum's"]
        for entry in Self.list.entries {
            let context = entry.context
            phrases += [entry.term] + (entry.forms ?? []) + (context?.followedBy ?? []) + (context?.precededBy ?? [])
            phrases += (context?.notFollowedBy ?? []) + (context?.notPrecededBy ?? [])
        }
        var ascii = 0
        for phrase in phrases {
            guard let units = CompiledWordList.asciiUnits(of: phrase) else { continue }
            ascii += 1
            #expect(units == CompiledWordList.unicodeUnits(of: phrase), "\(phrase)")
        }
        #expect(ascii > 900)
        #expect(CompiledWordList.asciiUnits(of: "child’s") == nil)
    }

    @Test func everyEntryHelps() {
        for entry in Self.list.entries {
            #expect(entry.plain?.isEmpty == false || entry.advice != nil || entry.expansion != nil, "\(entry.term)")
            #expect(!entry.suggestion.isEmpty, "\(entry.term)")
            if entry.rule == "acronym" { #expect(entry.expansion != nil, "\(entry.term)") }
        }
    }

    @Test func theIssuesWordsAreListed() {
        let terms = Set(Self.list.entries.map { $0.term.lowercased() })
        for term in [
            "lac", "cp", "cin", "scra", "icpc", "plo", "camhs", "core group", "chronology", "threshold", "safeguarding",
            "multi-agency", "commence", "facilitate", "utilise", "in order to", "prior to", "non-compliant",
            "failed to engage", "disguised compliance", "hard to reach", "attention seeking", "chaotic", "manipulative",
            "abscond", "placement", "contact", "respite", "siblings",
        ] {
            #expect(terms.contains(term), "\(term)")
        }
    }

    /// A sentence that uses an entry as it is meant: its own example, or the term
    /// with the first word its context asks for.
    static func sentence(for entry: WordListEntry) -> String {
        if let example = entry.example { return example }
        var words: [String] = []
        if let before = entry.context?.precededBy?.first { words.append(before) }
        words.append(entry.term)
        if let after = entry.context?.followedBy?.first { words.append(after) }
        return "Yesterday we wrote about " + words.joined(separator: " ") + " in the notes."
    }

    @Test func everyEntryIsFoundInASentenceThatUsesIt() {
        let compiled = CompiledWordList.builtIn
        var missed: [String] = []
        for entry in Self.list.entries {
            let audience = entry.audiences?.first ?? .parent
            let text = LintTesting.analyse(Self.sentence(for: entry))
            let matches = compiled.matches(in: text, units: text.matchUnits(), audience: audience)
            let found = matches.contains { $0.entry.term == entry.term && $0.rule == entry.rule }
            if !found { missed.append("\(entry.term) [\(entry.rule)] in: \(Self.sentence(for: entry)) → \(matches.map(\.entry.term))") }
        }
        #expect(missed.isEmpty, "\(missed.joined(separator: "\n"))")
    }

    @Test func inflectedFormsAreFound() {
        for sentence in [
            "Mum failed to engage.", "Dad fails to engage.", "They were failing to engage.", "Jayden absconded.", "The placements ended.",
        ] {
            let text = LintTesting.analyse(sentence)
            #expect(!CompiledWordList.builtIn.matches(in: text, units: text.matchUnits(), audience: .parent).isEmpty, "\(sentence)")
        }
    }

    /// `mum failed` (and `dad failed`, ...) stands back where a listed `failed to ...` phrase follows, so the
    /// finding covers that phrase and gives its own advice, not "Say what Mum did not do" about Dad.
    @Test func aParentFailedGivesWayToTheListedPhrase() {
        for (sentence, phrase) in [
            ("Dad failed to engage with services.", "failed to engage"), ("Mum failed to attend the meeting.", "failed to attend"),
            ("The parents failed to protect her.", "failed to protect"), ("Mum failed to take Mia to school.", "Mum failed"),
        ] {
            let text = LintTesting.analyse(sentence)
            let matches = CompiledWordList.builtIn.matches(in: text, units: text.matchUnits(), audience: .parent)
            #expect(matches.map { text.file.text(in: $0.range) } == [phrase], "\(sentence)")
        }
    }

    @Test func acronymsMatchOnlyInCapitals() {
        let text = LintTesting.analyse("The lac of the cp was plain. LACs and CAMHS came.")
        let matches = CompiledWordList.builtIn.matches(in: text, units: text.matchUnits(), audience: .parent)
        #expect(matches.map { text.file.text(in: $0.range) } == ["LACs", "CAMHS"])
    }

    @Test func aTeamFileAddsReplacesAndRemoves() {
        let changes = WordListChanges(
            entries: [
                WordListEntry(
                    term: "FRT", rule: "acronym", category: "acronym", plain: ["the family team"], expansion: "family recovery team"),
                WordListEntry(term: "placement", rule: "jargon", category: "social-work", plain: ["house"]),
            ],
            remove: ["respite"]
        )
        let merged = Self.list.merged(with: changes)
        #expect(merged.entries.contains { $0.term == "FRT" })
        #expect(merged.entries.first { $0.term == "placement" }?.plain == ["house"])
        #expect(merged.entries.filter { $0.term == "placement" }.count == 1)
        #expect(!merged.entries.contains { $0.term == "respite" })
    }
}

/// The built-in list is the file read by `JSONDecoder`, and a broken word list is refused.
@Suite struct WordListReadingTests {
    init() { _ = LintTesting.installData }

    @Test func theBuiltInListIsTheFileDecoded() throws {
        let bytes = [UInt8](
            try Data(contentsOf: LintTesting.repositoryRoot.appendingPathComponent("Sources/PlainLanguage/Resources/word-list.json")))
        let decoded = try JSONDecoder().decode(WordList.self, from: Data(bytes))
        #expect(WordList.builtIn == decoded)
        #expect(decoded.entries.count > 900)
    }

    /// Start-up uses the table the build made from word-list.json (the
    /// WordListTable plugin) instead of decoding the file: it must be what
    /// JSONDecoder gives, and an edited file must be decoded again.
    @Test func theTableMadeAtBuildTimeIsTheFileDecoded() throws {
        let bytes = [UInt8](
            try Data(contentsOf: LintTesting.repositoryRoot.appendingPathComponent("Sources/PlainLanguage/Resources/word-list.json")))
        let table = try #require(WordList.generatedTable(matching: bytes), "the build made a table from this very file")
        #expect(table == (try JSONDecoder().decode(WordList.self, from: Data(bytes))))
        #expect(table.entries.contains { $0.context != nil } && table.entries.contains { $0.caseSensitive != nil })
        #expect(table.entries.contains { ($0.plain ?? []).contains { $0.audiences != nil } } && !table.irregular.plurals.isEmpty)
        var edited = bytes
        edited[edited.count / 2] ^= 0x20
        #expect(WordList.generatedTable(matching: edited) == nil, "an edited file is decoded, not taken from the table")
        #expect(WordList.generatedTable(matching: bytes + [0x0A]) == nil)
    }

    @Test func aWordListWithAWrongValueIsRefused() {
        // The hand-written reader this replaced dropped a bad value silently.
        let wrong =
            #"{"entries": [{"term": "review", "rule": "jargon", "category": "social-work", "plain": "meeting", "caseSensitive": "yes"}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WordList.self, from: Data(wrong.utf8)) }
    }
}
