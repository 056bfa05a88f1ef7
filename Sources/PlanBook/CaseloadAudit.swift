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
    /// The plain-language score from 0 to 10 for the child's reading age; nil when the plan could not be read.
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

    enum CodingKeys: String, CodingKey {
        case file, child, age, errors
        case plainLanguageScore = "plain_language_score"
        case impactOfHarm = "impact_of_harm"
        case sharedWithChild = "shared_with_child"
        case childsVoice = "childs_voice"
        case nextStepsHaveWho = "next_steps_have_who"
        case safetyScale = "safety_scale"
    }

    /// A score of 5 or more counts as plain.
    public static let plainScore = 5.0

    public var isPlain: Bool { (plainLanguageScore ?? 0) >= Self.plainScore }

    /// What this plan lacks, in a few words each; empty when it needs no attention.
    public var gaps: [String] {
        var gaps: [String] = []
        if errors > 0 { gaps.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if plainLanguageScore == nil, errors == 0 {
            gaps.append("language not scored (not English)")
        } else if !isPlain {
            gaps.append("language not plain")
        }
        if !impactOfHarm { gaps.append("impact of harm") }
        if !sharedWithChild { gaps.append("not shared with child") }
        if !childsVoice { gaps.append("no child's voice") }
        if !nextStepsHaveWho { gaps.append("next steps without who") }
        if !safetyScale { gaps.append("no safety scale") }
        return gaps
    }

    /// Audits a plan from its check; `score` is the plain-language score of its text.
    public init(file: String, checked: CheckedPlan, score: Double?) {
        self.file = file
        let plan = checked.plan
        child = plan?.child.text
        age = plan?.age
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
    }
}

/// A caseload's audit: every plan's answers and the share of plans with each element.
public struct CaseloadAudit: Codable, Sendable {
    public var title: String
    public var plans: [PlanAudit]
    public var summary: Summary

    public struct Summary: Codable, Hashable, Sendable {
        public var plans: Int
        /// Percentages from 0 to 100, to one decimal place.
        public var plainLanguage: Double
        public var impactOfHarm: Double
        public var sharedWithChild: Double
        public var childsVoice: Double
        public var nextStepsHaveWho: Double
        public var safetyScale: Double
        public var withErrors: Int
        /// How many plans scored 0–1, 1–2, … 9–10 (a score of 10 counts in the last).
        public var scoreDistribution: [Int]

        enum CodingKeys: String, CodingKey {
            case plans
            case plainLanguage = "plain_language"
            case impactOfHarm = "impact_of_harm"
            case sharedWithChild = "shared_with_child"
            case childsVoice = "childs_voice"
            case nextStepsHaveWho = "next_steps_have_who"
            case safetyScale = "safety_scale"
            case withErrors = "with_errors"
            case scoreDistribution = "score_distribution"
        }
    }

    public init(title: String, plans: [PlanAudit]) {
        self.title = title
        self.plans = plans.sorted { $0.file < $1.file }
        func share(_ yes: (PlanAudit) -> Bool) -> Double {
            plans.isEmpty ? 0 : (Double(plans.count(where: yes)) * 1000 / Double(plans.count)).rounded() / 10
        }
        var distribution = [Int](repeating: 0, count: 10)
        for plan in plans {
            if let score = plan.plainLanguageScore { distribution[min(9, max(0, Int(score)))] += 1 }
        }
        summary = Summary(
            plans: plans.count, plainLanguage: share(\.isPlain), impactOfHarm: share(\.impactOfHarm),
            sharedWithChild: share(\.sharedWithChild), childsVoice: share(\.childsVoice),
            nextStepsHaveWho: share(\.nextStepsHaveWho), safetyScale: share(\.safetyScale),
            withErrors: plans.count { $0.errors > 0 }, scoreDistribution: distribution
        )
    }

    /// The measures in report order, with a label and this audit's percentage.
    public var measures: [(label: String, percent: Double)] {
        [("Language is plain (score 5 or more)", summary.plainLanguage), ("Impact of harm described", summary.impactOfHarm),
         ("Shared with the child", summary.sharedWithChild), ("Child's voice heard", summary.childsVoice),
         ("Every next step says who", summary.nextStepsHaveWho), ("Safety scale used", summary.safetyScale)]
    }

    /// The CSV: the header the audit team expects, then a row a plan.
    public var csv: String {
        var lines = ["file,child,age,plain_language_score,impact_of_harm,shared_with_child,childs_voice,next_steps_have_who,safety_scale,errors"]
        func yes(_ value: Bool) -> String { value ? "yes" : "no" }
        for plan in plans {
            let fields = [
                Self.csvField(plan.file), Self.csvField(plan.child ?? ""), plan.age.map(String.init) ?? "",
                plan.plainLanguageScore.map { String(format: "%.1f", $0) } ?? "",
                yes(plan.impactOfHarm), yes(plan.sharedWithChild), yes(plan.childsVoice), yes(plan.nextStepsHaveWho), yes(plan.safetyScale),
                String(plan.errors),
            ]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break, and
    /// with a leading `'` when a spreadsheet would read it as a formula.
    static func csvField(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
        guard text.contains(where: { ",\"\n\r".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [UInt8(ascii: "\n")]
    }

    /// Reads an earlier audit's JSON for `--compare`.
    public static func read(path: String) throws -> CaseloadAudit {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PlanBookError.cannotRead(path: path, reason: "there is no such file")
        }
        do {
            return try JSONDecoder().decode(CaseloadAudit.self, from: data)
        } catch {
            throw PlanBookError.cannotRead(path: path, reason: "it is not an audit written by 'planbook audit --json'")
        }
    }
}
