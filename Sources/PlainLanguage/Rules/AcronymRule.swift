import PlanDiagnostics

/// `acronym`: letters standing for words, not spelled out where first used.
public struct AcronymRule: LintRule {
    public init() {}

    public let description = RuleDescription(
        code: "PL102", name: "acronym", severity: .warning,
        summary: "An acronym that is not spelled out where it is first used.",
        checks: """
        The first use of each acronym: those in the word list (LAC, CP, CIN, SCRA, ICPC, PLO, CAMHS, \
        MASH, EHCP, GIRFEC…) and any other word of two to six capital letters. It is explained when \
        its words are written out before it or around its first use — "Child and Adolescent Mental \
        Health Services (CAMHS)" or "CAMHS (Child and Adolescent Mental Health Services)" — and then \
        not reported again. Acronyms everyone knows (TV, NHS, GP, UK…) and words in a line of \
        capitals are left alone.
        """,
        why: """
        Families meet dozens of services, each known by its letters. An acronym a parent does not \
        know turns a sentence into a puzzle, and a child has no way to look it up. Spelled out once, \
        or replaced by everyday words ("the children's mental health team"), it can be understood.
        """,
        example: "The ICPC agreed a CPP and a referral to CAMHS.",
        instead: """
        At the child protection conference (a meeting about keeping Mia safe) everyone agreed a \
        plan. Mia will see someone from the children's mental health team.
        """,
        triggering: [
            "Mia was referred to CAMHS last week.",
            "The ICPC is on Monday.",
            "The FRT will visit on Tuesday.",
        ],
        nonTriggering: [
            "Mia will see the Child and Adolescent Mental Health Services (CAMHS) team. CAMHS will phone Dad.",
            "The Family Rehabilitation Team (FRT) will visit. The FRT will bring toys.",
            "Mia watched TV and saw her GP.",
            "BACKGROUND TO THE REFERRAL",
        ]
    )

    private static let stopWords: Set<String> = ["and", "of", "the", "for", "in", "to", "&", "a", "on", "at", "with"]
    private static let romanNumerals: Set<String> = ["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX"]

    public func findings(in context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var seen: Set<String> = []
        var seenEntries: Set<Int> = []
        for match in context.matches where match.rule == description.name {
            guard seenEntries.insert(match.entryIndex).inserted else { continue }
            let entry = match.entry
            guard seen.insert(entry.term.uppercased()).inserted else { continue }
            if let expansion = entry.expansion, isSpelledOut(expansion, before: match, context: context) { continue }
            let written = context.source(match.range)
            let replacements = context.replacements(for: match)
            findings.append(description.finding(
                "'\(written)' is an acronym \(WordListFindings.reader(context.target)) may not know, and it is not spelled out",
                at: match.range, severity: entry.severity, help: help(for: entry, replacements: replacements, audience: context.target.audience),
                fixes: WordListFindings.fixes(for: entry, replacements: replacements)
            ))
        }
        for (index, word) in context.text.words.enumerated() where word.casing == .allCaps && !context.listedWords[index] {
            let written = word.text(in: context.text.file)
            let letters = written.hasSuffix("s") ? String(written.dropLast()) : written
            guard (2...6).contains(letters.count), !Self.romanNumerals.contains(letters),
                  !context.wordList.wellKnownAcronyms.contains(letters), !context.wordList.wellKnownAcronyms.contains(written),
                  !isShouted(sentence: word.sentence, context: context),
                  seen.insert(letters.uppercased()).inserted,
                  !initialsExplain(letters, at: index, context: context) else { continue }
            findings.append(description.finding(
                "'\(written)' is an acronym \(WordListFindings.reader(context.target)) may not know, and it is not spelled out",
                at: word.range,
                help: "Write its words out the first time, 'Words In Full (\(letters))', or use everyday words."
            ))
        }
        return findings
    }

    private func help(for entry: WordListEntry, replacements: [Replacement], audience: Audience) -> String {
        var help = WordListFindings.help(for: entry, replacements: replacements, audience: audience)
        if let expansion = entry.expansion, entry.plain != nil || entry.advice != nil {
            help += " (\(entry.term) stands for \(expansion).)"
        }
        return help
    }

    /// Whether the expansion's words stand before the end of the sentence of first use.
    private func isSpelledOut(_ expansion: String, before match: WordListMatch, context: RuleContext) -> Bool {
        let words = CompiledWordList.units(of: expansion).map(Inflections.forms(of:))
        guard let first = words.first else { return false }
        let units = context.units
        let keys = context.text.lexicon.keys
        var position = 0
        while position < units.count, units[position].sentence <= match.sentence {
            if first.contains(keys[units[position].form]) {
                var matched = true
                for (offset, forms) in words.enumerated().dropFirst() {
                    let at = position + offset
                    guard at < units.count, forms.contains(keys[units[at].form]) else {
                        matched = false
                        break
                    }
                }
                if matched { return true }
            }
            position += 1
        }
        return false
    }

    /// Whether the words just before or just after an acronym start with its letters.
    private func initialsExplain(_ letters: String, at index: Int, context: RuleContext) -> Bool {
        let target = Array(letters.uppercased())
        let word = context.text.words[index]
        let keys = context.text.lexicon.keys
        let units = context.units.filter { $0.sentence == word.sentence && $0.word != index && !Self.stopWords.contains(keys[$0.form]) }
        let before = units.filter { $0.word < index }.suffix(target.count).compactMap { keys[$0.form].first?.uppercased().first }
        let after = units.filter { $0.word > index }.prefix(target.count).compactMap { keys[$0.form].first?.uppercased().first }
        return before == target || after == target
    }

    /// Whether most words of the sentence are in capitals (a heading).
    private func isShouted(sentence: Int, context: RuleContext) -> Bool {
        let words = context.text.words(inSentence: sentence).filter { $0.letters > 0 }
        let capitals = words.filter { $0.casing == .allCaps || ($0.casing == .capitalised && $0.letters == 1) }.count
        return words.count > 1 && capitals * 5 >= words.count * 3
    }
}
