import Testing

@testable import PlainLanguage

/// Syllables of words counted by hand (British pronunciation), with British
/// spellings and the words of social work, in and out of the dictionary.
@Suite struct SyllableTests {
    init() { _ = LintTesting.installData }

    static let handCounted: [(String, Int)] = [
        // Social work, in the dictionary.
        ("social", 2), ("worker", 2), ("safeguarding", 3), ("neglect", 2), ("assessment", 3), ("chronology", 4),
        ("threshold", 2), ("placement", 2), ("respite", 2), ("siblings", 2), ("family", 3), ("parents", 2),
        ("grandmother", 3), ("everybody", 4), ("hospital", 3), ("ambulance", 3), ("police", 2), ("guardian", 3),
        ("adoption", 3), ("fostering", 3), ("kinship", 2), ("permanence", 3), ("compliance", 3), ("aggressive", 3),
        ("manipulative", 5), ("absconded", 3), ("chaotic", 3), ("vulnerable", 4), ("supervised", 3),
        ("unsupervised", 4), ("domestic", 3), ("violence", 3), ("medication", 4), ("therapeutic", 4),
        ("responsibility", 6), ("emotional", 4), ("reunification", 6), ("reintegration", 5), ("statutory", 4),
        ("uncooperative", 6), ("caseload", 2), ("caseworker", 3), ("childminder", 3), ("neglectful", 3),
        // British spellings, in the dictionary.
        ("organisation", 5), ("behaviour", 3), ("colour", 2), ("favourite", 3), ("centre", 2), ("metre", 2),
        ("neighbour", 2), ("honour", 2), ("realise", 3), ("recognise", 3), ("apologise", 4), ("programme", 2),
        ("travelled", 2), ("cancelled", 2), ("defence", 2), ("licence", 2), ("catalogue", 3), ("well-being", 3),
        ("grown-up", 2),
        // Mostly outside the dictionary: British spellings, social-work words, compounds.
        ("paediatrician", 5), ("paediatric", 4), ("organise", 3), ("organised", 3), ("utilise", 3), ("utilisation", 5),
        ("prioritise", 4), ("finalise", 3), ("minimisation", 5), ("safeguarder", 3), ("safeguarded", 3),
        ("dysregulated", 5), ("dysregulation", 5), ("hypervigilant", 5), ("neurodevelopmental", 7), ("reunified", 4),
        ("co-ordinate", 4), ("co-parenting", 4), ("de-escalate", 4), ("looked-after", 3), ("self-harm", 2),
        ("multi-agency", 5), ("non-compliant", 4), ("non-attendance", 4), ("unallocated", 5), ("childminders", 3),
        ("caseworkers", 3), ("stepmum", 2), ("grandad", 2), ("judgemental", 3), ("acknowledgement", 4),
        ("enrolment", 3), ("fulfil", 2), ("instalment", 3), ("colourful", 3), ("behavioural", 4), ("neighbourhood", 3),
        ("labelled", 2), ("counselling", 3), ("counsellor", 3), ("travelling", 3), ("centred", 2), ("theatres", 3),
        ("litres", 2), ("fibre", 2), ("sombre", 2), ("calibre", 3), ("smoulder", 2), ("pyjamas", 3), ("aeroplane", 3),
        ("catalogues", 3), ("analysed", 3), ("paralysed", 3), ("anaemia", 4), ("haematoma", 4), ("manoeuvre", 3),
        ("sceptical", 3), ("practised", 2), ("Mia's", 2), ("Nan's", 1), ("grown-ups", 2),
    ]

    @Test func moreThanSixtyWordsCountedByHand() {
        #expect(Self.handCounted.count >= 60)
    }

    @Test func everyHandCountedWord() {
        for (word, expected) in Self.handCounted {
            #expect(SyllableCounter.count(word) == expected, "\(word): \(SyllableCounter.count(word)) not \(expected)")
        }
    }

    @Test func wordsOutsideTheDictionaryAreAtLeast85PercentExact() {
        let outside = Self.handCounted.filter { SyllableDictionary.shared.syllables(of: SyllableCounter.normalized($0.0)) == nil }
        #expect(outside.count >= 30)
        let right = outside.filter { SyllableCounter.count($0.0) == $0.1 }.count
        #expect(Double(right) / Double(outside.count) >= 0.85, "\(right) of \(outside.count)")
    }

    @Test func rulesAloneOnTheHandCountedWords() {
        let right = Self.handCounted.filter { SyllableRules.count($0.0) == $0.1 }.count
        #expect(Double(right) / Double(Self.handCounted.count) >= 0.85, "\(right) of \(Self.handCounted.count)")
    }

    @Test(arguments: [
        ("14", 2), ("7", 2), ("100", 3), ("105", 5), ("1998", 5), ("2026", 5), ("1905", 4), ("41.5", 5),
        ("3.30", 3), ("9.05", 3), ("10.00", 1), ("07700", 7), ("14th", 2), ("2nd", 2), ("20th", 3), ("3pm", 3),
        ("1,000", 3),
    ])
    func figuresAsTheyAreReadAloud(figure: String, syllables: Int) {
        #expect(SyllableCounter.count(figure) == syllables)
    }

    @Test func acronymsAndAbbreviations() {
        #expect(SyllableCounter.count("e.g.") == 2)
        #expect(SyllableCounter.count("GP") == 2)
        #expect(SyllableCounter.count("www") == 9)
    }

    @Test func theDictionaryIsSearchedInPlace() {
        let table = SyllableDictionary(bytes: Array("a1\nab2\nabc3\nb1\nba'2\n".utf8))
        #expect(table.syllables(of: "a") == 1)
        #expect(table.syllables(of: "ab") == 2)
        #expect(table.syllables(of: "abc") == 3)
        #expect(table.syllables(of: "ba'") == 2)
        #expect(table.syllables(of: "abcd") == nil)
        #expect(table.syllables(of: "c") == nil)
        #expect(SyllableDictionary(bytes: []).syllables(of: "a") == nil)
    }
}
