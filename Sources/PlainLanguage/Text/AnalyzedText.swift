import PlanDiagnostics

/// Prose split into tokens, words and sentences, with each word's letters and syllables.
public struct AnalyzedText: Sendable {
    /// The file the prose comes from; every range points into it.
    public let file: SourceFile
    public let tokens: [Token]
    public let sentences: [Sentence]
    public let words: [Word]
    /// For each sentence, the indices of its words.
    public let sentenceWords: [Range<Int>]
    /// The distinct spellings of the words.
    public let lexicon: Lexicon

    /// Analyses the pieces of prose of a file.
    public init(file: SourceFile, pieces: [ProsePiece], counter: inout SyllableCounter) {
        self.file = file
        let utf8 = file.utf8
        let tokens = Tokenizer.tokens(of: utf8, pieces: pieces)
        let sentences = SentenceSplitter.sentences(in: utf8, tokens: tokens)
        var lexicon = Lexicon()
        var words: [Word] = []
        words.reserveCapacity(tokens.count)
        var sentenceWords: [Range<Int>] = []
        sentenceWords.reserveCapacity(sentences.count)
        var lowered: [UInt8] = []
        lowered.reserveCapacity(64)
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let first = words.count
            for tokenIndex in sentence.tokens where tokens[tokenIndex].kind == .word {
                let range = tokens[tokenIndex].range
                let shape = WordShape(utf8, range, lowered: &lowered)
                let form: Int
                if let normalized = shape.normalized {
                    form = lexicon.intern(normalized, counter: &counter)
                } else {
                    form = lowered.withUnsafeBufferPointer { lexicon.intern($0, counter: &counter) }
                }
                words.append(
                    Word(
                        token: tokenIndex, range: range, form: form,
                        letters: shape.letters, syllables: lexicon.syllables[form],
                        sentence: sentenceIndex, isSentenceStart: words.count == first,
                        casing: shape.casing, hasDigits: shape.hasDigits
                    ))
            }
            sentenceWords.append(first..<words.count)
        }
        self.tokens = tokens
        self.sentences = sentences
        self.words = words
        self.sentenceWords = sentenceWords
        self.lexicon = lexicon
    }

    /// Analyses a string on its own, as one block of prose (for tests and examples).
    public init(_ text: String, counter: inout SyllableCounter) {
        let file = SourceFile(path: "<text>", text: text)
        self.init(file: file, pieces: PlainTextExtractor.pieces(of: file), counter: &counter)
    }

    /// A word in lower case, with `’` as `'`: the form looked up in word lists.
    public func normalized(_ word: Word) -> String {
        lexicon.forms[word.form]
    }

    /// The words of a sentence.
    public func words(inSentence index: Int) -> ArraySlice<Word> {
        words[sentenceWords[index]]
    }
}

/// What can be read off a word's bytes: its lower-case form, letters and casing.
struct WordShape {
    /// The lower-case form when the word is not ASCII (else it is in the `lowered` buffer).
    var normalized: String?
    var letters: Int
    var casing: Word.Casing
    var hasDigits: Bool

    init(_ utf8: [UInt8], _ range: SourceRange, lowered: inout [UInt8]) {
        var isASCII = true
        var letters = 0
        var upper = 0
        var lower = 0
        var firstUpper = false
        var hasDigits = false
        lowered.removeAll(keepingCapacity: true)
        for index in range.start..<range.end {
            let byte = utf8[index]
            if byte >= 0x80 {
                isASCII = false
                break
            }
            switch byte {
            case 0x41...0x5A:
                if letters == 0 { firstUpper = true }
                letters += 1
                upper += 1
                lowered.append(byte + 32)
            case 0x61...0x7A:
                letters += 1
                lower += 1
                lowered.append(byte)
            case 0x30...0x39:
                hasDigits = true
                lowered.append(byte)
            default:
                lowered.append(byte)
            }
        }
        normalized = nil
        if !isASCII {
            letters = 0
            upper = 0
            lower = 0
            firstUpper = false
            let text = String(decoding: utf8[range.start..<range.end], as: UTF8.self)
            for scalar in text.unicodeScalars {
                let properties = scalar.properties
                if properties.isAlphabetic {
                    if letters == 0 { firstUpper = properties.isUppercase }
                    letters += 1
                    if properties.isUppercase { upper += 1 }
                    if properties.isLowercase { lower += 1 }
                } else if properties.generalCategory == .decimalNumber {
                    hasDigits = true
                }
            }
            normalized = SyllableCounter.normalized(text)
        }
        self.letters = letters
        self.hasDigits = hasDigits
        if upper == 0 && lower == 0 {
            casing = .uncased
        } else if lower == 0 && upper >= 2 {
            casing = .allCaps
        } else if firstUpper && upper == 1 {
            casing = .capitalised
        } else if upper == 0 {
            casing = .lower
        } else if lower == 0 {
            casing = .capitalised // a single capital letter: `I`, `A`
        } else {
            casing = .mixed
        }
    }
}
