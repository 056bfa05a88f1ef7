import PlanDiagnostics
import PlanModel

/// The texts of a safety plan that the child and family will read: the
/// title, every item and its impact, people's names and what they do, quotes,
/// the safety scale's question and its two ends, the three houses, the Safety house, and the
/// story's page titles and lines. Details, comments, attributes such as
/// `who:` and `by:`, pictures and section headings are not read.
public enum PlanExtractor {
    /// Checks a plan and gives the texts its child and family will read.
    public static func document(_ file: SourceFile) -> LintDocument {
        let checked = checkPlan(file, context: LoweringContext(pictureNames: [], layoutNames: [], pictureFolder: nil))
        guard let plan = checked.plan else {
            return LintDocument(
                file: file, kind: .plan, pieces: [], allowances: checked.allowances, problems: [FileProblems.missingPlanParts()])
        }
        return document(plan: plan, allowances: checked.allowances, file: file)
    }

    /// The document for a plan that has already been checked.
    public static func document(plan: SafetyPlan, allowances: LintAllowances, file: SourceFile) -> LintDocument {
        let texts = readTexts(of: plan).sorted { $0.range.start < $1.range.start }
        var pieces: [ProsePiece] = []
        for text in texts {
            let aligned = align(text, in: file)
            for (index, range) in aligned.enumerated() {
                pieces.append(ProsePiece(range: range, endsBlock: index == aligned.count - 1))
            }
        }
        return LintDocument(
            file: file, kind: .plan, pieces: pieces, childAge: plan.age, readingAge: plan.readingAge,
            language: plan.language, allowances: allowances
        )
    }

    /// Every text of the plan the child or family reads (`SafetyPlan.prose`).
    public static func readTexts(of plan: SafetyPlan) -> [PlanText] {
        plan.prose.filter { !$0.text.isEmpty }
    }

    /// The source ranges that hold a text's words. A text joined from several
    /// lines (an item with continuation lines) is not a copy of one stretch of
    /// the file, so its words are found in the file one run at a time.
    static func align(_ text: PlanText, in file: SourceFile) -> [SourceRange] {
        let source = file.utf8
        let wanted = Array(text.text.utf8)
        let end = min(text.range.end, source.count)
        var ranges: [SourceRange] = []
        var at = 0
        var position = max(0, text.range.start)
        var runStart = position
        while at < wanted.count, position < end {
            if wanted[at] == source[position] {
                at += 1
                position += 1
                continue
            }
            if position > runStart { ranges.append(SourceRange(start: runStart, end: position)) }
            while at < wanted.count, wanted[at] == UInt8(ascii: " ") { at += 1 }
            let needle = wanted[at..<min(wanted.count, at + 24)]
            guard !needle.isEmpty, let found = find(needle, in: source, from: position, to: end) else { break }
            position = found
            runStart = found
        }
        if position > runStart { ranges.append(SourceRange(start: runStart, end: position)) }
        return ranges.isEmpty ? [text.range] : ranges
    }

    private static func find(_ needle: ArraySlice<UInt8>, in source: [UInt8], from start: Int, to end: Int) -> Int? {
        guard end - start >= needle.count else { return nil }
        for candidate in start...(end - needle.count) where source[candidate] == needle.first {
            if source[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
        }
        return nil
    }
}
