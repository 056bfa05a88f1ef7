import PlanDiagnostics
import PlanModel
import Testing

@Suite struct PlanTypeTests {
    private func check(_ planType: String) -> CheckedPlan {
        let text = "# T\nchild: A\nage: 5\nplan type: \(planType)\n## Worries\n- x\n"
        return checkPlan(SourceFile(path: "x", text: text), context: PlanModelTests.context)
    }

    @Test(arguments: [
        ("child protection", PlanType.childProtection), ("CP", .childProtection), ("cp", .childProtection),
        ("Child Protection Plan", .childProtection), ("LAC", .lookedAfter), ("CLA", .lookedAfter),
        ("looked-after", .lookedAfter), ("Looked after child", .lookedAfter), ("CIN", .childInNeed),
        ("child in need", .childInNeed), ("TAC", .teamAroundTheChild), ("Team Around the Child", .teamAroundTheChild),
        ("TAF", .teamAroundTheChild), ("early help", .earlyHelp), ("EH", .earlyHelp),
    ])
    func namesAndAliasesAreReadWhateverTheirCase(value: String, type: PlanType) {
        let checked = check(value)
        #expect(!checked.hasErrors, "\(checked.diagnostics.map(\.message))")
        #expect(checked.plan?.planType == type)
    }

    @Test func aPlanWithoutAPlanTypeHasNone() {
        let checked = checkPlan(SourceFile(path: "x", text: "# T\nchild: A\nage: 5\n## Worries\n- x\n"), context: PlanModelTests.context)
        #expect(!checked.hasErrors)
        #expect(checked.plan?.planType == nil)
    }

    @Test func anUnknownPlanTypeIsAnErrorThatSuggestsTheClosest() throws {
        let checked = check("child protecton")
        let diagnostic = try #require(checked.diagnostics.first)
        #expect(diagnostic.code == "PB220")
        #expect(diagnostic.name == "unknown-plan-type")
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "'child protecton' is not a plan type — did you mean 'child protection'?")
        #expect(diagnostic.fixes.first?.replacement == "child protection")
        #expect(checked.plan?.planType == nil)
    }

    @Test func aValueFarFromEveryTypeListsThemAll() throws {
        let diagnostic = try #require(check("respite").diagnostics.first)
        #expect(diagnostic.message == "'respite' is not a plan type")
        #expect(diagnostic.help?.contains("child protection, looked after, child in need, team around the child, early help") == true)
    }

    @Test func noAliasNamesTwoTypes() {
        var seen: [String: PlanType] = [:]
        for type in PlanType.allCases {
            for name in [type.name] + type.aliases {
                #expect(PlanType(named: name) == type, "\(name)")
                #expect(seen.updateValue(type, forKey: name.lowercased()) == nil, "\(name) is given twice")
            }
        }
    }
}
