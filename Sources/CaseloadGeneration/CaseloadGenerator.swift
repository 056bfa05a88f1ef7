import Foundation
import PlanBook

/// Writes N realistic, varied, made-up plans for tests and benchmarks: children
/// of every age, plans short and long, some shared and some not, some in plain
/// words and some full of jargon, in team folders. The same seed gives the same plans.
public struct CaseloadGenerator {
    public var seed: UInt64
    /// How many of the plans get a deliberate error (an age of 19).
    public var broken: Int

    public init(seed: UInt64 = 1, broken: Int = 0) {
        self.seed = seed
        self.broken = broken
    }

    /// The plans' relative paths and texts.
    public func plans(count: Int) -> [(path: String, text: String)] {
        var random = SplitMix64(seed: seed)
        let brokenIndexes = Set((0..<count).shuffled(using: &random).prefix(broken))
        return (0..<count).map { index in
            var plan = makePlan(index: index, random: &random)
            if brokenIndexes.contains(index) {
                plan = plan.replacingOccurrences(of: #"(?m)^age: \d+$"#, with: "age: 19", options: .regularExpression)
            }
            let team = Self.teams[index % Self.teams.count]
            return ("\(team)/plan-\(String(format: "%04d", index + 1)).plan", plan)
        }
    }

    /// Writes the plans under `folder`, each atomically.
    public func write(count: Int, to folder: String) throws {
        for plan in plans(count: count) {
            try AtomicFile.write(Array(plan.text.utf8), to: folder + "/" + plan.path)
        }
    }

    static let teams = ["north-team", "south-team", "east-team", "west-team"]
    static let children = [
        "Mia", "Jayden", "Amira", "Kacper", "Ellie", "Noah", "Zara", "Oliver", "Aisha", "Leo", "Maya", "Tyler", "Sofia", "Reuben", "Isla",
        "Darius", "Poppy", "Kai", "Lena", "Jamal",
    ]
    static let surnames = ["Thompson", "Nowak", "Hassan", "Walsh", "Okafor", "Singh", "Campbell", "Popescu", "Evans", "Begum"]
    static let workers = ["Sam Patel", "Grace Adeyemi", "Priya Nair", "Tom Reid", "Ewa Kowalska", "Hannah Byrne"]
    static let helpers = [
        "Gran", "Grandad", "Aunt Lucy", "Uncle Dev", "Nan", "Mrs Okafor", "Coach Danny", "Auntie Jade", "Mr Dunne", "Neighbour Pat",
    ]
    static let plainHarms = [
        ("Dad shouted and threw a plate at the wall.", "The child hid in the bedroom and could not sleep."),
        ("Mum drank a lot of wine and fell asleep on the sofa.", "The child made their own tea and was scared."),
        ("There was no food in the house for two days.", "The child was hungry at school."),
        ("Mum and her boyfriend had a fight in the kitchen.", "The child heard the shouting and cried."),
    ]
    static let jargonHarms = [
        "Parents were non-compliant with the safeguarding plan and failed to engage with CAMHS.",
        "Chaotic presentation of mother noted during unannounced home visit; threshold met for CP.",
        "Disguised compliance observed; child presents as withdrawn during contact.",
    ]
    static let worries = [
        "The grown-ups are worried that the child could get hurt if the shouting starts again.",
        "The grown-ups are worried that the child will not have food or clean clothes.",
        "Social care are concerned regarding the risk of significant harm in the home environment.",
        "There are worries that the child will be left alone at night.",
    ]
    static let strengths = [
        "Gran picks the child up from school every day.", "Mum takes the child swimming on Saturdays.",
        "Dad reads a story at bedtime.", "The child goes to football club every week.",
        "The family attends the multi-agency core group meetings.",
    ]
    static let steps = [
        ("Mum will not drink alcohol when the child is at home.", "Mum"), ("Gran will phone the social worker if she is worried.", "Gran"),
        ("Dad will go to the anger group every Thursday.", "Dad"), ("The school will check the child has had breakfast.", "Mrs Okafor"),
        ("Parents will facilitate engagement with the PLO process.", ""),
    ]
    static let quotes = [
        "I like it when Gran picks me up.", "I want everyone to be kind at home.", "I feel safe at Nan's house.",
        "I don't like the shouting.", "Football is the best thing.",
    ]

    /// A plan type, as workers write it (sometimes by its alias): child protection
    /// for about 40% of plans, looked after 30%, child in need 20%, team around
    /// the child 10%. Drawn from its own generator, so the rest of each plan is
    /// the same as before plan types were written.
    func planType(index: Int) -> String {
        var random = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(index))
        let roll = random.next() % 100
        let names =
            roll < 40
            ? ["child protection", "CP"]
            : roll < 70 ? ["looked after", "LAC", "CLA"] : roll < 90 ? ["child in need", "CIN"] : ["team around the child", "TAC"]
        return names[Int(random.next() % UInt64(names.count))]
    }

