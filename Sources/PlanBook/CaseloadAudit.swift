import Foundation
import PlanDiagnostics
import PlanModel

/// A caseload's audit: every plan's answers, the figures for all of them, and
/// the figures for each plan type and each team.
public struct CaseloadAudit: Codable, Sendable {
    public var title: String
    /// What names this audit beside others: by default the year of the newest plan.
    public var label: String
    /// How the plans were drawn, when they are a sample.
    public var sample: SampleDescription?
    public var plans: [PlanAudit]
    public var summary: AuditSummary
    /// `plan_type` and `team`, each group by its canonical name.
    public var groups: [AuditGrouping: [String: AuditSummary]]
    /// The detail that named each plan's team (`--team-by`); nil when teams are folders.
    public var teamBy: String?

    enum CodingKeys: String, CodingKey {
        case title, label, sample, plans, summary, groups
        case teamBy = "team_by"
    }

    /// `caseload` is how many plans the audited ones stand for, when known;
    /// `groupCaseloads` the same for each group (from the folder a sample was drawn from).
    public init(
        title: String, label: String? = nil, plans: [PlanAudit], caseload: Int? = nil,
        groupCaseloads: [AuditGrouping: [String: Int]] = [:], sample: SampleDescription? = nil, teamBy: String? = nil
    ) {
        self.title = title
        self.teamBy = teamBy
        self.plans = plans.sorted { $0.file < $1.file }
        self.sample = sample
        self.label = label ?? Self.defaultLabel(plans: plans, title: title)
        summary = AuditSummary(plans: plans, caseload: caseload)
        var groups: [AuditGrouping: [String: AuditSummary]] = [:]
        for grouping in AuditGrouping.allCases {
            let byGroup = Dictionary(grouping: plans, by: grouping.group(of:))
            groups[grouping] = byGroup.mapValues { members in
                AuditSummary(plans: members, caseload: groupCaseloads[grouping]?[grouping.group(of: members[0])])
            }
        }
        self.groups = groups
    }

    /// The year of the newest plan date, or the title when no plan has a date.
    static func defaultLabel(plans: [PlanAudit], title: String) -> String {
        plans.compactMap { $0.date?.prefix(4) }.max().map(String.init) ?? title
    }

    /// The groups of a grouping in report order, with their figures.
    public func groups(by grouping: AuditGrouping) -> [(name: String, summary: AuditSummary)] {
        let found = groups[grouping] ?? [:]
        return grouping.ordered(found.keys).map { ($0, found[$0]!) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(label, forKey: .label)
        try container.encode(sample, forKey: .sample)
        try container.encode(teamBy, forKey: .teamBy)
        try container.encode(plans, forKey: .plans)
        try container.encode(summary, forKey: .summary)
        try container.encode(Dictionary(uniqueKeysWithValues: groups.map { ($0.key.rawValue, $0.value) }), forKey: .groups)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        plans = try container.decode([PlanAudit].self, forKey: .plans)
        label = try container.decodeIfPresent(String.self, forKey: .label) ?? Self.defaultLabel(plans: plans, title: title)
        sample = try container.decodeIfPresent(SampleDescription.self, forKey: .sample)
        teamBy = try container.decodeIfPresent(String.self, forKey: .teamBy)
        summary = try container.decode(AuditSummary.self, forKey: .summary)
        let raw = try container.decodeIfPresent([String: [String: AuditSummary]].self, forKey: .groups) ?? [:]
        groups = Dictionary(uniqueKeysWithValues: raw.compactMap { key, value in AuditGrouping(rawValue: key).map { ($0, value) } })
    }

    /// The CSV: the header the audit team expects (with plan type, team and
    /// whether it was read in full added at the end), then a row a plan. An
    /// answer a plan could not give is left empty, never written as "no".
    public var csv: String {
        var lines = [
            "file,child,age,plain_language_score,impact_of_harm,shared_with_child,childs_voice,next_steps_have_who,safety_scale,errors,plan_type,team,read_in_full,scored"
        ]
        func yes(_ plan: PlanAudit, _ measure: AuditMeasure) -> String { plan.answer(measure).map { $0 ? "yes" : "no" } ?? "" }
        for plan in plans {
            let fields = [
                Self.csvField(plan.file), Self.csvField(plan.child ?? ""), plan.age.map(String.init) ?? "",
                plan.plainLanguageScore.map { String(format: "%.1f", $0) } ?? "",
                yes(plan, .impactOfHarm), yes(plan, .sharedWithChild), yes(plan, .childsVoice), yes(plan, .nextStepsHaveWho),
                yes(plan, .safetyScale),
                String(plan.errors), Self.csvField(plan.planType ?? ""), Self.csvField(plan.team ?? ""),
                plan.readInFull ? "yes" : "no", plan.isUnscored ? "no" : (plan.plainLanguageScore == nil ? "" : "yes"),
            ]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The summary CSV: a row a measure for the caseload, each plan type and each
    /// team, with its counts, denominator and 95% interval.
    public var summaryCSV: String {
        var lines = ["label,grouping,group,plans,with_errors,not_scored,measure,yes,of,percent,ci95_low,ci95_high"]
        func rows(_ grouping: String, _ group: String, _ summary: AuditSummary) {
            for measure in AuditMeasure.allCases {
                let figure = summary[measure]
                let cells: [String] = [
                    Self.csvField(label), grouping, Self.csvField(group), String(summary.plans), String(summary.withErrors),
                    String(summary.notScored),
                    measure.rawValue, figure.yes.map(String.init) ?? "", figure.of.map(String.init) ?? "",
                    AuditFigure.number(figure.percent),
                    figure.ci95.map { AuditFigure.number($0[0]) } ?? "", figure.ci95.map { AuditFigure.number($0[1]) } ?? "",
                ]
                lines.append(cells.joined(separator: ","))
            }
        }
        rows("all", "all", summary)
        for grouping in AuditGrouping.allCases {
            for (name, summary) in groups(by: grouping) { rows(grouping.rawValue, name, summary) }
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
