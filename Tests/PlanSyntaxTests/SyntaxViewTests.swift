import PlanDiagnostics
import Testing

@testable import PlanSyntax

/// The typed views name the parts of each node the parser builds.
@Suite struct SyntaxViewTests {
    private func document(_ text: String) -> (SourceFile, DocumentSyntax) {
        let file = SourceFile(path: "test.plan", text: text)
        return (file, DocumentSyntax(parse(file).root)!)
    }

    @Test func documentNamesItsTitleDetailsAndSections() {
        let (file, document) = document("# Mia's plan\nchild: Mia\nage: 7\n\n## Worries\n- one\n## Next steps\n- two\n")
        #expect(document.title.flatMap(\.words.first).map { file.text(in: $0.range) } == "Mia's plan")
        #expect(document.details.compactMap(\.key).map { file.text(in: $0.range) } == ["child", "age"])
        #expect(document.details.compactMap(\.value).map { file.text(in: $0.range) } == ["Mia", "7"])
        #expect(document.sections.compactMap(\.name).map { file.text(in: $0.range) } == ["Worries", "Next steps"])
    }

    @Test func anItemNamesItsFirstLineContinuationsAndAttributes() throws {
        let (file, document) = document(
            "# T\n## Next steps\n// a note\n- Mum will phone [picture: phone]\n  every evening\n  who: Mum\n  picture: heart\n")
        let members = document.sections[0].members
        #expect(members.count == 1, "the comment is not a member")
        guard case .item(let item) = members[0] else {
            Issue.record("expected an item, got \(members[0].node.kind)")
            return
        }
        #expect(item.firstLine.words.map { file.text(in: $0.range) } == ["Mum will phone"])
        #expect(item.firstLine.pictureTag?.name.map { file.text(in: $0.range) } == "phone")
        #expect(file.text(in: item.firstLine.content) == "- Mum will phone [picture: phone]")
        #expect(item.firstLine.contentWithoutPicture.map { file.text(in: $0) } == "- Mum will phone")
        var continuations: [String] = []
        var attributes: [String] = []
        for line in item.followingLines {
            switch line {
            case .continuation(let line): continuations += line.words.map { file.text(in: $0.range) }
            case .attribute(let line):
                let value = line.value ?? line.pictureName
                attributes.append("\(line.key.map { file.text(in: $0.range) } ?? "?")=\(value.map { file.text(in: $0.range) } ?? "?")")
            }
        }
        #expect(continuations == ["every evening"])
        #expect(attributes == ["who=Mum", "picture=heart"])
    }

    @Test func aPageNamesItsTitleAndLinesAndAQuoteItsSpeaker() {
        let (file, document) = document(
            "# T\n## Words and pictures\n### At school\nI like maths. [picture: book]\n> \"Hi\" (Mia)\nline: with colon\n")
        let members = document.sections[0].members
        guard case .page(let page) = members.first else {
            Issue.record("expected a page")
            return
        }
        #expect(page.title.map { file.text(in: $0.range) } == "At school")
        #expect(file.text(in: page.heading.content) == "### At school")
        let kinds = page.members.map(\.node.kind)
        #expect(kinds == [.text, .quote, .field])
        #expect(page.members[1].firstLine.attribution.map { file.text(in: $0.range) } == "(Mia)")
        #expect(page.members[0].firstLine.pictureTag?.name.map { file.text(in: $0.range) } == "book")
    }

    @Test func aViewIsBuiltOnlyFromANodeOfItsKind() {
        let root = parse(SourceFile(path: "t.plan", text: "# T\n## Worries\n- one\n")).root
        let section = root.children(.section)[0]
        #expect(DocumentSyntax(root) != nil)
        #expect(DocumentSyntax(section) == nil)
        #expect(SectionSyntax(section) != nil)
        #expect(SectionSyntax(root) == nil)
        #expect(ItemSyntax(section) == nil)
        #expect(PageSyntax(section) == nil)
        let item = section.children(.item)[0]
        #expect(ItemSyntax(item) != nil)
        #expect(LineSyntax(item) == nil, "an item is a block of lines, not a line")
        #expect(LineSyntax(item.children[0]) != nil)
        #expect(LineSyntax(item.children[0].children[0]) == nil, "a token is not a line")
    }

    @Test func anEmptyHeadingHasNoName() {
        let (_, document) = document("# T\n## \n- one\n")
        #expect(document.sections.count == 1)
        #expect(document.sections[0].name == nil)
        #expect(document.sections[0].heading != nil)
    }
}
