import PlanModel

/// A way of splitting a caseload: by plan type or by team.
public enum AuditGrouping: String, CaseIterable, Codable, Hashable, Sendable {
    case planType = "plan_type"
    case team

    /// How the report names the grouping.
    public var label: String {
        switch self {
        case .planType: "plan type"
        case .team: "team"
        }
    }

    /// The group a plan belongs to.
    public func group(of plan: PlanAudit) -> String {
        switch self {
        case .planType: plan.planType ?? Self.notStated
        case .team: plan.team ?? Self.noTeam
        }
    }

    /// The group of plans that do not say their plan type.
    public static let notStated = "not stated"
    /// The group of plans not in a team folder.
    public static let noTeam = "no team"

    /// Groups in report order: the plan types in the language's order, others by name, the catch-all last.
    public func ordered(_ names: some Sequence<String>) -> [String] {
        Set(names).sorted { a, b in
            func rank(_ name: String) -> (Int, String) {
                if name == Self.notStated || name == Self.noTeam { return (2, name) }
                if self == .planType, let type = PlanType(named: name) { return (0, String(PlanType.allCases.firstIndex(of: type)!)) }
                return (1, name)
            }
            return rank(a) < rank(b)
        }
    }
}

/// How a sample was drawn, as the report and the JSON say it.
public struct SampleDescription: Codable, Hashable, Sendable {
    /// Plans drawn, and how many there were to draw from.
    public var drawn: Int
    public var from: Int
    /// What was asked: `129` or `10%`.
    public var asked: String
    /// The grouping the sample was split equally across, if any.
    public var by: AuditGrouping?
    public var seed: UInt64
    /// Plans drawn from each group, and how many each had.
    public var groups: [String: [Int]]?

    public init(drawn: Int, from: Int, asked: String, by: AuditGrouping?, seed: UInt64, groups: [String: [Int]]? = nil) {
        self.drawn = drawn
        self.from = from
        self.asked = asked
        self.by = by
        self.seed = seed
        self.groups = groups
    }

    /// `A random sample of 120 of 1,200 plans (10%), split equally across plan types as far as each allowed (seed 7).`
    public var sentence: String {
        let share = from == 0 ? 0 : Double(drawn) * 100 / Double(from)
        var text = "A random sample of \(drawn) of \(from) plans (\(AuditFigure.percentText(AuditFigure.rounded(share))))"
        if let by {
            text += ", split equally across \(by == .planType ? "plan types" : "teams") as far as each allowed"
        }
        return text + ", drawn with seed \(seed): the same seed draws the same plans on any machine."
    }
}
