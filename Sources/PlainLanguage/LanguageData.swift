import Foundation

/// The data the analysis runs on: planbook's word list (`word-list.json`) and the
/// syllable table (`syllables.txt`). PlainLanguage never reads files: the
/// pipeline (PlanBook's `Resources`) finds and reads them and installs them
/// here before the first lint. Until then the word list is empty and every
/// word's syllables are guessed by rule.
public enum LanguageData {
    private final class Installed: @unchecked Sendable {
        let wordList: WordList
        let syllables: SyllableDictionary
        private let lock = NSLock()
        private var compiled: CompiledWordList?

        init(wordList: WordList, syllables: SyllableDictionary) {
            self.wordList = wordList
            self.syllables = syllables
        }

        /// The compiled list, made once, the first time it is asked for.
        var compiledWordList: CompiledWordList {
            lock.lock()
            defer { lock.unlock() }
            if let compiled { return compiled }
            let made = CompiledWordList(wordList)
            compiled = made
            return made
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = Installed(wordList: WordList(entries: []), syllables: SyllableDictionary(bytes: []))
    nonisolated(unsafe) private static var hasInstalled = false

    private static var current: Installed {
        lock.lock()
        defer { lock.unlock() }
        return installed
    }

    /// Installs the word list (the bytes of `word-list.json`) and the syllable
    /// table (the bytes of `syllables.txt`). A word list that is not valid
    /// JSON throws, and nothing is installed.
    public static func install(wordList: [UInt8], syllables: [UInt8]) throws {
        // The table made from word-list.json at build time, when these are its bytes.
        let list = try WordList.generatedTable(matching: wordList) ?? JSONDecoder().decode(WordList.self, from: Data(wordList))
        let data = Installed(wordList: list, syllables: SyllableDictionary(bytes: syllables))
        lock.lock()
        installed = data
        hasInstalled = true
        lock.unlock()
    }

    /// Whether `install` has been called.
    public static var isInstalled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return hasInstalled
    }

    static var wordList: WordList { current.wordList }
    static var compiledWordList: CompiledWordList { current.compiledWordList }
    static var syllables: SyllableDictionary { current.syllables }
}
