import Foundation

/// The figures of a set of plans (a caseload, a plan type or a team): each
/// measure as a share of the plans that could answer it, with its interval,
/// and the plans that were not read in full or not scored, counted on their own.
public struct AuditSummary: Codable, Hashable, Sendable {
    public var plans: Int
    /// Plans with errors: not read in full, and left out of the measures their errors touch.
    public var withErrors: Int
    /// Plans read in full in a language with no readability measure yet: left out of the plain-language figure.
    public var notScored: Int
    /// The number of plans the figures stand for (the caseload or the group in it), when known: it narrows the intervals.
    public var caseload: Int?
    public var figures: [AuditMeasure: AuditFigure]
    /// How many plans scored 0–1, 1–2, … 9–10 (a score of 10 counts in the last).
    public var scoreDistribution: [Int]

    public init(plans: [PlanAudit], caseload: Int? = nil) {
        self.plans = plans.count
        withErrors = plans.count { !$0.readInFull }
        notScored = plans.count { $0.readInFull && $0.isUnscored }
        self.caseload = caseload
        var figures: [AuditMeasure: AuditFigure] = [:]
        for measure in AuditMeasure.allCases {
            let answers = plans.compactMap { $0.answer(measure) }
            figures[measure] = AuditFigure(yes: answers.count { $0 }, of: answers.count, population: caseload)
        }
        self.figures = figures
        var distribution = [Int](repeating: 0, count: 10)
        for plan in plans where !plan.notAnswered.contains(.plainLanguage) {
            if let score = plan.plainLanguageScore { distribution[min(9, max(0, Int(score)))] += 1 }
        }
        scoreDistribution = distribution
    }

    public subscript(measure: AuditMeasure) -> AuditFigure { figures[measure] ?? AuditFigure(percent: 0) }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(plans, forKey: Key("plans"))
        try container.encode(withErrors, forKey: Key("with_errors"))
        try container.encode(notScored, forKey: Key("not_scored"))
        try container.encode(caseload, forKey: Key("caseload"))
        try container.encode(scoreDistribution, forKey: Key("score_distribution"))
        for measure in AuditMeasure.allCases { try container.encode(self[measure], forKey: Key(measure.rawValue)) }
    }

    /// Reads this version's summaries and those of earlier audits (bare percentages, no `not_scored`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        plans = try container.decode(Int.self, forKey: Key("plans"))
        withErrors = try container.decodeIfPresent(Int.self, forKey: Key("with_errors")) ?? 0
        notScored = try container.decodeIfPresent(Int.self, forKey: Key("not_scored")) ?? 0
        caseload = try container.decodeIfPresent(Int.self, forKey: Key("caseload"))
        scoreDistribution = try container.decodeIfPresent([Int].self, forKey: Key("score_distribution")) ?? Array(repeating: 0, count: 10)
        var figures: [AuditMeasure: AuditFigure] = [:]
        for measure in AuditMeasure.allCases {
            figures[measure] = try container.decodeIfPresent(AuditFigure.self, forKey: Key(measure.rawValue))
        }
        self.figures = figures
    }
}
