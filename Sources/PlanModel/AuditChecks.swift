import PlanDiagnostics

/// The warnings a casefile audit would raise about a valid plan.
struct AuditChecks {
    let plan: SafetyPlan

    func warnings() -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let titleRange = plan.title.range
        if plan.sharedWithChild == nil {
            warnings.append(ModelDiagnostics.notShared(at: titleRange))
        }
        for item in plan.section(.whatHappened)?.items ?? [] where item.impact == nil {
            warnings.append(ModelDiagnostics.missingImpact(at: item.text.range))
        }
        for item in plan.section(.nextSteps)?.items ?? [] where item.who.isEmpty {
            warnings.append(ModelDiagnostics.nextStepWithoutWho(at: item.text.range))
        }
        if !hasChildsVoice {
            warnings.append(ModelDiagnostics.noChildsVoice(plan.childFirstName, at: titleRange))
        }
        return warnings
    }

    /// A quote anywhere, the three houses, or a rating given by the child.
    var hasChildsVoice: Bool {
        plan.hasQuote || plan.hasThreeHouses || plan.childRatedSafety
    }
}
