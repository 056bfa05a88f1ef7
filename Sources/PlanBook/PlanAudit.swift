import Foundation
import PlanDiagnostics
import PlanModel

/// What a casefile audit asks of one plan.
public struct PlanAudit: Codable, Hashable, Sendable {
    /// The plan's path as given, relative to the folder it was found in.
    public var file: String
    /// The child's name; only in the CSV and JSON, never in the PDF report.
    public var child: String?
    public var age: Int?
    /// The plain-language score from 0 to 10 for the child's reading age; nil
    /// when the plan could not be read or its language has no measure yet.
    public var plainLanguageScore: Double?
    /// A What happened section where every item says its impact on the child.
    public var impactOfHarm: Bool
    public var sharedWithChild: Bool
    /// A quote, the three houses, a rating by the child, or a words-and-pictures section.
    public var childsVoice: Bool
    /// At least one next step, and every one says who.
    public var nextStepsHaveWho: Bool
    /// A safety scale with at least one rating.
    public var safetyScale: Bool
    public var errors: Int
    /// The canonical plan type (`child protection`…); nil when the plan does not say.
    public var planType: String?
    /// The team: the first folder under the audited folder, or the `--team-by` detail.
    public var team: String?
    /// The plan's language tag.
    public var language: String?
    /// The plan's `date`, `YYYY-MM-DD`: the default label of the audit is the newest one's year.
    public var date: String?
    /// The measures this plan's errors leave unanswered: it is left out of their denominators.
    public var notAnswered: [AuditMeasure]

    enum CodingKeys: String, CodingKey {
        case file, child, age, errors, team, language, date
        case plainLanguageScore = "plain_language_score"
        case impactOfHarm = "impact_of_harm"
        case sharedWithChild = "shared_with_child"
        case childsVoice = "childs_voice"
        case nextStepsHaveWho = "next_steps_have_who"
        case safetyScale = "safety_scale"
        case planType = "plan_type"
        case notAnswered = "not_answered"
    }

    /// A score of 5 or more counts as plain.
    public static let plainScore = 5.0

    public var isPlain: Bool { (plainLanguageScore ?? 0) >= Self.plainScore }

    /// Whether the plan was read without errors.
    public var readInFull: Bool { errors == 0 }

    /// Read, but in a language the linter has no measure for yet.
    public var isUnscored: Bool { plainLanguageScore == nil && !notAnswered.contains(.plainLanguage) }

    /// The plan's answer to a measure; nil when it cannot answer it (errors, or no measure for its language).
    public func answer(_ measure: AuditMeasure) -> Bool? {
        if notAnswered.contains(measure) { return nil }
        switch measure {
        case .plainLanguage: return plainLanguageScore.map { $0 >= Self.plainScore }
        case .impactOfHarm: return impactOfHarm
        case .sharedWithChild: return sharedWithChild
        case .childsVoice: return childsVoice
        case .nextStepsHaveWho: return nextStepsHaveWho
        case .safetyScale: return safetyScale
        }
    }

    /// What this plan lacks, in a few words each; empty when it needs no attention.
    public var gaps: [String] {
        var gaps: [String] = []
        if errors > 0 { gaps.append("not read in full: \(errors) error\(errors == 1 ? "" : "s")") }
        if isUnscored { gaps.append("language not scored (no measure for it yet)") }
        let missing: [AuditMeasure: String] = [
            .plainLanguage: "language not plain", .impactOfHarm: "impact of harm", .sharedWithChild: "not shared with child",
            .childsVoice: "no child's voice", .nextStepsHaveWho: "next steps without who", .safetyScale: "no safety scale",
        ]
        for measure in AuditMeasure.allCases where answer(measure) == false { gaps.append(missing[measure]!) }
        return gaps
    }

    /// Audits a plan from its check; `score` is the plain-language score of its text.
    public init(file: String, checked: CheckedPlan, score: Double?, team: String? = nil) {
        self.file = file
        self.team = team
        let plan = checked.plan
        child = plan?.child.text
        age = plan?.age
        planType = plan?.planType?.name
        language = plan?.language
        date = plan?.date?.description
        plainLanguageScore = score.map { ($0 * 10).rounded() / 10 }
        errors = checked.diagnostics.count { $0.severity == .error }
        let harm = plan?.section(.whatHappened)?.items ?? []
        impactOfHarm = !harm.isEmpty && harm.allSatisfy { $0.impact != nil }
        sharedWithChild = plan?.sharedWithChild != nil
        let steps = plan?.section(.nextSteps)?.items ?? []
        nextStepsHaveWho = !steps.isEmpty && steps.allSatisfy { !$0.who.isEmpty }
        safetyScale = !(plan?.section(.safetyScale)?.scale?.ratings.isEmpty ?? true)
        // The audit counts a words-and-pictures story as the child's voice too.
        childsVoice = plan.map { $0.hasQuote || $0.hasThreeHouses || $0.childRatedSafety || $0.hasStory } ?? false
        let open = AuditMeasure.unanswered(plan: plan, diagnostics: checked.diagnostics)
        notAnswered = AuditMeasure.allCases.filter(open.contains)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        child = try container.decodeIfPresent(String.self, forKey: .child)
        age = try container.decodeIfPresent(Int.self, forKey: .age)
        plainLanguageScore = try container.decodeIfPresent(Double.self, forKey: .plainLanguageScore)
        impactOfHarm = try container.decode(Bool.self, forKey: .impactOfHarm)
        sharedWithChild = try container.decode(Bool.self, forKey: .sharedWithChild)
        childsVoice = try container.decode(Bool.self, forKey: .childsVoice)
        nextStepsHaveWho = try container.decode(Bool.self, forKey: .nextStepsHaveWho)
        safetyScale = try container.decode(Bool.self, forKey: .safetyScale)
        errors = try container.decode(Int.self, forKey: .errors)
        planType = try container.decodeIfPresent(String.self, forKey: .planType)
        team = try container.decodeIfPresent(String.self, forKey: .team)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        date = try container.decodeIfPresent(String.self, forKey: .date)
        notAnswered = try container.decodeIfPresent([AuditMeasure].self, forKey: .notAnswered) ?? []
    }
}
