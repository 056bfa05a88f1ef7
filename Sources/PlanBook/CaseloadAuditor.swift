import BookletLayout
import Foundation
import PlainLanguage
import PlanDiagnostics
import PlanModel

/// A plan to audit: where it is, how the report names it, and its team folder.
public struct AuditInput: Hashable, Sendable {
    public var path: String
    /// The path below the folder it was found in.
    public var file: String
    /// The first folder under the audited folder, if the plan is in one.
    public var team: String?

    public init(path: String, file: String, team: String? = nil) {
        self.path = path
        self.file = file
        self.team = team
    }
}

/// Audits many plans on several threads and draws the report.
public struct CaseloadAuditor: Sendable {
    public let resources: Resources
    /// A team's own layout folders (`--layouts`), as `render` is given them.
    public let extraLayouts: [String]
    public let workers: Int

    public init(resources: Resources, extraLayouts: [String] = [], workers: Int) {
        self.resources = resources
        self.extraLayouts = extraLayouts
        self.workers = max(1, workers)
    }

    /// The details `--team-by` can name.
    public static let teamDetails = ["written by", "language", "layout", "plan type"]

    /// A detail's value on a plan, for `--team-by`.
    static func detail(_ key: String, of plan: SafetyPlan) -> String? {
        switch key {
        case "written by": plan.writtenBy?.name
        case "language": plan.language
        case "layout": plan.layout
        case "plan type": plan.planType?.name
        default: nil
        }
    }

    /// Audits each plan. `teamBy` names the detail that gives a plan's team
    /// instead of its folder; `caseload` and `groupCaseloads` are how many plans
    /// the audited ones stand for, when they are a sample.
    public func audit(
        _ inputs: [AuditInput], title: String, label: String? = nil, teamBy: String? = nil,
        caseload: Int? = nil, groupCaseloads: [AuditGrouping: [String: Int]] = [:],
        sample: SampleDescription? = nil
    ) throws -> CaseloadAudit {
        try Resources.installLanguageData()
        // The same lowering context as `render` (the team's layouts too), so that the
        // audit accepts what render accepts.
        let context = try PlanPipeline(resources: resources, extraLayouts: extraLayouts).loweringContext(for: "")
        let audits = WorkerPool.map(count: inputs.count, workers: workers, makeState: { PlainLanguageScorer() }) { scorer, index in
            let input = inputs[index]
            switch PlanSource.read(path: input.path) {
            case .failure(let failure):
                return PlanAudit(
                    file: input.file, checked: CheckedPlan(plan: nil, diagnostics: failure.diagnostics), score: nil,
                    team: teamBy == nil ? input.team : nil)
            case .success(let text):
                var checked = checkPlan(text.file, context: context.forPlan(at: input.path))
                checked.diagnostics = text.warnings + checked.diagnostics
                let score = checked.plan.flatMap { scorer.score($0, allowances: checked.allowances, file: text.file) }
                let team = teamBy.map { key in checked.plan.flatMap { Self.detail(key, of: $0) } } ?? input.team
                return PlanAudit(file: input.file, checked: checked, score: score, team: team)
            }
        }
        return CaseloadAudit(
            title: title, label: label, plans: audits, caseload: caseload, groupCaseloads: groupCaseloads, sample: sample, teamBy: teamBy)
    }

    /// The report's PDF: figures only, no words from any plan.
    public func reportPDF(_ audit: CaseloadAudit, earlier: [CaseloadAudit], includeList: Bool = true) throws -> [UInt8] {
        let layout = AuditReport(audit: audit, earlier: earlier, includeList: includeList).layout
        let pipeline = try PlanPipeline(resources: resources, extraLayouts: extraLayouts)
        return try pipeline.draw(layout)
    }
}
