import PlanDiagnostics

/// The diagnostics the parser gives, each with its stable code and name.
/// Codes PB1xx are about the shape of lines.
enum SyntaxDiagnostics {
    static func missingTitle(at range: SourceRange) -> Diagnostic {
        Diagnostic(
            catalogued: "PB101", message: "the plan has no title",
            range: range,
            help: "start the file with a title line such as '# Mia's safety plan'"
        )
    }

    static func titleNotFirst(at range: SourceRange) -> Diagnostic {
        Diagnostic(
            catalogued: "PB102", message: "a title can only stand at the top of the plan",
            range: range,
            help: "use '## ' for a section, or move this line to the top"
        )
    }

    static func spaceAfterMarker(_ marker: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            catalogued: "PB103", message: "put a space after '\(marker)'",
            range: range,
            help: "write '\(marker) ' followed by the words",
            fixes: [Fix(range: SourceRange.at(range.end), replacement: " ")]
        )
    }

    static func emptyHeading(_ marker: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            catalogued: "PB104", message: "'\(marker)' needs a name after it",
            range: range,
            help: marker == "###"
                ? "write a page title, such as '### What happened'"
                : marker == "#" ? "write the plan's title, such as '# Mia's safety plan'" : "write the section's name, such as '## Worries'"
        )
    }

    static func tooManyHashes(at range: SourceRange) -> Diagnostic {
        Diagnostic(
            catalogued: "PB105", message: "headings go three levels deep at most",
            range: range,
            help: "use '#' for the title, '##' for a section and '###' for a page of Words and pictures"
        )
    }

    static func pageOutsideSection(at range: SourceRange) -> Diagnostic {
        Diagnostic(
            catalogued: "PB106", message: "a '###' page must stand inside the Words and pictures section",
            range: range,
            help: "add '## Words and pictures' above this line"
        )
    }

    static func expectedDetail(at range: SourceRange) -> Diagnostic {
        Diagnostic(
            catalogued: "PB107", message: "before the first section, every line must be a detail such as 'child: Mia'",
            range: range,
            help: "write 'key: value', or start a section with '## Worries' (or another section) above this line"
        )
    }

    static func wrongBullet(_ bullet: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            catalogued: "PB108", message: "items start with '- ', not '\(bullet)'",
            range: range,
            help: "write '- ' at the start of the line",
            fixes: [Fix(range: range, replacement: "-")]
        )
    }
}
