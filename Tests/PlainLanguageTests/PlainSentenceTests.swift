import Testing

@testable import PlainLanguage

/// Plain sentences, of the kind a good plan is made of, give no jargon,
/// acronym or judgemental finding.
@Suite struct PlainSentenceTests {
    init() { _ = LintTesting.installData }

    static let sentences = [
        "Gran picks Mia up from school every day.",
        "Dad will phone Sam if he is worried about Mia.",
        "Mum has not had a drink for three weeks.",
        "Mia sees her brothers and sisters every Saturday.",
        "Jayden lives with his foster family in Leeds.",
        "Please contact me if you are worried.",
        "The police came to the house at night.",
        "Mum and Dad had a big fight in the kitchen.",
        "Nan will take Poppy to nursery on school days.",
        "Mrs Hale will meet Jayden every Monday morning.",
        "Mia's teacher says she is doing well in reading.",
        "We will meet again in two weeks to see how things are going.",
        "Keira will spend family time with Mum at the centre.",
        "Dad says he only drinks at weekends.",
        "Mum did not come to the meeting on Tuesday.",
        "Amira watched TV with her Gran after tea.",
        "The doctor looked at Mia's foot and put a bandage on it.",
        "Sam is Mia's social worker and visits every two weeks.",
        "Mum goes to a group called Fresh Start every Tuesday.",
        "If Dad has been drinking, Mia will phone Nana Rose.",
        "Jayden left the house without telling anyone.",
        "Everyone agreed that Mia can stay at Gran's house for now.",
        "Mia was scared when Dad did not wake up.",
        "Kacper likes football and his dog, Biscuit.",
        "The judge will decide where Mia lives.",
        "Dad hit the wall and broke a cup.",
        "Gran is worried that Dad will drink again.",
        "Poppy goes to bed at seven o'clock.",
        "Ellie's nursery opens at eight in the morning.",
        "We all want Mia to be safe and happy at home.",
    ]

    @Test(arguments: sentences)
    func noJargonAcronymOrBlame(sentence: String) {
        for rule in ["jargon", "acronym", "judgemental"] {
            for audience in Audience.allCases {
                let findings = LintTesting.findings(rule, in: sentence, target: .target(for: audience, childAge: 8))
                #expect(findings.isEmpty, "\(rule) for \(audience): \(findings.map(\.message))")
            }
        }
    }
}
