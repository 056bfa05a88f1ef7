import Foundation
import PlanBookTestSupport
import PlanDiagnostics

@testable import PlainLanguage

/// Helpers shared by the PlainLanguage tests.
enum LintTesting {
    /// Installs the shipped word list and syllable table, read from the
    /// repository (PlainLanguage reads no files itself); every suite's `init` calls it.
    static let installData: Void = {
        let resources = repositoryRoot.appendingPathComponent("Sources/PlainLanguage/Resources")
        let words = (try? Data(contentsOf: resources.appendingPathComponent("word-list.json"))) ?? Data()
        let syllables = (try? Data(contentsOf: resources.appendingPathComponent("syllables.txt"))) ?? Data()
        try? LanguageData.install(wordList: [UInt8](words), syllables: [UInt8](syllables))
    }()

    /// The shipped rule descriptions (`rules.json`), read from the repository.
    static let rules: RuleCatalogue = {
        let path = repositoryRoot.appendingPathComponent("Sources/PlainLanguage/Resources/rules.json")
        do {
            return try RuleCatalogue(json: [UInt8](Data(contentsOf: path)))
        } catch {
            fatalError("rules.json: \(error)")
        }
    }()

    /// A text analysed as a plain text file.
    static func analyse(_ text: String) -> AnalyzedText {
        var counter = SyllableCounter()
        return AnalyzedText(text, counter: &counter)
    }

    /// The sentences of a text, as written.
    static func sentences(_ text: String) -> [String] {
        let analysed = analyse(text)
        return analysed.sentences.map { analysed.file.text(in: $0.range) }
    }

    /// The sentences of a document's prose: their words, joined by spaces.
    static func sentencesOf(_ document: LintDocument) -> [String] {
        var counter = SyllableCounter()
        let text = AnalyzedText(file: document.file, pieces: document.pieces, counter: &counter)
        return text.sentences.indices.map { index in
            text.words(inSentence: index).map { $0.text(in: text.file) }.joined(separator: " ")
        }
    }

    /// The findings of one rule on a text, for an audience.
    static func findings(_ rule: String, in text: String, target: AudienceTarget = .target(for: .parent)) -> [Diagnostic] {
        let analysed = analyse(text)
        var counter = SyllableCounter()
        let metrics = ReadabilityMetrics(analysed, counter: &counter)
        let context = RuleContext(text: analysed, metrics: metrics, target: target, wordList: .builtIn)
        return RuleRegistry.rule(named: rule)?.findings(in: context) ?? []
    }

    /// A temporary folder.
    static func temporaryFolder() throws -> URL { try TestFiles.temporaryFolder(prefix: "plainlanguage-tests") }

    /// The repository's folder.
    static let repositoryRoot = TestFiles.repositoryRoot
}
