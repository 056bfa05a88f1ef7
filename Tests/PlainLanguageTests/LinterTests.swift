import Foundation
import PlanDiagnostics
import Testing
@testable import PlainLanguage

/// The linter as a whole: audiences, allowances, ignores and configuration.
@Suite struct LinterTests {
    @Test func plansAreForTheChildOthersForParents() {
        let linter = PlainLanguageLinter()
        let plan = linter.lint(text: "# Mia's plan\nchild: Mia\nage: 7\n\n## Worries\n- Dad drinks.\n", path: "mia.plan", kind: .plan)
        #expect(plan.target.audience == .child)
        #expect(plan.target.readingAgeLimit == 7)
        let text = linter.lint(text: "Dad drinks.")
        #expect(text.target.audience == .parent)
        #expect(text.target.readingAgeLimit == 11)
    }

    @Test func thePlansReadingAgeWins() {
        let plan = PlainLanguageLinter().lint(text: "# Plan\nchild: Jo\nage: 12\nreading age: 8\n\n## Worries\n- Dad drinks.\n", path: "jo.plan", kind: .plan)
        #expect(plan.target.readingAgeLimit == 8)
        #expect(plan.target.childAge == 12)
    }

    @Test func theAudienceOptionWins() {
        let linter = PlainLanguageLinter(options: LintOptions(audience: .professional))
        #expect(linter.lint(text: "Dad drinks.").target.audience == .professional)
    }

    @Test func allowancesSilenceRulesAndWords() {
        let plan = """
        # Keira's plan
        child: Keira
        age: 9
        // lint: allow contact

        ## Worries
        - Keira has contact with Mum on Saturdays.
        // lint: allow PL103
        - Mum was non-compliant.
        - Dad was non-compliant.
        """
        let report = PlainLanguageLinter().lint(text: plan, path: "keira.plan", kind: .plan)
        #expect(!report.findings.contains { $0.name == "jargon" })
        let blame = report.findings.filter { $0.name == "judgemental" }
        #expect(blame.count == 1)
        #expect(blame.first.map { report.file.location(of: $0.range.start).line } == 10)
    }

    @Test func ignoredRulesAreLeftOut() {
        let linter = PlainLanguageLinter(options: LintOptions(ignore: ["passive-voice", "PL103"]))
        let report = linter.lint(text: "Mia was taken to hospital. Mum was non-compliant.")
        #expect(!report.findings.contains { $0.name == "passive-voice" || $0.name == "judgemental" })
    }

    @Test func plansInOtherLanguagesAreNotScored() {
        let plan = "# خطة أميرة\nchild: أميرة\nage: 9\nlanguage: ar\n\n## Worries\n- أبي يشرب.\n"
        let report = PlainLanguageLinter().lint(text: plan, path: "amira.plan", kind: .plan)
        #expect(report.score == nil)
        #expect(report.findings.map(\.code) == ["PL003"])
        #expect(!report.hasErrors)
    }

    @Test func aConfigurationFileBesideTheFilesIsUsed() throws {
        let folder = try LintTesting.temporaryFolder()
        let sub = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let configuration = """
        {"audience": "professional", "ignore": ["passive-voice"],
         "words": [{"term": "FRT", "rule": "acronym", "category": "acronym", "expansion": "family recovery team", "plain": ["the family recovery team"]}],
         "remove": ["placement"]}
        """
        try configuration.write(to: folder.appendingPathComponent(LintConfiguration.fileName), atomically: true, encoding: .utf8)
        let file = sub.appendingPathComponent("note.txt")
        try "The FRT visited. Mia was taken home. Her placement is stable.".write(to: file, atomically: true, encoding: .utf8)
        #expect(LintConfiguration.find(for: file.path) == folder.appendingPathComponent(LintConfiguration.fileName).path)
        let report = PlainLanguageLinter().lint(path: file.path)
        #expect(report.target.audience == .professional)
        #expect(report.findings.map(\.name) == ["acronym"])
        #expect(report.findings.first?.help?.contains("the family recovery team") == true)
        let without = PlainLanguageLinter(options: LintOptions(findsConfiguration: false)).lint(path: file.path)
        #expect(without.findings.contains { $0.name == "jargon" })
    }

    @Test func aBrokenConfigurationIsReported() throws {
        let folder = try LintTesting.temporaryFolder()
        try "{\"ignore\": [\"no-such-rule\"]}".write(to: folder.appendingPathComponent(LintConfiguration.fileName), atomically: true, encoding: .utf8)
        let file = folder.appendingPathComponent("note.txt")
        try "Mia is fine.".write(to: file, atomically: true, encoding: .utf8)
        let report = PlainLanguageLinter().lint(path: file.path)
        #expect(report.hasErrors)
        #expect(report.findings.first?.message.contains("no-such-rule") == true)
    }

    @Test func aWordFileCanBeAListOfEntries() throws {
        let folder = try LintTesting.temporaryFolder()
        let words = folder.appendingPathComponent("team-words.json")
        try "[{\"term\": \"hub\", \"rule\": \"jargon\", \"category\": \"social-work\", \"plain\": [\"team\"]}]".write(to: words, atomically: true, encoding: .utf8)
        let configuration = try LintConfiguration.load(path: words.path)
        let linter = PlainLanguageLinter(options: LintOptions(words: configuration, findsConfiguration: false))
        let report = linter.lint(path: try {
            let file = folder.appendingPathComponent("a.txt")
            try "The hub called.".write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }())
        #expect(report.findings.map(\.name) == ["jargon"])
        #expect(report.findings.first?.fixes.first?.replacement == "team")
    }

    @Test func theAuditCanScoreACheckedPlan() throws {
        let samples = LintTesting.repositoryRoot.appendingPathComponent("samples/mia.plan")
        let text = try String(contentsOf: samples, encoding: .utf8)
        let file = SourceFile(path: samples.path, text: text)
        let document = LintDocument.document(file, kind: .plan)
        let direct = PlainLanguageLinter().lint(path: samples.path)
        let viaPlan = PlainLanguageLinter().lint(document, configuration: LintConfiguration())
        #expect(direct.score?.value == viaPlan.score?.value)
        #expect((direct.score?.value ?? 0) >= 5)
    }

    @Test func everySamplePlanIsPlain() throws {
        let samples = LintTesting.repositoryRoot.appendingPathComponent("samples")
        for path in LintInputs.expand([samples.path]) where path.hasSuffix(".plan") {
            let report = PlainLanguageLinter().lint(path: path)
            #expect(!report.hasErrors, "\(path)")
            if let score = report.score { #expect(score.isPlain, "\(path): \(score.value)") }
        }
    }
}
