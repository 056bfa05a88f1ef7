import Foundation
import PlanBook
import PlanModel
import Testing

// MARK: Word building blocks

/// A paragraph whose words are split over several runs, as Word saves them after editing.
private func paragraph(_ runs: [String], style: String? = nil, list: Bool = false) -> String {
    let properties =
        (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + (list ? "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" : "")
    let body = runs.map { "<w:r><w:rPr><w:lang w:val=\"en-GB\"/></w:rPr><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined()
    return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + body + "</w:p>"
}

private func paragraph(_ text: String, style: String? = nil, list: Bool = false) -> String {
    paragraph([text], style: style, list: list)
}

private func cell(_ paragraphs: [String]) -> String {
    "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>" + paragraphs.joined() + "</w:tc>"
}

private func table(_ rows: [[[String]]]) -> String {
    "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>"
        + rows.map { "<w:tr>" + $0.map(cell).joined() + "</w:tr>" }.joined() + "</w:tbl>"
}

/// `planbook import`: safety mappings in several layouts become plans that pass `check`.
@Suite(.serialized) struct ImportTests {
    static func pipeline() throws -> PlanPipeline {
        try PlanPipeline(resources: Resources(root: TestSupport.repositoryRoot.path))
    }

    static func `import`(_ name: String, writing body: (URL) throws -> Void) throws -> (
        result: ImportResult, plan: SafetyPlan, text: String
    ) {
        let folder = try TestSupport.temporaryFolder()
        let source = folder.appendingPathComponent(name)
        try body(source)
        let pipeline = try Self.pipeline()
        let result = try pipeline.importPlan(from: source.path, today: "2026-06-01")
        #expect(!result.report.hasErrors, "\(result.report.diagnostics.diagnostics.map(\.message))\n\(result.draft.text)")
        let text = try String(contentsOf: URL(fileURLWithPath: result.output), encoding: .utf8)
        #expect(text == result.draft.text)
        let plan = try #require(pipeline.check(path: result.output).plan, "\(result.draft.text)")
        return (result, plan, text)
    }

    static func items(_ plan: SafetyPlan, _ kind: SectionKind) -> [String] {
        plan.section(kind)?.items.map(\.text.text) ?? []
    }

    /// Each `// check:` comment stands above the line it is about, and the draft counts them.
    static func expectGuessesMarked(_ result: ImportResult) {
        let comments = result.draft.text.split(separator: "\n").filter { $0.hasPrefix("// check:") }
        #expect(comments.count == result.draft.guesses)
        #expect(result.draft.guesses > 0)
    }

    // MARK: Layouts

    @Test func wordThreeColumnsWithADetailsTableSplitRunsAndTrackedChanges() throws {
        let body = [
            paragraph("Safety mapping", style: "Title"),
            table([
                [[paragraph("Child’s name")], [paragraph(["Mia ", "Thomp", "son"])]],
                [[paragraph("Date of birth")], [paragraph("14/06/2018")]],
                [[paragraph("Social worker")], [paragraph("Sam Patel")]],
                [[paragraph("Date of meeting")], [paragraph("2 March 2026")]],
            ]),
            paragraph("Mapping", style: "Heading1"),
            table([
                [[paragraph("What are we worried about?")], [paragraph("What’s working well?")], [paragraph("What needs to happen?")]],
                [
                    [
                        paragraph("Harm", style: "Heading3"), paragraph("Dad threw a bottle at the wall when he was drunk.", list: true),
                        paragraph("Danger", style: "Heading3"),
                        paragraph("Mia could get hurt if Dad drinks when he looks after her.", list: true),
                    ],
                    // Split runs, and a tracked change: "every day" was deleted and "on school days" inserted.
                    [
                        paragraph(["Gr", "an picks ", "Mia up from school "]).replacingOccurrences(
                            of: "</w:p>",
                            with:
                                "<w:del w:id=\"1\" w:author=\"Sam\"><w:r><w:delText>every day</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"Sam\"><w:r><w:t>on school days</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>"
                        )
                    ],
                    [paragraph("Gran will phone Sam if she is worried about Mia.", list: true)],
                ],
            ]),
            paragraph("Scaling", style: "Heading2"),
            table([
                [[paragraph("Sam")], [paragraph("4")]],
                [[paragraph("Mum")], [paragraph("6/10")]],
            ]),
            paragraph("Mia’s words", style: "Heading2"),
            paragraph("“I like it when Gran picks me up.” (Mia)"),
            paragraph("Minutes taken by", style: "Heading2"),
            paragraph("The family support worker typed these notes."),
        ].joined()
        let (result, plan, _) = try Self.import("mapping.docx") { try WordFixture.write(body: body, to: $0) }
        #expect(plan.child.text == "Mia Thompson")
        #expect(plan.age == 7, "born 14 June 2018, met 2 March 2026")
        #expect(plan.date == PlanDate(iso: "2026-03-02"))
        #expect(plan.writtenBy?.name == "Sam Patel")
        #expect(Self.items(plan, .whatHappened) == ["Dad threw a bottle at the wall when he was drunk."])
        #expect(Self.items(plan, .worries) == ["Mia could get hurt if Dad drinks when he looks after her."])
        #expect(Self.items(plan, .workingWell) == ["Gran picks Mia up from school on school days."], "runs joined, the deletion left out")
        #expect(Self.items(plan, .nextSteps) == ["Gran will phone Sam if she is worried about Mia."])
        #expect(plan.section(.nextSteps)?.items.first?.who == ["Gran"])
        #expect(plan.section(.safetyScale)?.scale?.ratings.map { "\($0.name) \($0.score)" } == ["Sam 4", "Mum 6"])
        #expect(plan.section(.workingWell)?.quotes.map(\.text.text) == ["I like it when Gran picks me up."])
        #expect(plan.section(.workingWell)?.quotes.first?.speaker == "Mia")
        #expect(result.draft.unplaced.map(\.text).contains("The family support worker typed these notes."))
        #expect(result.draft.unplaced.contains { $0.origin.hasPrefix("paragraph ") })
        Self.expectGuessesMarked(result)
    }

    @Test func wordRowsOfHarmDangerAndStrengthsWithDetailLines() throws {
        let body = [
            paragraph("Name: Leo Smith"),
            paragraph("DOB: 2015-09-01"),
            paragraph("Allocated worker: Priya Shah, social worker"),
            paragraph("Meeting date: 10/02/2026"),
            table([
                [[paragraph("Harm")], [paragraph("Leo was left at home alone overnight in January.")]],
                [[paragraph("Danger statement")], [paragraph("Leo could be hurt or frightened if he is left alone again.")]],
                [[paragraph("Complicating factors")], [paragraph("Mum works nights.")]],
                [
                    [paragraph("Existing strengths and safety")],
                    [paragraph("Leo’s aunt lives next door."), paragraph("Leo goes to breakfast club.")],
                ],
                [[paragraph("Safety goals")], [paragraph("Leo always has a grown-up with him at night.")]],
                [[paragraph("Next steps")], [paragraph("Mum will ask the aunt to stay on work nights by 1 March 2026.")]],
            ]),
            paragraph("Scaling"),
            paragraph("Priya: 3"),
            paragraph("Mum – 7"),
        ].joined()
        let (result, plan, text) = try Self.import("leo.docx") { try WordFixture.write(body: body, to: $0) }
        #expect(plan.child.text == "Leo Smith")
        #expect(plan.age == 10, "born 1 September 2015, met 10 February 2026")
        #expect(plan.date == PlanDate(iso: "2026-02-10"))
        #expect(Self.items(plan, .whatHappened) == ["Leo was left at home alone overnight in January."])
        #expect(Self.items(plan, .worries) == ["Leo could be hurt or frightened if he is left alone again."])
        #expect(Self.items(plan, .complicatingFactors) == ["Mum works nights."])
        #expect(Self.items(plan, .workingWell) == ["Leo’s aunt lives next door.", "Leo goes to breakfast club."])
        #expect(Self.items(plan, .safetyGoals) == ["Leo always has a grown-up with him at night."])
        let step = try #require(plan.section(.nextSteps)?.items.first)
        #expect(step.who == ["Mum"])
        #expect(step.by == .date(try #require(PlanDate(iso: "2026-03-01"))))
        #expect(plan.section(.safetyScale)?.scale?.ratings.map(\.score) == [3, 7])
        #expect(text.contains("// check: row 'Danger statement'"), "a row read as a section is a guess")
        Self.expectGuessesMarked(result)
    }

    @Test func markdownHeadedSections() throws {
        let markdown = """
            # Safety mapping

            **Child's name:** Ava Jones
            **Date of birth:** 03/11/2019
            **Worker:** Tom Reed
            **Date:** 2026-01-20

            ## What are we worried about?
            - Ava's mum and her partner shout and push each other when Ava is at home.

            ## What's working well?
            - Ava's nan has her to stay every weekend.
            - Ava told her teacher: "I feel safe at Nan's house."

            ## What needs to happen?
            1. Mum will go to the domestic abuse group each week.

            ## Scaling
            Tom: 5
            Nan: 6

            ## Other notes
            Ava's school photo is on file.
            """
        let (result, plan, _) = try Self.import("ava.md") { try markdown.write(to: $0, atomically: true, encoding: .utf8) }
        #expect(plan.child.text == "Ava Jones")
        #expect(plan.age == 6)
        #expect(Self.items(plan, .worries) == ["Ava's mum and her partner shout and push each other when Ava is at home."])
        #expect(Self.items(plan, .workingWell) == ["Ava's nan has her to stay every weekend."])
        #expect(plan.section(.workingWell)?.quotes.map(\.text.text) == ["I feel safe at Nan's house."])
        #expect(Self.items(plan, .nextSteps) == ["Mum will go to the domestic abuse group each week."])
        #expect(plan.section(.safetyScale)?.scale?.ratings.count == 2)
        #expect(result.draft.unplaced.map(\.origin).contains("line 22"), "\(result.draft.unplaced)")
    }

    @Test func plainTextWithColonHeadingsAndBullets() throws {
        let text = """
            Child: Sami Khan
            Age: 9

            HARM:
            • Sami was hit with a belt in March.

            Strengths:
            • Sami's uncle takes him to football.

            Next steps:
            • Uncle Imran will collect Sami from school on Fridays.

            Safety scale:
            Uncle Imran: 8
            """
        let (result, plan, _) = try Self.import("sami.txt") { try text.write(to: $0, atomically: true, encoding: .utf8) }
        #expect(plan.child.text == "Sami Khan")
        #expect(plan.age == 9)
        #expect(plan.date == nil)
        #expect(Self.items(plan, .whatHappened) == ["Sami was hit with a belt in March."])
        #expect(Self.items(plan, .workingWell) == ["Sami's uncle takes him to football."])
        #expect(plan.section(.nextSteps)?.items.first?.who == ["Uncle Imran"])
        #expect(plan.section(.safetyScale)?.scale?.ratings.first?.score == 8)
        #expect(result.draft.unplaced.isEmpty, "\(result.draft.unplaced)")
    }

    // MARK: Files

    @Test func neverOverwritesAFile() throws {
        let folder = try TestSupport.temporaryFolder()
        let source = folder.appendingPathComponent("notes.txt")
        try "Child: Mia\nAge: 7\n\nStrengths:\n- Gran helps.\n".write(to: source, atomically: true, encoding: .utf8)
        let existing = folder.appendingPathComponent("notes.plan")
        try "# my own plan\n".write(to: existing, atomically: true, encoding: .utf8)
        let pipeline = try Self.pipeline()
        #expect(throws: PlanBookError.self) { try pipeline.importPlan(from: source.path) }
        #expect(try String(contentsOf: existing, encoding: .utf8) == "# my own plan\n")
        #expect(TestSupport.files(in: folder) == ["notes.plan", "notes.txt"], "no temporary file is left")

        let run = try TestSupport.planbook(["import", source.path])
        #expect(run.status == 1 && run.stderr.contains("never overwrites"))
        let other = folder.appendingPathComponent("draft.plan")
        let second = try TestSupport.planbook(["import", source.path, "-o", other.path])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("guess"))
        #expect(try TestSupport.planbook(["check", other.path]).status == 0)
        #expect(try TestSupport.planbook(["render", other.path]).status == 0, "the draft makes a booklet")
    }

    @Test func whatCannotBePlacedIsPrintedWithWhereItCameFrom() throws {
        let folder = try TestSupport.temporaryFolder()
        let source = folder.appendingPathComponent("notes.md")
        try "Child: Mia\nAge: 7\n\nThe family came to the office.\n\n## Working well\n- Gran helps.\n".write(
            to: source, atomically: true, encoding: .utf8)
        let run = try TestSupport.planbook(["import", source.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("notes.md, line 4: The family came to the office."), "\(run.stdout)")
        let unreadable = folder.appendingPathComponent("notes.pdf")
        try "%PDF-1.4".write(to: unreadable, atomically: true, encoding: .utf8)
        let refused = try TestSupport.planbook(["import", unreadable.path])
        #expect(refused.status == 1 && refused.stderr.contains(".docx"))
        let broken = folder.appendingPathComponent("broken.docx")
        try "not a zip".write(to: broken, atomically: true, encoding: .utf8)
        #expect(try TestSupport.planbook(["import", broken.path]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("broken.plan").path))
    }
}
