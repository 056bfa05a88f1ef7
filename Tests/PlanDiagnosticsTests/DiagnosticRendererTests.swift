import Foundation
import PlanDiagnostics
import Testing

@Suite struct DiagnosticRendererTests {
    let file = SourceFile(path: "plans/zoë.plan", text: "# Zoë\r\nchïld: Zoë\n\tage: x\n")

    @Test func locationsCountCharactersAndLines() {
        let offset = file.utf8.firstIndex(of: UInt8(ascii: "Z"))!
        #expect(file.location(of: offset) == SourceLocation(line: 1, column: 3, offset: offset))
        let found = file.text.range(of: "chïld")!
        let child = file.text.utf8.distance(from: file.text.startIndex, to: found.lowerBound)
        #expect(file.location(of: child).description == "2:1")
        #expect(file.location(of: child + 6).description == "2:6", "ï is two bytes but one column")
        #expect(file.lineText(1) == "# Zoë", "the CR of a CRLF is not part of the line")
        #expect(file.lineCount == 4)
    }

    @Test func byteOrderMarkIsDropped() {
        let file = SourceFile(path: "x", text: "\u{FEFF}# T\n")
        #expect(file.text == "# T\n")
        #expect(file.location(of: 2).description == "1:3")
    }

    @Test func textShowsPathLineColumnCaretAndHelp() {
        let start = file.text.utf8.count - "x\n".utf8.count
        let diagnostic = Diagnostic(
            code: "PB205", name: "invalid-age", severity: .error, message: "age 'x' is not a whole number",
            range: SourceRange(start: start, end: start + 1), help: "write 'age: 7'")
        let text = TextDiagnosticRenderer().render(diagnostic, in: file)
        #expect(
            text == """
                plans/zoë.plan:3:7: error: age 'x' is not a whole number [PB205 invalid-age]
                3 | \tage: x
                  | \t     ^
                  = help: write 'age: 7'

                """)
    }

    @Test func colourWrapsTheSeverity() {
        let diagnostic = Diagnostic(code: "PB601", name: "n", severity: .warning, message: "m", range: .at(0))
        let text = TextDiagnosticRenderer(colour: true).render(diagnostic, in: file)
        #expect(text.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
        #expect(!TextDiagnosticRenderer(colour: false).render(diagnostic, in: file).contains("\u{1B}"))
    }

    @Test func jsonHasOneBasedLinesAndExclusiveEndColumns() throws {
        let start = file.text.utf8.count - "x\n".utf8.count
        let diagnostic = Diagnostic(
            code: "PB205", name: "invalid-age", severity: .error, message: "m", range: SourceRange(start: start, end: start + 1))
        let json = JSONDiagnosticRenderer().render([FileDiagnostics(file: file, diagnostics: [diagnostic])])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let entry = try #require(((object?["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["line"] as? Int == 3)
        #expect(entry["column"] as? Int == 7)
        #expect(entry["end_line"] as? Int == 3)
        #expect(entry["end_column"] as? Int == 8)
        #expect(entry["code"] as? String == "PB205")
    }

    @Test func summaryCountsInPlainWords() {
        #expect(diagnosticSummary(errors: 1, warnings: 2, files: 1) == "1 error and 2 warnings in 1 file")
    }
}
