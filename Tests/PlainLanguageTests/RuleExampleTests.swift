import Foundation
import PlanDiagnostics
import Testing

@testable import PlainLanguage

/// Every rule's own examples, run through the registry: the triggering ones
/// must be reported and the others not.
@Suite struct RuleExampleTests {
    init() { _ = LintTesting.installData }

    static let rules = Array(LintTesting.rules.descriptions.prefix(RuleRegistry.rules.count))

    @Test(arguments: rules)
    func triggeringExamplesAreReportedAtTheirMarkedSpans(rule: RuleDescription) throws {
        #expect(!rule.documentation.triggering.isEmpty)
        for example in rule.documentation.triggering {
            let (text, spans) = try Self.marked(example)
            #expect(!spans.isEmpty, "\(rule.name): mark the span it reports between « and »: \(example)")
            let found = LintTesting.findings(rule.name, in: text, target: RuleDescription.examplesAudience).map(\.range).sorted {
                $0.start < $1.start
            }
            if let reason = Self.knownSpanIssues[example] {
                withKnownIssue(Comment(rawValue: reason)) { #expect(found == spans) }
            } else {
                #expect(found == spans, "\(rule.name): \(example) → \(found.map { Self.marking($0, in: text) })")
            }
        }
    }

    @Test func markedSpansAreReadExactly() throws {
        let (text, spans) = try Self.marked("Mia saw «CAMHS» and «the FRT».")
        #expect(text == "Mia saw CAMHS and the FRT.")
        #expect(spans == [SourceRange(start: 8, end: 13), SourceRange(start: 18, end: 25)])
        #expect(Self.marking(spans[1], in: text) == "Mia saw CAMHS and «the FRT».")
        #expect(throws: MarkerError.self) { try Self.marked("Mia «saw") }
        #expect(throws: MarkerError.self) { try Self.marked("Mia » saw") }
    }

    struct MarkerError: Error {}

    /// Examples whose finding is known to be in the wrong place, with why. Fix
    /// the rule, then delete the entry (withKnownIssue fails once it passes).
    static let knownSpanIssues: [String: String] = [:]

    /// The text without its `«` `»` markers, and the byte ranges they mark.
    static func marked(_ example: String) throws -> (text: String, spans: [SourceRange]) {
        var text = ""
        var spans: [SourceRange] = []
        var open: Int?
        for character in example {
            switch character {
            case "«":
                guard open == nil else { throw MarkerError() }
                open = text.utf8.count
            case "»":
                guard let start = open else { throw MarkerError() }
                spans.append(SourceRange(start: start, end: text.utf8.count))
                open = nil
            default:
                text.append(character)
            }
        }
        guard open == nil else { throw MarkerError() }
        return (text, spans)
    }

    /// The text with one range marked, to show where a finding is.
    static func marking(_ range: SourceRange, in text: String) -> String {
        let bytes = Array(text.utf8)
        let start = min(max(0, range.start), bytes.count)
        let end = min(max(start, range.end), bytes.count)
        return String(decoding: bytes[..<start], as: UTF8.self) + "«" + String(decoding: bytes[start..<end], as: UTF8.self) + "»"
            + String(decoding: bytes[end...], as: UTF8.self)
    }

    @Test(arguments: rules)
    func nonTriggeringExamplesAreNot(rule: RuleDescription) {
        #expect(!rule.documentation.nonTriggering.isEmpty)
        for example in rule.documentation.nonTriggering {
            let findings = LintTesting.findings(rule.name, in: example, target: RuleDescription.examplesAudience)
            #expect(findings.isEmpty, "\(rule.name): \(example) → \(findings.map(\.message))")
        }
    }

    @Test(arguments: rules)
    func explanationsSayWhatWhyAndInstead(rule: RuleDescription) {
        for part in ["What it checks", "Why it matters to children and families", "Example", "Write instead", rule.code, rule.name] {
            #expect(rule.explanation.contains(part))
        }
    }

    @Test func codesAndNamesAreUniqueAndStable() {
        let all = LintTesting.rules.descriptions
        #expect(Set(all.map(\.code)).count == all.count)
        #expect(Set(all.map(\.name)).count == all.count)
        #expect(
            all.map { "\($0.code) \($0.name)" } == [
                "PL101 jargon", "PL102 acronym", "PL103 judgemental", "PL104 complex-word", "PL201 long-sentence",
                "PL202 passive-voice", "PL301 reading-age", "PL001 unreadable-file", "PL002 not-a-plan", "PL003 not-english",
                "PL004 text-too-large", "PL005 word-part-too-large", "PL006 not-a-regular-file",
            ])
        #expect(all.allSatisfy { $0.code.hasPrefix("PL") })
    }

