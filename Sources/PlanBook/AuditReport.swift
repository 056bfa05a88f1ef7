import BookletLayout
import Foundation
import PlainLanguage

/// Turns an audit (and earlier ones) into the report's layout: figures,
/// labels and file names only, never a child's name or a word of a plan.
struct AuditReport {
    var audit: CaseloadAudit
    /// Earlier audits, oldest first.
    var earlier: [CaseloadAudit]
    var includeList: Bool

    var layout: AuditReportLayout {
        let summary = audit.summary
        let audits = earlier + [audit]
        let previous = earlier.last
        let measures = AuditMeasure.allCases.map { measure in
            AuditReportLayout.Measure(
                label: measure.label, values: audits.map { Self.value($0.summary.figures[measure]) },
                mark: previous.flatMap { Self.mark(summary[measure], against: $0.summary[measure], label: $0.label) })
        }
        return AuditReportLayout(
            title: audit.title, subtitle: subtitle, method: method, figures: figures, counted: counted,
            series: audits.map(\.label), measures: measures, measureNames: AuditMeasure.allCases.map(\.shortLabel),
            groupings: AuditGrouping.allCases.map(grouping), distributions: audits.map(\.summary.scoreDistribution),
            notes: notes, attention: includeList ? attention : nil, date: BookletLayoutEngine.fallbackDate
        )
    }

    var subtitle: String {
        let compared = earlier.isEmpty ? "" : ", compared with " + earlier.map(\.label).joined(separator: " and ")
        return "Casefile audit of safety plans: \(audit.label)\(compared)"
    }

    var method: [String] {
        var lines: [String] = []
        if let sample = audit.sample {
            lines.append(sample.sentence)
        } else {
            lines.append("Every plan found was audited: \(audit.summary.plans) plans.")
        }
        var reading =
            "Each figure is the share of the plans that could answer it, with how many that is (62% is 50 of 80 plans), and its 95% interval: the range the figure for all plans very likely lies in."
        if let caseload = audit.summary.caseload {
            reading +=
                caseload == audit.summary.plans
                ? " These plans are the whole caseload, so the figures have no sampling error."
                : " The intervals allow for the caseload of \(caseload) plans these stand for."
        }
        lines.append(reading)
        return lines
    }

    var figures: [(value: String, label: String)] {
        let summary = audit.summary
        func tile(_ measure: AuditMeasure, _ label: String) -> (String, String) {
            let figure = summary[measure]
            let range = figure.intervalText.map { " (95%: \($0))" } ?? ""
            return (AuditFigure.percentText(figure.percent), "\(label): \(figure.yes ?? 0) of \(figure.of ?? 0) plans\(range)")
        }
        let audited = audit.sample.map { "of \($0.from) plans were drawn and audited" } ?? "plans audited"
        return [
            ("\(summary.plans)", audited),
            tile(.plainLanguage, "plain language"),
            tile(.impactOfHarm, "impact of harm described"),
            tile(.sharedWithChild, "shared with the child"),
            tile(.childsVoice, "child's voice heard"),
            tile(.nextStepsHaveWho, "every next step says who"),
        ]
    }

    var counted: [String] {
        let summary = audit.summary
        var lines: [String] = []
        lines.append(
            summary.withErrors == 0
                ? "Every plan was read in full."
                : "\(Self.plans(summary.withErrors)) could not be read in full (they have errors): each is left out of the measures its errors touch, and listed in the appendix."
        )
        if summary.notScored > 0 {
            let languages = Set(audit.plans.filter { $0.readInFull && $0.isUnscored }.map { LanguageName.of($0.language ?? "") }).sorted()
            lines.append(
                "\(Self.plans(summary.notScored)) in a language with no readability measure yet (\(languages.joined(separator: ", "))): "
                    + "left out of the plain-language figure, not counted as not plain.")
        }
        return lines
    }

