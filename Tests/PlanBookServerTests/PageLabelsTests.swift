import Foundation
import Testing

/// The page's own words (Layouts/fixed-words/page/): found for a plan's language
/// as the booklet's fixed words are, complete in every shipped language, and
/// every one the page uses is there.
@Suite struct PageLabelsTests {
    static let folder = RunningServer.repositoryRoot.appendingPathComponent("Layouts/fixed-words/page")
    static let pageFolder = RunningServer.repositoryRoot.appendingPathComponent("Sources/PlanBookServer/Page")

    /// The plural categories (`Intl.PluralRules`, from CLDR) each shipped language uses for whole numbers.
    static let pluralCategories: [String: Set<String>] = [
        "en-GB": ["one", "other"], "pl": ["one", "few", "many", "other"], "ro": ["one", "few", "other"],
        "ar": ["zero", "one", "two", "few", "many", "other"], "ur": ["one", "other"], "pa": ["one", "other"],
    ]

    static func labels(_ language: String) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent(language + ".json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    static func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: /\{(\w+)\}/).map { String($0.output.1) })
    }

    @Test func theLabelsFollowThePlansLanguageAsTheFixedWordsDo() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let polish = try await server.client.send("GET", "/api/labels?language=pl").json()
        #expect(polish["language"] as? String == "pl")
        #expect(polish["direction"] as? String == "ltr")
        let words = try #require(polish["labels"] as? [String: Any])
        #expect(words["print"] as? String == "Drukuj")
        #expect((words["countErrors"] as? [String: String])?["few"] == "{count} błędy do poprawienia")

        let region = try await server.client.send("GET", "/api/labels?language=pl-PL").json()
        #expect(region["language"] as? String == "pl", "a region's tag falls back to its primary language")

        let arabic = try await server.client.send("GET", "/api/labels?language=ar").json()
        #expect(arabic["language"] as? String == "ar")
        #expect(arabic["direction"] as? String == "rtl")
        #expect((arabic["labels"] as? [String: Any])?["save"] as? String == "حفظ")
        #expect(try await server.client.send("GET", "/api/labels?language=ur").json()["direction"] as? String == "rtl")

        let german = try await server.client.send("GET", "/api/labels?language=de").json()
        #expect(german["language"] as? String == "en-GB", "no German words: English")
        #expect((german["labels"] as? [String: Any])?["print"] as? String == "Print")