    private func pick<T>(_ items: [T], _ random: inout SplitMix64) -> T { items[Int(random.next() % UInt64(items.count))] }
    private func chance(_ percent: UInt64, _ random: inout SplitMix64) -> Bool { random.next() % 100 < percent }

    /// One to `most` different items, in a random order: a plan never says the same thing twice.
    private func some<T>(_ items: [T], upTo most: Int, _ random: inout SplitMix64) -> [T] {
        let count = Int(random.next() % UInt64(min(most, items.count))) + 1
        return Array(items.shuffled(using: &random).prefix(count))
    }

    private func makePlan(index: Int, random: inout SplitMix64) -> String {
        let child = pick(Self.children, &random)
        let age = Int(random.next() % 17) + 1
        let month = Int(random.next() % 12) + 1
        let day = Int(random.next() % 28) + 1
        let worker = pick(Self.workers, &random)
        var lines = [
            "# \(child)'s safety plan", "", "child: \(child) \(pick(Self.surnames, &random))", "age: \(age)",
            "written by: \(worker), social worker", "date: 2026-\(String(format: "%02d", month))-\(String(format: "%02d", day))",
        ]
        lines.append("plan type: \(planType(index: index))")
        if chance(70, &random) {
            lines.append(
                "shared with child: 2026-\(String(format: "%02d", month))-\(String(format: "%02d", min(28, day + 1))), read together at home"
            )
        }
        let jargon = chance(25, &random)
        lines += [
            "", "## Who is worried", "- \(worker.split(separator: " ").first!), social worker", "- Mrs Okafor, teacher", "",
            "## What happened",
        ]
        for _ in 0..<(Int(random.next() % 3) + 1) {
            if jargon {
                lines.append("- \(pick(Self.jargonHarms, &random))")
            } else {
                let harm = pick(Self.plainHarms, &random)
                lines.append("- \(harm.0)")
                if chance(80, &random) { lines.append("  impact: \(harm.1)") }
            }
        }
        lines += ["", "## Worries"] + some(Self.worries, upTo: 3, &random).map { "- " + $0 }
        lines += ["", "## Working well"] + some(Self.strengths, upTo: 4, &random).map { "- " + $0 }
        if chance(60, &random) { lines.append("> \"\(pick(Self.quotes, &random))\" (\(child))") }
        lines += ["", "## Next steps"]
        for step in some(Self.steps, upTo: 5, &random) {
            lines.append("- \(step.0)")
            if !step.1.isEmpty, chance(85, &random) { lines.append("  who: \(step.1)") }
            if chance(50, &random) { lines.append("  by: 2026-\(String(format: "%02d", min(12, month + 1)))-15") }
        }
        if chance(70, &random) {
            lines += [
                "", "## Safety scale", "question: How safe is \(child) at home?", "0: \(child) cannot live at home",
                "10: Everyone knows \(child) is safe", "- \(child): \(random.next() % 11)",
                "- \(worker.split(separator: " ").first!): \(random.next() % 11)",
            ]
        }
        lines += ["", "## Safety network"] + some(Self.helpers, upTo: 5, &random).map { "- \($0): checks in every week" }
        if age >= 6, chance(50, &random) {
            lines += [
                "", "## Three houses", "worries:", "- \(pick(["Shouting", "Being on my own", "Dad going away"], &random))",
                "good things:", "- \(pick(["Football", "Gran's cakes", "My dog"], &random))", "dreams:", "- Everyone being kind at home",
            ]
        }
        if age <= 8, chance(50, &random) {
            lines += [
                "", "## Words and pictures", "### Who is worried about \(child)?",
                "\(worker.split(separator: " ").first!) and Mrs Okafor are worried about \(child). [picture: people]",
                "### What happens next", "The grown-ups will keep \(child) safe. [picture: house]",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
