import PlanDiagnostics

/// Problems with an input file as a whole (PL0xx): errors, which make
/// `planbook lint` exit with 1.
public enum FileProblems {
    /// PL001: the file cannot be read.
    public static let unreadable = RuleIdentity(code: "PL001", name: "unreadable-file", severity: .error)

    /// PL002: a `.plan` without the parts every plan has.
    public static let notAPlan = RuleIdentity(code: "PL002", name: "not-a-plan", severity: .error)

    /// PL003: a plan in a language other than English.
    public static let otherLanguage = RuleIdentity(code: "PL003", name: "not-english", severity: .note)

    /// PL004: more text than the limit.
    public static let tooMuchText = RuleIdentity(code: "PL004", name: "text-too-large", severity: .error)

    /// PL005: a Word file whose XML inflates past the limit.
    public static let wordPartTooLarge = RuleIdentity(code: "PL005", name: "word-part-too-large", severity: .error)

    /// PL006: not a regular file.
    public static let notRegular = RuleIdentity(code: "PL006", name: "not-a-regular-file", severity: .error)

    /// Every file problem, in code order.
    public static let all = [unreadable, notAPlan, otherLanguage, tooMuchText, wordPartTooLarge, notRegular]

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