    func grouping(_ grouping: AuditGrouping) -> AuditReportLayout.Grouping {
        let groups = audit.groups(by: grouping).sorted { $0.summary.plans > $1.summary.plans }
        let ordered = grouping == .planType ? audit.groups(by: grouping) : groups
        let rows = ordered.map { name, summary in
            AuditReportLayout.Group(
                name: name, plans: summary.plans,
                values: AuditMeasure.allCases.map { summary[$0].of == 0 ? nil : Self.value(summary[$0]) },
                counts: AuditMeasure.allCases.map { "\(summary[$0].yes ?? 0) of \(summary[$0].of ?? 0)" }
            )
        }
        var note: String
        switch grouping {
        case .planType:
            note = "Each plan's type is the 'plan type' it gives; plans that give none are under '\(AuditGrouping.notStated)'."
        case .team:
            note =
                audit.teamBy.map { "Each plan's team is its '\($0)' detail." }
                ?? "Each plan's team is the folder it is in; plans in no team folder are under '\(AuditGrouping.noTeam)'."
        }
        if audit.sample?.by == grouping {
            note +=
                " The sample was split equally across \(grouping == .planType ? "plan types" : "teams"), so the figures for all plans count a small group more than its share of the caseload: read each group's own figures."
        }
        note += " Under each figure: how many plans had it, of how many could answer. A dash: no plan of the group could answer."
        return AuditReportLayout.Grouping(title: "By \(grouping.label)", note: note, groups: rows)
    }

    var notes: [String] {
        var notes = [
            "A percentage's denominator is the plans that could answer the question. A plan with errors is left out of the measures its errors touch; a plan in a language with no readability measure yet is left out of the plain-language figure only.",
            "The 95% interval is the Wilson score interval\(audit.summary.caseload == nil ? "" : ", with the finite-population correction for the size of the caseload"). A figure from few plans has a wide interval.",
        ]
        if !earlier.isEmpty {
            notes.append(
                "A measure is marked as clearly higher or lower than \(earlier.last!.label) only when the two intervals do not overlap; smaller differences may be chance."
            )
        }
        notes.append("Plain language: a plan scores 5 or more out of 10 for the child's reading age.")
        notes.append(
            "This report holds figures and file names only: no child's name and no words from any plan. A file name that holds the child's name is shown as its row in the CSV."
        )
        return notes
    }

    /// The plans that need attention, by team; a file named after the child is shown by its CSV row.
    var attention: [AuditReportLayout.AttentionGroup] {
        let rowsInCSV = Dictionary(uniqueKeysWithValues: audit.plans.enumerated().map { ($1.file, $0 + 2) })
        let needing = audit.plans.filter { !$0.gaps.isEmpty }
        let byTeam = Dictionary(grouping: needing, by: AuditGrouping.team.group(of:))
        return AuditGrouping.team.ordered(byTeam.keys).map { team in
            AuditReportLayout.AttentionGroup(
                team: team,
                rows: byTeam[team]!.map { plan in
                    let name = Self.holdsChildsName(plan) ? "CSV row \(rowsInCSV[plan.file] ?? 0)" : plan.file
                    return [
                        name, plan.age.map(String.init) ?? "–", plan.plainLanguageScore.map { String(format: "%.1f", $0) } ?? "–",
                        plan.gaps.joined(separator: ", "),
                    ]
                })
        }
    }

    /// Whether a plan's file path may hold the child's name: it holds a part of
    /// the name (three letters or more), or the name is in a script whose
    /// spelling in Latin letters cannot be told, or the plan could not be read.
    static func holdsChildsName(_ plan: PlanAudit) -> Bool {
        guard let child = plan.child, child.allSatisfy({ $0.isASCII || !$0.isLetter }) else { return true }
        let path = plan.file.lowercased()
        let parts = child.lowercased().split { !$0.isLetter }.filter { $0.count >= 3 }
        return parts.contains { path.contains($0) }
    }

    static func value(_ figure: AuditFigure?) -> AuditReportLayout.Value? {
        guard let figure else { return nil }
        return AuditReportLayout.Value(percent: figure.percent, low: figure.ci95?.first, high: figure.ci95?.last, text: figure.text)
    }

    static func mark(_ now: AuditFigure, against then: AuditFigure, label: String) -> String? {
        guard now.differsClearly(from: then) else { return nil }
        return now.percent > then.percent ? "▲ clearly higher than \(label)" : "▼ clearly lower than \(label)"
    }

    static func plans(_ count: Int) -> String { count == 1 ? "1 plan" : "\(count) plans" }
}
