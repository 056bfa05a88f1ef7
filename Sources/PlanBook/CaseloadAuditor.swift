import BookletLayout
import Foundation
import PlanDiagnostics
import PlanModel

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

    /// Audits each plan; `file` names it in the report (its path below the folder it was found in).
    public func audit(_ inputs: [(path: String, file: String)], title: String) throws -> CaseloadAudit {
        try Resources.installLanguageData()
        // The same lowering context as `render` (the team's layouts too), so that the
        // audit accepts what render accepts.
        let context = try PlanBook(resources: resources, extraLayouts: extraLayouts).loweringContext(for: "")
        let audits = WorkerPool.map(count: inputs.count, workers: workers, makeState: { PlainLanguageScorer() }) { scorer, index in
            let input = inputs[index]
            switch PlanSource.read(path: input.path) {
            case .failure(let failure):
                return PlanAudit(file: input.file, checked: CheckedPlan(plan: nil, diagnostics: failure.diagnostics), score: nil)
            case .success(let text):
                var checked = checkPlan(text.file, context: context.forPlan(at: input.path))
                checked.diagnostics = text.warnings + checked.diagnostics
                let score = checked.plan.flatMap { scorer.score($0, allowances: checked.allowances, file: text.file) }
                return PlanAudit(file: input.file, checked: checked, score: score)
            }
        }
        return CaseloadAudit(title: title, plans: audits)
    }

    /// The report's PDF: figures only, no words from any plan.
    public func reportPDF(_ audit: CaseloadAudit, earlier: CaseloadAudit?) throws -> [UInt8] {
        let earlierMeasures = earlier?.measures
        let measures = audit.measures.enumerated().map { index, measure in
            AuditReportLayout.Measure(label: measure.label, percent: measure.percent, earlierPercent: earlierMeasures?[index].percent)
        }
        let summary = audit.summary
        let figures: [(String, String)] = [
            ("\(summary.plans)", "plans audited"),
            (AuditReportLayout.percent(summary.plainLanguage), "score 5 or more for plain language"),
            (AuditReportLayout.percent(summary.impactOfHarm), "describe the impact of harm on the child"),
            (AuditReportLayout.percent(summary.sharedWithChild), "were shared with the child"),
            (AuditReportLayout.percent(summary.childsVoice), "have the child's voice in them"),
            ("\(summary.withErrors)", "plans could not be read in full (errors)"),
        ]
        let attention = audit.plans.filter { !$0.gaps.isEmpty }.map { plan in
            [plan.file, plan.age.map(String.init) ?? "–", plan.plainLanguageScore.map { String(format: "%.1f", $0) } ?? "–",
             plan.gaps.joined(separator: ", ")]
        }
        let layout = AuditReportLayout(
            title: audit.title, earlierTitle: earlier?.title, figures: figures, measures: measures,
            distribution: summary.scoreDistribution, earlierDistribution: earlier?.summary.scoreDistribution,
            attention: attention, date: BookletLayoutEngine.fallbackDate
        )
        let planBook = try PlanBook(resources: resources, extraLayouts: extraLayouts)
        return try planBook.draw(layout)
    }
}
