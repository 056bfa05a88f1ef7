import BookletLayout

/// Turns an audit (and earlier ones) into the report's layout: figures,
/// labels and file names only, never a child's name or a word of a plan.
struct AuditReport {
    var audit: CaseloadAudit
    var earlier: [CaseloadAudit]
    var includeList: Bool

    var layout: AuditReportLayout {
        let summary = audit.summary
        let previous = earlier.last
        let measures = AuditMeasure.allCases.map { measure in
            AuditReportLayout.Measure(label: measure.label, percent: summary[measure].percent, earlierPercent: previous?.summary[measure].percent)
        }
        let figures: [(String, String)] = [
            ("\(summary.plans)", "plans audited"),
            (AuditFigure.percentText(summary[.plainLanguage].percent), "score 5 or more for plain language"),
            (AuditFigure.percentText(summary[.impactOfHarm].percent), "describe the impact of harm on the child"),
            (AuditFigure.percentText(summary[.sharedWithChild].percent), "were shared with the child"),
            (AuditFigure.percentText(summary[.childsVoice].percent), "have the child's voice in them"),
            ("\(summary.withErrors)", "plans could not be read in full (errors)"),
        ]
        let attention = includeList ? audit.plans.filter { !$0.gaps.isEmpty }.map { plan in
            [plan.file, plan.age.map(String.init) ?? "–", plan.plainLanguageScore.map { String(format: "%.1f", $0) } ?? "–",
             plan.gaps.joined(separator: ", ")]
        } : []
        return AuditReportLayout(
            title: audit.title, label: audit.label, earlierTitle: previous?.label, figures: figures, measures: measures,
            distribution: summary.scoreDistribution, earlierDistribution: previous?.summary.scoreDistribution,
            attention: attention, date: BookletLayoutEngine.fallbackDate
        )
    }
}
