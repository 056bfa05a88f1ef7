import Foundation

/// The counts of a text and the readability formulas by their textbook
/// definitions (see docs/linting.md for each formula's source):
///
/// - Flesch reading ease: 206.835 − 1.015 (words/sentences) − 84.6 (syllables/words)
/// - Flesch–Kincaid grade: 0.39 (words/sentences) + 11.8 (syllables/words) − 15.59
/// - Gunning fog: 0.4 (words/sentences + 100 complex words/words)
/// - SMOG: 1.0430 √(polysyllables × 30/sentences) + 3.1291
/// - Coleman–Liau: 0.0588 L − 0.296 S − 15.8, L letters and S sentences per 100 words
/// - Automated readability index: 4.71 (letters/words) + 0.5 (words/sentences) − 21.43
/// - UK reading age: Flesch–Kincaid grade + 5
///
/// A text without words or sentences has every formula at 0.
public struct ReadabilityMetrics: Hashable, Sendable, Codable {
    /// Words and sentences, as counted by `AnalyzedText`.
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    /// Letters only: no digits, spaces or punctuation.
    public var letters: Int
    /// Words of three or more syllables (SMOG's count).
    public var polysyllables: Int
    /// Gunning's hard words (three or more syllables, less proper nouns, compounds and `-es`/`-ed`/`-ing` forms).
    public var complexWords: Int

    public init(words: Int, sentences: Int, syllables: Int, letters: Int, polysyllables: Int, complexWords: Int) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.letters = letters
        self.polysyllables = polysyllables
        self.complexWords = complexWords
    }

    /// Counts an analysed text: the sentences a reader reads as sentences,
    /// leaving out headings, table cells, checkbox labels and list items that
    /// are not sentences (see `Sentence.isCounted`), unless `everyBlock`, or
    /// unless the text has nothing else. With `parallel`, the two halves of
    /// the sentences are counted at once and the counts added.
    public init(_ text: AnalyzedText, counter: inout SyllableCounter, everyBlock: Bool = false, parallel: (any ParallelWork)? = nil) {
        let countsAll = everyBlock || !text.sentences.contains(where: \.isCounted)
        let parts = ParallelParts.even(text.sentences.count, parts: parallel == nil ? 1 : 2)
        guard parts.count > 1 else {
            self = Self.counts(of: text, sentences: 0..<text.sentences.count, countsAll: countsAll, counter: &counter)
            return
        }
        let start = counter
        let counts = ParallelParts.run(parts.count, on: parallel) { part in
            var counter = start
            return Self.counts(of: text, sentences: parts[part], countsAll: countsAll, counter: &counter)
        }
        self = counts.dropFirst().reduce(counts[0]) { sum, part in
            ReadabilityMetrics(
                words: sum.words + part.words, sentences: sum.sentences + part.sentences, syllables: sum.syllables + part.syllables,
                letters: sum.letters + part.letters, polysyllables: sum.polysyllables + part.polysyllables,
                complexWords: sum.complexWords + part.complexWords)
        }
    }

    private static func counts(of text: AnalyzedText, sentences range: Range<Int>, countsAll: Bool, counter: inout SyllableCounter)
        -> ReadabilityMetrics
    {
        var syllables = 0
        var letters = 0
        var polysyllables = 0
        var complex = 0
        var words = 0
        var sentences = 0
        var hardForms = [Bool?](repeating: nil, count: text.lexicon.count)
        for index in range where countsAll || text.sentences[index].isCounted {
            sentences += 1
            for word in text.words[text.sentenceWords[index]] {
                words += 1
                syllables += word.syllables
                letters += word.letters
                if word.syllables >= 3 {
                    polysyllables += 1
                    if ComplexWords.isComplex(word, in: text, counter: &counter, cache: &hardForms) { complex += 1 }
                }
            }
        }
        return ReadabilityMetrics(
            words: words, sentences: sentences, syllables: syllables,
            letters: letters, polysyllables: polysyllables, complexWords: complex
        )
    }

    private var hasText: Bool { words > 0 && sentences > 0 }
    private var wordsPerSentence: Double { Double(words) / Double(sentences) }
    private var syllablesPerWord: Double { Double(syllables) / Double(words) }

    public var fleschReadingEase: Double {
        hasText ? 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord : 0
    }

    public var fleschKincaidGrade: Double {
        hasText ? 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59 : 0
    }

    public var gunningFog: Double {
        hasText ? 0.4 * (wordsPerSentence + 100 * Double(complexWords) / Double(words)) : 0
    }

    public var smogIndex: Double {
        hasText ? 1.0430 * (Double(polysyllables) * 30 / Double(sentences)).squareRoot() + 3.1291 : 0
    }

    public var colemanLiauIndex: Double {
        guard hasText else { return 0 }
        let lettersPer100 = Double(letters) / Double(words) * 100
        let sentencesPer100 = Double(sentences) / Double(words) * 100
        return 0.0588 * lettersPer100 - 0.296 * sentencesPer100 - 15.8
    }

    public var automatedReadabilityIndex: Double {
        hasText ? 4.71 * Double(letters) / Double(words) + 0.5 * wordsPerSentence - 21.43 : 0
    }

    /// The UK reading age: the Flesch–Kincaid grade plus five years.
    public var readingAge: Double {
        hasText ? fleschKincaidGrade + 5 : 0
    }
}
