import Foundation
import PlanDiagnostics
import PlanModel

/// How many plans to draw: a number, or a share of the caseload.
public enum SampleSize: Hashable, Sendable, CustomStringConvertible {
    case count(Int)
    case percent(Double)

    /// `129` or `10%`; nil for anything else (a share must be above 0 and at most 100).
    public init?(_ text: String) {
        if text.hasSuffix("%") {
            guard let value = Double(text.dropLast()), value > 0, value <= 100 else { return nil }
            self = .percent(value)
        } else {
            guard let value = Int(text), value > 0 else { return nil }
            self = .count(value)
        }
    }

    /// How many plans this is of `total`: a share is rounded to the nearest plan, and at least one.
    public func plans(of total: Int) -> Int {
        switch self {
        case .count(let count): min(count, total)
        case .percent(let share): min(total, max(1, Int((Double(total) * share / 100).rounded())))
        }
    }

    public var description: String {
        switch self {
        case .count(let count): String(count)
        case .percent(let share): AuditFigure.percentText(share)
        }
    }
}

/// Draws a reproducible random sample of plans, split equally across groups
/// as far as each group allows. The plans are sorted by name first and drawn
/// with SplitMix64 from the seed, so the same seed draws the same plans on any
/// machine and with any Swift version.
public struct CaseloadSampler: Sendable {
    public var size: SampleSize
    public var seed: UInt64

    public init(size: SampleSize, seed: UInt64) {
        self.size = size
        self.seed = seed
    }

    /// The indexes of `groups` (each plan's group, or nil for no split) that are drawn, in ascending order.
    public func draw(groups: [String?]) -> [Int] {
        let total = groups.count
        let wanted = size.plans(of: total)
        var random = SplitMix64(seed: seed)
        var members: [String: [Int]] = [:]
        for (index, group) in groups.enumerated() { members[group ?? "", default: []].append(index) }
        // Plans in no group (no plan type stated, no team) get their share of the
        // caseload; the groups split the rest equally.
        let catchAll = members.keys.filter(Self.catchAllGroups.contains).sorted()
        let names = members.keys.filter { !Self.catchAllGroups.contains($0) }.sorted()
        let catchAllQuotas = catchAll.map { name in
            names.isEmpty
                ? wanted : min(members[name]!.count, Int((Double(wanted) * Double(members[name]!.count) / Double(total)).rounded()))
        }
        let quotas =
            Self.equalQuotas(total: wanted - catchAllQuotas.reduce(0, +), capacities: names.map { members[$0]!.count })
            + catchAllQuotas
        let order = names + catchAll
        var drawn: [Int] = []
        for (name, quota) in zip(order, quotas) {
            drawn += Self.choose(quota, from: members[name]!, random: &random)
        }
        return drawn.sorted()
    }

    /// The groups of plans that belong to none: no split, no plan type stated, no team.
    static let catchAllGroups: Set<String> = ["", AuditGrouping.notStated, AuditGrouping.noTeam]

    /// `total` split as equally as the capacities allow: each group gets an
    /// equal share, a group too small for it gives all it has, and what is left
    /// goes to the others in turn (in order of name, one plan each).
    static func equalQuotas(total: Int, capacities: [Int]) -> [Int] {
        var quotas = [Int](repeating: 0, count: capacities.count)
        var left = min(total, capacities.reduce(0, +))
        while left > 0 {
            let open = capacities.indices.filter { quotas[$0] < capacities[$0] }
            let share = left / open.count
            if share == 0 {
                for index in open.prefix(left) { quotas[index] += 1 }
                break
            }
            for index in open {
                let add = min(share, capacities[index] - quotas[index])
                quotas[index] += add
                left -= add
            }
        }
        return quotas
    }

    /// `count` items of `items` chosen at random (a partial Fisher–Yates shuffle).
    static func choose(_ count: Int, from items: [Int], random: inout SplitMix64) -> [Int] {
        var items = items
        for index in 0..<min(count, items.count) {
            let other = index + Int(uniform(below: UInt64(items.count - index), random: &random))
            items.swapAt(index, other)
        }
        return Array(items.prefix(count))
    }

    /// A number from 0 to `bound` − 1, every one equally likely (rejecting the few draws that would bias it).
    static func uniform(below bound: UInt64, random: inout SplitMix64) -> UInt64 {
        let threshold = (0 &- bound) % bound
        while true {
            let value = random.next()
            if value >= threshold { return value % bound }
        }
    }
}

extension CaseloadAuditor {
    /// Each plan's group for `grouping`, read without scoring its language, so
    /// a caseload can be split before it is sampled. A plan that cannot be read
    /// falls in the catch-all group.
    public func groups(of inputs: [AuditInput], by grouping: AuditGrouping, teamBy: String? = nil) -> [String] {
        WorkerPool.map(count: inputs.count, workers: workers, makeState: { () }) { _, index in
            let input = inputs[index]
            let plan: SafetyPlan?
            switch PlanSource.read(path: input.path) {
            case .failure: plan = nil
            case .success(let text): plan = checkPlan(text.file, context: LoweringContext(pictureNames: [], pictureFolder: nil)).plan
            }
            switch grouping {
            case .planType:
                return plan?.planType?.name ?? AuditGrouping.notStated
            case .team:
                if let teamBy { return plan.flatMap { Self.detail(teamBy, of: $0) } ?? AuditGrouping.noTeam }
                return input.team ?? AuditGrouping.noTeam
            }
        }
    }
}
