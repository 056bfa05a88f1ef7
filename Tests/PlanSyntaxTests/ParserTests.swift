import PlanDiagnostics
import Testing

@testable import PlanSyntax

@Suite struct ParserTests {
    private func parsed(_ text: String) -> (SourceFile, ParseResult) {
        let file = SourceFile(path: "test.plan", text: text)
        return (file, parse(file))
    }

    private func kinds(_ node: SyntaxNode) -> [SyntaxKind] {
        node.children.map(\.kind).filter { $0 != .trivia }
    }

    @Test(arguments: [
        "# T\nchild: A\n\n## Worries\n- one\n  two\n\n  impact: x\n",
        "\u{FEFF}# T\r\nchild: A\r\n## Worries\r\n- one\r\n\tcontinued\r\n",
        "// comment\n# T\n## Next steps\n- a [picture: sun]\n> \"hi\" (Mia) [picture: star]\n### Page\ntext\n",
        "no title\n* star bullet\n#### deep\n###orphan\n## \n",
        "",
        "# T\n## Words and pictures\n### One\nline: with colon\n",
    ])
    func treeIsLossless(text: String) {
        let (file, result) = parsed(text)
        let rebuilt = result.root.tokens.map { file.text(in: $0.range) }.joined()
        #expect(rebuilt == file.text)
        var cursor = 0
        for token in result.root.tokens {
            #expect(token.range.start == cursor, "tokens must tile the file without gaps or overlaps")
            cursor = token.range.end
        }
        #expect(cursor == file.utf8.count)
    }

    @Test func itemGathersContinuationAndAttributeLinesAcrossBlankLines() {
        let (_, result) = parsed("# T\n## Next steps\n- Mum will phone\n\n  every evening\n  who: Mum\n- Gran visits\n")
        let section = result.root.child(.section)!
        let items = section.children(.item)
        #expect(items.count == 2)
        #expect(kinds(items[0]) == [.itemLine, .continuation, .attribute])
    }

    @Test func tabIndentationContinuesAnItem() {
        let (_, result) = parsed("# T\n## Worries\n- one\n\ttwo\n")
        let item = result.root.child(.section)!.child(.item)!
        #expect(kinds(item) == [.itemLine, .continuation])
    }

    @Test func oneSpaceIndentDoesNotContinue() {
        let (_, result) = parsed("# T\n## Worries\n- one\n two\n")
        #expect(kinds(result.root.child(.section)!) == [.sectionHeading, .item, .text])
    }

    @Test func pictureTagAndAttributionAreSplitOff() {
        let (file, result) = parsed("# T\n## Working well\n> \"I like Gran.\" (Mia) [picture: gran]\n")
        let quote = result.root.child(.section)!.child(.quote)!
        #expect(file.text(in: quote.child(.words)!.range) == "\"I like Gran.\"")
        #expect(file.text(in: quote.child(.attribution)!.range) == "(Mia)")
        #expect(file.text(in: quote.child(.pictureTag)!.child(.pictureName)!.range) == "gran")
    }

    @Test func longBracketedTextIsNotTakenAsASpeaker() {
        let (_, result) = parsed("# T\n## Working well\n> I like it when we go out (every Saturday after school)\n")
        #expect(result.root.child(.section)!.child(.quote)!.child(.attribution) == nil)
    }

    @Test func lintAllowCommentsAreRecognised() {
        let (_, result) = parsed("# T\n// lint: allow contact, jargon\n// just a note\n")
        #expect(kinds(result.root) == [.title, .lintAllow, .comment])
        #expect(LintAllowance.names(inCommentBody: " lint: allow contact, jargon") == ["contact", "jargon"])
    }

    @Test func everyLineShapeErrorIsReportedInOneRun() {
        let (file, result) = parsed("child: A\n# Late title\n## Worries\n* star\n#### deep\n##NoSpace\n")
        let found = result.diagnostics.map { "\(file.location(of: $0.range.start)) \($0.name)" }
        #expect(
            found.sorted() == [
                "1:1 missing-title",
                "2:1 misplaced-title",
                "4:1 wrong-bullet",
                "5:1 deep-heading",
                "6:1 space-after-marker",
            ])
    }

    @Test func pageOutsideSectionAndDetailShapeAreErrors() {
        let (file, result) = parsed("# T\nchild: A\njust words\n### Page\n## \n")
        let found = result.diagnostics.map { "\(file.location(of: $0.range.start)) \($0.name)" }
        #expect(found == ["3:1 expected-detail", "4:1 page-outside-section", "5:1 empty-heading"])
    }
}
