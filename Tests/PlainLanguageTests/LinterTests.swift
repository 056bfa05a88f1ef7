import Foundation
import PlanDiagnostics
import Testing

@testable import PlainLanguage

/// The linter as a whole: audiences, allowances, ignores and configuration.
@Suite struct LinterTests {
    init() { _ = LintTesting.installData }

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
        let plan = PlainLanguageLinter().lint(
            text: "# Plan\nchild: Jo\nage: 12\nreading age: 8\n\n## Worries\n- Dad drinks.\n", path: "jo.plan", kind: .plan)
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
}
