import PlainLanguage
@_exported import PlanDiagnostics

// What the `planbook` command (and any other program) uses of the stages
// behind the facade: the diagnostic layer as a whole, and these types of the
// plain-language checks. Nothing else is reached past the PlanBook module.

public typealias Audience = PlainLanguage.Audience
public typealias LintOptions = PlainLanguage.LintOptions
public typealias LintConfiguration = PlainLanguage.LintConfiguration
public typealias LintReport = PlainLanguage.LintReport
public typealias RuleRegistry = PlainLanguage.RuleRegistry
public typealias RuleCatalogue = PlainLanguage.RuleCatalogue
public typealias LintOutput = PlainLanguage.LintOutput
public typealias LintSARIF = PlainLanguage.LintSARIF
