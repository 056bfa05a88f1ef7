import PlanDiagnostics

/// Problems with an input file as a whole (PL0xx): errors, which make
/// `planbook lint` exit with 1.
public enum FileProblems {
    /// PL001: the file cannot be read.
    public static let unreadable = RuleDescription(
        code: "PL001", name: "unreadable-file", severity: .error,
        summary: "A file that cannot be read as text, Markdown, a plan or a Word document.",
        checks: "Whether each file can be opened and read: a missing file, a Word file that is not a Word file, a file too large.",
        why: "A document that cannot be read cannot be checked; saying so is better than a silent pass.",
        example: "planbook lint missing.txt",
        instead: "Check the path. Save Word documents as .docx, and text as UTF-8.",
        triggering: [], nonTriggering: []
    )

    /// PL002: a `.plan` without the parts every plan has.
    public static let notAPlan = RuleDescription(
        code: "PL002", name: "not-a-plan", severity: .error,
        summary: "A .plan file without the title, child or age that every plan has.",
        checks: "Whether a .plan file has a title, `child:` and `age:`, so that its texts and the child's age can be found.",
        why: "The child's age sets the target reading age; without the plan's parts there is nothing to measure.",
        example: "A .plan file with no `age:` line.",
        instead: "Run `planbook check` on the plan and fix its errors.",
        triggering: [], nonTriggering: []
    )

    /// PL003: a plan in a language other than English.
    public static let otherLanguage = RuleDescription(
        code: "PL003", name: "not-english", severity: .note,
        summary: "A plan written in another language, which the English word lists and formulas cannot judge.",
        checks: "Whether a plan's `language:` is English (en, en-GB…). Other plans are not measured or scored.",
        why: "Readability formulas and word lists are made for English; a score for an Arabic or Polish plan would be meaningless.",
        example: "A plan with `language: ar`.",
        instead: "Ask someone who reads the language, ideally with the family, to check that its words are plain.",
        triggering: [], nonTriggering: []
    )

    /// PL004: more text than the limit.
    public static let tooMuchText = RuleDescription(
        code: "PL004", name: "text-too-large", severity: .error,
        summary: "A file (or a Word document's text) larger than the text limit, 1 MiB unless raised.",
        checks: "How many bytes of text the file holds, counted as it is read.",
        why: "A limit keeps one wrong file (a log, a database dump) from holding up a whole folder's check.",
        example: "planbook lint server.log",
        instead: "Check that this is the right file, or raise the limit with --max-text-bytes N.",
        triggering: [], nonTriggering: []
    )

    /// PL005: a Word file whose XML inflates past the limit.
    public static let wordPartTooLarge = RuleDescription(
        code: "PL005", name: "word-part-too-large", severity: .error,
        summary: "A Word document whose word/document.xml inflates to more than the limit, 32 MiB unless raised.",
        checks: "The inflated size, counted while inflating (never the size the zip file claims).",
        why: "A small zip can inflate to gigabytes; counting as it inflates keeps memory and time bounded.",
        example: "A 1.5 MB .docx that inflates to 1 GiB.",
        instead: "Check that this is a real Word document, or raise the limit with --max-word-part-bytes N.",
        triggering: [], nonTriggering: []
    )

    /// PL006: not a regular file.
    public static let notRegular = RuleDescription(
        code: "PL006", name: "not-a-regular-file", severity: .error,
        summary: "A path that names a pipe, a device or a socket instead of a file.",
        checks: "Whether each input is a regular file, checked on the opened file without waiting.",
        why: "Reading a pipe could wait for ever and hold up every other file.",
        example: "mkfifo report.txt; planbook lint report.txt",
        instead: "Give the path of a file saved on disk.",
        triggering: [], nonTriggering: []
    )

    public static func textTooLarge(size: Int, limit: Int) -> Diagnostic {
        tooMuchText.finding(
            "the file holds \(size) bytes of text; planbook reads up to \(limit) bytes",
            at: .at(0), help: "Check that this is the right file; \(InputLimits.Name.textBytes.howToRaise)."
        )
    }

    public static func wordPartTooLarge(path: String, limit: Int) -> Diagnostic {
        wordPartTooLarge.finding(
            "'\(path)' has a word/document.xml that inflates to more than \(limit) bytes",
            at: .at(0), help: "Check that this is a real Word document; \(InputLimits.Name.wordPartBytes.howToRaise)."
        )
    }

    public static func notRegularFile(_ path: String) -> Diagnostic {
        notRegular.finding(
            "'\(path)' is not a file (it may be a pipe, a device or a socket)",
            at: .at(0), help: "Give the path of a file saved on disk.")
    }

    static func notEnglish(_ language: String) -> Diagnostic {
        otherLanguage.finding(
            "the plan is written in \(LanguageName.of(language)) ('\(language)'); planbook has no readability measure for \(LanguageName.of(language)) yet, so it is not scored",
            at: .at(0), help: "Ask someone who reads the language, ideally with the family, to check its words."
        )
    }

    /// PL001 with the reader's reason.
    public static func unreadableFile(_ reason: String) -> Diagnostic {
        unreadable.finding(reason, at: .at(0), help: "Check the path, and save the file as UTF-8 text, Markdown, a .plan or a .docx.")
    }

    static func missingPlanParts() -> Diagnostic {
        notAPlan.finding(
            "the plan has no title, 'child:' or 'age:', so its texts and the child's age cannot be found",
            at: .at(0), help: "Run 'planbook check' on it and fix its errors."
        )
    }
}