        let session = try await server.client.send("GET", "/api/session").json()
        let sessionLabels = try #require(session["labels"] as? [String: Any])
        #expect(sessionLabels["language"] as? String == "en-GB")
        #expect((sessionLabels["labels"] as? [String: Any])?["download"] as? String == "Download PDF")
    }

    @Test func aKeyALanguageLacksIsTakenFromEnglish() async throws {
        // The repository's resources, but with a Polish file of one label.
        let manager = FileManager.default
        let repository = RunningServer.repositoryRoot
        let root = manager.temporaryDirectory.appendingPathComponent("planbook-labels-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: root) }
        let page = root.appendingPathComponent("Layouts/fixed-words/page")
        try manager.createDirectory(at: page, withIntermediateDirectories: true)
        for folder in ["Fonts", "Pictures"] {
            try manager.createSymbolicLink(
                at: root.appendingPathComponent(folder), withDestinationURL: repository.appendingPathComponent(folder))
        }
        for folder in ["Layouts", "Layouts/fixed-words"] {
            for file in try manager.contentsOfDirectory(atPath: repository.appendingPathComponent(folder).path)
            where file.hasSuffix(".json") {
                try manager.createSymbolicLink(
                    at: root.appendingPathComponent(folder + "/" + file),
                    withDestinationURL: repository.appendingPathComponent(folder + "/" + file))
            }
        }
        try manager.copyItem(at: Self.folder.appendingPathComponent("en-GB.json"), to: page.appendingPathComponent("en-GB.json"))
        try #"{"print": "Drukuj"}"#.write(to: page.appendingPathComponent("pl.json"), atomically: true, encoding: .utf8)

        let server = try await RunningServer.start(resources: root)
        defer { server.stop() }
        let answer = try await server.client.send("GET", "/api/labels?language=pl").json()
        #expect(answer["language"] as? String == "pl")
        let polish = try #require(answer["labels"] as? [String: Any])
        #expect(polish["print"] as? String == "Drukuj")
        #expect(polish["download"] as? String == "Download PDF", "what Polish lacks is in English")
        #expect(Set(polish.keys) == Set(try Self.labels("en-GB").keys))
    }

    @Test func everyShippedLanguageHasEveryLabelWithTheSamePlaceholders() throws {
        let english = try Self.labels("en-GB")
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }.sorted()
        let languages = files.map { String($0.dropLast(5)) }
        let fixedWords = try FileManager.default.contentsOfDirectory(
            atPath: RunningServer.repositoryRoot.appendingPathComponent("Layouts/fixed-words").path
        ).filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
        #expect(Set(fixedWords).isSubset(of: Set(languages)), "the page has words in every language the booklet has fixed words in")
        for language in languages {
            let labels = try Self.labels(language)
            #expect(Set(labels.keys) == Set(english.keys), "\(language).json has exactly the keys of en-GB.json")
            let categories = try #require(Self.pluralCategories[language], "add \(language)'s plural categories to this test")
            for (key, value) in labels {
                let englishForms = english[key] as? [String: String]
                if let forms = value as? [String: String] {
                    #expect(englishForms != nil, "\(language): \(key) has plural forms but English has one text")
                    #expect(
                        Set(forms.keys) == categories,
                        "\(language): \(key) has the forms \(forms.keys.sorted()), not \(categories.sorted())")
                    let wanted = Self.placeholders(englishForms?["other"] ?? "").subtracting(["count"])
                    for (category, text) in forms {
                        #expect(
                            Self.placeholders(text).subtracting(["count"]) == wanted,
                            "\(language): \(key).\(category) fills in \(wanted.sorted())")
                    }
                } else {
                    let text = try #require(value as? String, "\(language): \(key) is text or plural forms")
                    let englishText = try #require(english[key] as? String, "\(language): \(key) is one text but English has plural forms")
                    #expect(Self.placeholders(text) == Self.placeholders(englishText), "\(language): \(key) fills in what English does")
                    #expect(
                        text.filter { $0 == "`" }.count % 2 == 0 && text.filter { $0 == "*" }.count % 2 == 0,
                        "\(language): \(key) closes its marks")
                    #expect(!text.isEmpty)
                }
            }
        }
    }

    @Test func thePageIsServedInEnglishWithEveryLabelItUsesThere() async throws {
        let server = try await RunningServer.start()
        defer { server.stop() }
        let page = try await server.client.send("GET", "/").text
        #expect(!page.contains("{{"), "every label in the page is filled in")
        #expect(page.contains("<button type=\"button\" id=\"print\" data-label=\"print\" disabled>Print</button>"))
        #expect(page.contains("Press <kbd>Ctrl</kbd>+<kbd>Space</kbd> for section and picture names"))
        #expect(page.contains("<html lang=\"en-GB\">"))

        let english = try Self.labels("en-GB")
        let html = try String(contentsOf: Self.pageFolder.appendingPathComponent("index.html"), encoding: .utf8)
        let script = try String(contentsOf: Self.pageFolder.appendingPathComponent("page.js"), encoding: .utf8)
        var used = Set(html.matches(of: /data-label(?:-title|-aria)?="([\w.-]+)"/).map { String($0.output.1) })
        used.formUnion(html.matches(of: /\{\{(\w+)\}\}/).map { String($0.output.1) }.filter { $0 != "token" })
        // In the script: every "camelCase" word on a line that shows a label, and the names in its tables of labels.
        // (A camelCase word there that en-GB.json lacks is a missing label; single words count when they are labels.)
        for line in script.split(separator: "\n") where line.contains(/\b(t|say)\(/) {
            used.formUnion(line.matches(of: /"([a-z]+[A-Z][\w]*)"/).map { String($0.output.1) })
            used.formUnion(line.matches(of: /"([a-z]+)"/).map { String($0.output.1) }.filter { english[$0] != nil })
        }
        used.formUnion(script.matches(of: /"((?:kind|part)[A-Z]\w*)"/).map { String($0.output.1) })
        #expect(used.count > 50, "the test finds the labels the page uses (\(used.count))")
        #expect(
            used.subtracting(english.keys).isEmpty, "labels the page uses but en-GB.json lacks: \(used.subtracting(english.keys).sorted())")
        let unused = Set(english.keys).subtracting(used).filter { !$0.hasPrefix("layout.") }
        #expect(unused.isEmpty, "labels no part of the page uses: \(unused.sorted())")
    }
}
