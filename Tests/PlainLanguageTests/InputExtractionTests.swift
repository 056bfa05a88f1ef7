import Foundation
import PlanDiagnostics
import Testing

@testable import PlainLanguage

/// What prose is read from each kind of file.
@Suite struct InputExtractionTests {
    init() { _ = LintTesting.installData }

    static func prose(_ document: LintDocument) -> [String] {
        LintTesting.sentencesOf(document)
    }

    @Test func markdownLeavesOutCodeMarkupAndLinkTargets() {
        let markdown = """
            ---
            title: Notes
            ---
            # Mia's *review*

            Mia saw the [doctor](https://example.org/gp) on **Monday**. Run `planbook lint` first.

            ```
            let placement = "code is not prose"
            ```

                indented code is not prose either

            <div class="box">HTML is not prose</div>

            <!-- a comment
            over lines -->
            - Gran helps ![a picture](gran.png)
            - See www.example.org for more

            | Who | What |
            |-----|------|
            | Gran | Picks Mia up |

            [ref]: https://example.org
            """
        let document = LintDocument.document(SourceFile(path: "notes.md", text: markdown), kind: .markdown)
        #expect(
            Self.prose(document) == [
                "Mia's review",
                "Mia saw the doctor on Monday",
                "Run first",
                "Gran helps",
                "See for more",
                "Who", "What", "Gran", "Picks Mia up",
            ])
    }

    @Test func plainTextHeadingsAndListItemsAreSentences() {
        let text = "Background\nMia is 7 and lives with Mum.\n\nWhat we agreed:\n- Gran helps\n- Dad drives\n1. Sam visits\n"
        let document = LintDocument.document(SourceFile(path: "notes.txt", text: text), kind: .text)
        #expect(
            Self.prose(document) == [
                "Background", "Mia is 7 and lives with Mum", "What we agreed", "Gran helps", "Dad drives", "Sam visits",
            ])
    }

    @Test func aPlanGivesOnlyWhatTheChildReads() throws {
        let plan = """
            # Mia's plan
            child: Mia
            age: 7
            // lint: allow contact

            ## What happened
            - Dad drinks beer. [picture: bottle]
              Then he falls asleep.
              impact: Mia is scared.

            ## Next steps
            - Dad will phone Gran.
              who: Dad
              by: 2026-05-01
            > "I love Gran." (Mia)
            """
        let document = LintDocument.document(SourceFile(path: "mia.plan", text: plan), kind: .plan)
        #expect(document.childAge == 7)
        #expect(document.allowances.fileWide.contains("contact"))
        #expect(
            Self.prose(document) == [
                "Mia's plan", "Dad drinks beer", "Then he falls asleep", "Mia is scared", "Dad will phone Gran", "I love Gran",
            ])
    }

    /// A quote on a page of the story is read like any other quote: the plan
    /// walk (`SafetyPlan.parts`) that the booklet and the layout check use is
    /// the one the linter reads.
    @Test func aQuoteOnAStoryPageIsRead() throws {
        let plan = """
            # Mia's plan
            child: Mia
            age: 7

            ## Worries
            - Dad shouts.

            ## Words and pictures
            ### At home
            Mum and Mia live with Gran.
            > "Gran makes tea." (Mia)
            """
        let document = LintDocument.document(SourceFile(path: "mia.plan", text: plan), kind: .plan)
        #expect(Self.prose(document) == ["Mia's plan", "Dad shouts", "At home", "Mum and Mia live with Gran", "Gran makes tea"])
    }

    @Test func aPlanWithoutAnAgeIsAProblem() {
        let document = LintDocument.document(SourceFile(path: "bad.plan", text: "# Plan\nchild: Mia\n\n## Worries\n- x\n"), kind: .plan)
        #expect(document.problems.map(\.code) == ["PL002"])
    }
}
