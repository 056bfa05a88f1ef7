import PlanDiagnostics
import PlanModel

/// A question a casefile audit asks of every plan.
public enum AuditMeasure: String, CaseIterable, Codable, Hashable, Sendable {
    case plainLanguage = "plain_language"
    case impactOfHarm = "impact_of_harm"
    case sharedWithChild = "shared_with_child"
    case childsVoice = "childs_voice"
    case nextStepsHaveWho = "next_steps_have_who"
    case safetyScale = "safety_scale"

    /// The measure as the report names it.
    public var label: String {
        switch self {
        case .plainLanguage: "Language is plain (score 5 or more)"
        case .impactOfHarm: "Impact of harm described"
        case .sharedWithChild: "Shared with the child"
        case .childsVoice: "Child's voice heard"
        case .nextStepsHaveWho: "Every next step says who"
        case .safetyScale: "Safety scale used"
        }
    }

    /// A short name for table headings.
    public var shortLabel: String {
        switch self {
        case .plainLanguage: "Plain"
        case .impactOfHarm: "Impact"
        case .sharedWithChild: "Shared"
        case .childsVoice: "Voice"
        case .nextStepsHaveWho: "Who"
        case .safetyScale: "Scale"
        }
    }

    /// The section whose errors leave this measure unanswered, if it reads one section.
    var section: SectionKind? {
        switch self {
        case .impactOfHarm: .whatHappened
        case .nextStepsHaveWho: .nextSteps
        case .safetyScale: .safetyScale
        case .plainLanguage, .sharedWithChild, .childsVoice: nil
        }
    }

    /// Errors about a picture: the plan's words are all read.
    static let pictureErrors: Set<String> = [
        "unknown-picture", "missing-picture-file", "picture-outside-folder", "unsupported-picture", "empty-picture",
    ]

    /// The measures a plan's errors leave unanswered. A plan that could not be
    /// read at all answers nothing; an error in the details leaves "shared with
    /// the child" open; an error in a section leaves open the measures that read
    /// that section, and the language score and the child's voice, which read
    /// every section; an unknown or repeated section could be any, so it leaves
    /// open every measure but "shared". Picture errors leave the words readable.
    static func unanswered(plan: SafetyPlan?, diagnostics: [Diagnostic]) -> Set<AuditMeasure> {
        let errors = diagnostics.filter { $0.severity == .error && !Self.pictureErrors.contains($0.name) }
        guard let plan else { return Set(allCases) }
        var open: Set<AuditMeasure> = []
        let starts = plan.sections.map { (kind: $0.kind, start: $0.heading.range.start) }.sorted { $0.start < $1.start }
        for error in errors {
            let offset = error.range.start
            if ["unknown-section", "repeated-section"].contains(error.name) {
                open.formUnion(allCases.filter { $0 != .sharedWithChild })
            } else if let section = starts.last(where: { $0.start <= offset }) {
                open.formUnion([.plainLanguage, .childsVoice])
                open.formUnion(allCases.filter { $0.section == section.kind })
            } else if error.name != "no-core-section" {
                open.insert(.sharedWithChild)
            }
        }
        return open
    }
}