    @Test func rulesAreFoundByNameOrCode() {
        #expect(RuleRegistry.rule(named: "jargon")?.identity.code == "PL101")
        #expect(RuleRegistry.rule(named: "pl202")?.identity.name == "passive-voice")
        #expect(RuleRegistry.rule(named: "nonsense") == nil)
        #expect(LintTesting.rules.description(named: "PL006")?.name == "not-a-regular-file")
        #expect(LintTesting.rules.description(named: "Unreadable-File")?.code == "PL001")
        #expect(LintTesting.rules.description(named: "nonsense") == nil)
    }

    /// `rules.json` must describe every rule and file problem once, and nothing else.
    @Test func theCatalogueRefusesMissingExtraAndTwiceDescribedRules() throws {
        let path = LintTesting.repositoryRoot.appendingPathComponent("Sources/PlainLanguage/Resources/rules.json")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [[String: Any]])
        func catalogue(_ entries: [[String: Any]]) throws -> RuleCatalogue {
            try RuleCatalogue(json: [UInt8](JSONSerialization.data(withJSONObject: entries)))
        }
        #expect(try catalogue(entries).descriptions.map(\.code) == RuleRegistry.identities.map(\.code))
        #expect(throws: RuleCatalogue.Problem.self) { try catalogue(entries.filter { $0["code"] as? String != "PL104" }) }
        #expect(throws: RuleCatalogue.Problem.self) { try catalogue(entries + [entries[0]]) }
        var extra = entries[0]
        extra["code"] = "PL999"
        #expect(throws: RuleCatalogue.Problem.self) { try catalogue(entries + [extra]) }
        #expect(throws: RuleCatalogue.Problem.self) { try RuleCatalogue(json: Array("{}".utf8)) }
    }

    @Test func longSentenceLimitFollowsTheAudience() {
        let sixteen = "Mia will stay with her Gran for a few weeks while Dad goes to the group."
        #expect(LintTesting.findings("long-sentence", in: sixteen, target: .target(for: .child, childAge: 7)).count == 1)
        #expect(LintTesting.findings("long-sentence", in: sixteen, target: .target(for: .parent)).isEmpty)
    }

    @Test func acronymsAreReportedOnceAndNotWhenSpelledOut() {
        let text = "Mia saw CAMHS. CAMHS will phone. The Family Rehabilitation Team (FRT) came. The FRT left."
        let findings = LintTesting.findings("acronym", in: text)
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("CAMHS") == true)
    }

    @Test func contextDecidesWhetherContactIsJargon() {
        #expect(LintTesting.findings("jargon", in: "Keira has contact with Mum.").count == 1)
        #expect(LintTesting.findings("jargon", in: "Supervised contact is on Fridays.").count == 1)
        #expect(LintTesting.findings("jargon", in: "Contact me on this number.").isEmpty)
        #expect(LintTesting.findings("jargon", in: "Please keep in contact with school.").isEmpty)
    }

    @Test func findingsOfferTheFirstPlainWordAsAFix() {
        let findings = LintTesting.findings("complex-word", in: "We will commence soon.")
        #expect(findings.first?.fixes.first?.replacement == "start")
        let capitalised = LintTesting.findings("complex-word", in: "Commence the visits.")
        #expect(capitalised.first?.fixes.first?.replacement == "Start")
    }

    @Test func readingAgeDependsOnTheTarget() {
        let text = "Following consideration of the information available, the conference determined that intervention is necessary."
        #expect(LintTesting.findings("reading-age", in: text, target: .target(for: .professional)).count == 1)
        #expect(LintTesting.findings("reading-age", in: "Gran came. We had tea.", target: .target(for: .child, childAge: 6)).isEmpty)
    }
}
