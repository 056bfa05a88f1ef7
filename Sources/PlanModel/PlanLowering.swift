import Foundation
import PlanDiagnostics
import PlanSyntax

/// A plan with every diagnostic found on the way. `plan` is nil only when the
/// file lacks what a plan cannot do without (a title, the child, the age).
public struct CheckedPlan: Sendable {
    public var plan: SafetyPlan?
    public var diagnostics: [Diagnostic]
    public var allowances: LintAllowances

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public init(plan: SafetyPlan?, diagnostics: [Diagnostic], allowances: LintAllowances = LintAllowances()) {
        self.plan = plan
        self.diagnostics = diagnostics
        self.allowances = allowances
    }
}

/// Parses and lowers a plan, checks it the way a casefile audit would, and
/// drops the warnings its `// lint: allow` comments silence.
public func checkPlan(_ file: SourceFile, context: LoweringContext) -> CheckedPlan {
    let parsed = parse(file)
    var lowering = PlanLowering(file: file, context: context)
    let plan = lowering.lower(parsed.root)
    var diagnostics = parsed.diagnostics + lowering.diagnostics
    if let plan {
        diagnostics += AuditChecks(plan: plan).warnings()
    }
    let allowances = lowering.allowances
    diagnostics.removeAll { diagnostic in
        diagnostic.severity != .error
            && allowances.allows([diagnostic.name, diagnostic.code], onLine: file.location(of: diagnostic.range.start).line)
    }
    return CheckedPlan(plan: plan, diagnostics: diagnostics, allowances: allowances)
}

/// Turns a syntax tree into a `SafetyPlan`, reporting every value that does not fit.
struct PlanLowering {
    let file: SourceFile
    let context: LoweringContext
    var diagnostics: [Diagnostic] = []
    var allowances = LintAllowances()

    static let knownDetails = [
        "child", "children", "age", "date", "written by", "language", "shared with child", "layout", "reading age", "plan type", "picture",
        "copies",
    ]

    init(file: SourceFile, context: LoweringContext) {
        self.file = file
        self.context = context
    }

    func text(_ node: SyntaxNode) -> String { file.text(in: node.range) }

    func line(of range: SourceRange) -> Int { file.location(of: range.start).line }

    mutating func lower(_ root: SyntaxNode) -> SafetyPlan? {
        guard let document = DocumentSyntax(root) else { return nil }
        collectAllowances(root)
        let titleLine = document.title
        let titleWords = titleLine?.words.first
        let titleRange = titleWords?.range ?? titleLine?.node.range ?? .at(0)
        let details = lowerDetails(document.details, titleRange: titleRange)
        let sections = lowerSections(document.sections, titleRange: titleRange)

        guard let titleWords, let children = details.children, let first = children.first else { return nil }
        return SafetyPlan(
            title: PlanText(text(titleWords), range: titleWords.range),
            child: first.name,
            age: children.map(\.age).min() ?? first.age,
            children: children,
            picture: details.picture,
            copies: details.copies,
            date: details.date,
            writtenBy: details.writtenBy,
            language: details.language ?? "en-GB",
            sharedWithChild: details.sharedWithChild,
            layout: details.layout,
            readingAge: details.readingAge,
            sections: sections,
            planType: details.planType
        )
    }

    // MARK: Allowances

    private mutating func collectAllowances(_ root: SyntaxNode) {
        var inDetails = true
        var waiting: Set<String> = []
        root.walk { node in
            switch node.kind {
            case .section:
                inDetails = false
            case .lintAllow:
                let body = LineSyntax(node)?.words.first.map(text) ?? ""
                let names = Set(LintAllowance.names(inCommentBody: body) ?? [])
                if inDetails { allowances.fileWide.formUnion(names) } else { waiting.formUnion(names) }
            case .title, .detail, .sectionHeading, .itemLine, .continuation, .attribute, .quote, .field, .pageHeading, .text, .unexpected:
                if !waiting.isEmpty {
                    allowances.byLine[line(of: node.range), default: []].formUnion(waiting)
                    waiting = []
                }
            default:
                break
            }
        }
    }

    // MARK: Details

    struct Details {
        /// The children with their ages; nil when the names or ages are missing or wrong.
        var children: [Child]?
        var picture: Picture?
        var copies: [String]?
        var date: PlanDate?
        var writtenBy: Author?
        var language: String?
        var sharedWithChild: Sharing?
        var layout: String?
        var readingAge: Int?
        var planType: PlanType?
    }

    private mutating func lowerDetails(_ nodes: [LineSyntax], titleRange: SourceRange) -> Details {
        var details = Details()
        var seen: [String: Int] = [:]
        var names: [PlanText]?
        var namesRange: SourceRange?
        var ages: [PlanText]?
        var agesValid = true
        for node in nodes {
            guard let keyNode = node.key else { continue }
            let rawKey = text(keyNode)
            let key = Self.normalizedKey(rawKey)
            guard Self.knownDetails.contains(key) else {
                let suggestion = Suggestion.closest(to: key, in: Self.knownDetails)
                diagnostics.append(
                    ModelDiagnostics.unknownDetail(rawKey, suggestion: suggestion, known: Self.knownDetails, at: keyNode.range))
                continue
            }
            if let first = seen[key] {
                diagnostics.append(ModelDiagnostics.repeatedDetail(key, firstLine: first, at: keyNode.range))
                continue
            }
            seen[key] = line(of: node.node.range)
            if (key == "child" && seen["children"] != nil) || (key == "children" && seen["child"] != nil) {
                diagnostics.append(ModelDiagnostics.childAndChildren(at: keyNode.range))
                continue
            }
            guard let valueNode = node.value else {
                diagnostics.append(ModelDiagnostics.emptyDetail(key, example: Self.example(for: key), at: keyNode.range))
                continue
            }
            let value = text(valueNode)
            let range = valueNode.range
            switch key {
            case "child":
                names = [PlanText(value, range: range)]
            case "children":
                names = Self.namesWithRanges(in: PlanText(value, range: range))
                namesRange = range
            case "age":
                let parts = Self.namesWithRanges(in: PlanText(value, range: range), splittingOnAnd: false)
                ages = parts
                for part in parts where !(Self.wholeNumber(part.text).map { (0...18).contains($0) } ?? false) {
                    diagnostics.append(ModelDiagnostics.invalidAge(part.text, at: part.range))
                    agesValid = false
                }
            case "picture":
                details.picture = PictureResolver(context: context).resolve(value, at: range, diagnostics: &diagnostics)
            case "copies":
                details.copies = Self.names(in: value)
            case "date":
                details.date = date(value, at: range)
            case "written by":
                let (name, role) = Self.splitFirstComma(value)
                details.writtenBy = Author(name: name, role: role)
            case "language":
                if Self.isLanguageTag(value) {
                    details.language = value
                } else {
                    diagnostics.append(ModelDiagnostics.invalidLanguage(value, at: range))
                }
            case "shared with child":
                let (datePart, how) = Self.splitFirstComma(value)
                let dateRange = SourceRange(start: range.start, end: range.start + datePart.utf8.count)
                if let date = date(datePart, at: dateRange) {
                    details.sharedWithChild = Sharing(date: date, how: how)
                }
            case "layout":
                if context.layoutNames.isEmpty || context.layoutNames.contains(value.lowercased()) {
                    details.layout = value.lowercased()
                } else {
                    let suggestion = Suggestion.closest(to: value, in: context.layoutNames)
                    diagnostics.append(ModelDiagnostics.unknownLayout(value, suggestion: suggestion, known: context.layoutNames, at: range))
                }
            case "reading age":
                if let years = Self.wholeNumber(value), (5...21).contains(years) {
                    details.readingAge = years
                } else {
                    diagnostics.append(ModelDiagnostics.invalidReadingAge(value, at: range))
                }
            case "plan type":
                details.planType = PlanType(named: value)
                if details.planType == nil {
                    diagnostics.append(ModelDiagnostics.unknownPlanType(value, suggestion: PlanType.suggestion(for: value), at: range))
                }
            default:
                break
            }
        }
        if seen["child"] == nil, seen["children"] == nil {
            diagnostics.append(ModelDiagnostics.missingChild(at: titleRange))
        }
        if seen["age"] == nil {
            diagnostics.append(ModelDiagnostics.missingAge(at: titleRange))
        }
        guard let names, let ages, agesValid, !names.isEmpty else { return details }
        if ages.count != names.count {
            // A single age for a single child that is not a list was already checked above.
            diagnostics.append(
                ModelDiagnostics.ageCountMismatch(
                    names: names.count, ages: ages.count,
                    at: ages.first.map { SourceRange(start: $0.range.start, end: ages.last!.range.end) } ?? namesRange ?? titleRange))
            return details
        }
        details.children = zip(names, ages).map { Child(name: $0, age: Self.wholeNumber($1.text) ?? 0) }
        return details
    }

    mutating func date(_ value: String, at range: SourceRange) -> PlanDate? {
        if let date = PlanDate(iso: value) { return date }
        diagnostics.append(ModelDiagnostics.invalidDate(value, at: range))
        return nil
    }

    /// A number written with digits only: no sign, no spaces, no other numerals.
    static func wholeNumber(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    static func normalizedKey(_ key: String) -> String {
        key.lowercased().replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
            .split(separator: " ").joined(separator: " ")
    }

    static func example(for key: String) -> String {
        switch key {
        case "child": "child: Mia Thompson"
        case "age": "age: 7"
        case "date": "date: 2026-03-02"
        case "written by": "written by: Sam Patel, social worker"
        case "language": "language: en-GB"
        case "shared with child": "shared with child: 2026-03-09, read together at home"
        case "layout": "layout: child-booklet"
        case "plan type": "plan type: child protection"
        case "children": "children: Ruby Evans, Leo Evans"
        case "picture": "picture: my-drawing.png"
        case "copies": "copies: Mia, Mum, Gran, Sam"
        default: "reading age: 9"
        }
    }

    /// `Ruby Evans, Leo Evans and Jo` as names, each with its own place in the file.
    static func namesWithRanges(in value: PlanText, splittingOnAnd: Bool = true) -> [PlanText] {
        var result: [PlanText] = []
        let bytes = Array(value.text.utf8)
        var start = 0
        var index = 0
        func flush(_ end: Int) {
            var from = start
            var to = end
            while from < to, bytes[from] == UInt8(ascii: " ") { from += 1 }
            while to > from, bytes[to - 1] == UInt8(ascii: " ") { to -= 1 }
            if to > from {
                result.append(
                    PlanText(
                        String(decoding: bytes[from..<to], as: UTF8.self),
                        range: SourceRange(start: value.range.start + from, end: value.range.start + to)))
            }
        }
        let separators: [[UInt8]] = splittingOnAnd ? [Array(",".utf8), Array(" and ".utf8), Array(" & ".utf8)] : [Array(",".utf8)]
        while index < bytes.count {
            if let separator = separators.first(where: { index + $0.count <= bytes.count && Array(bytes[index..<(index + $0.count)]) == $0 }
            ) {
                flush(index)
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        flush(bytes.count)
        return result
    }

    /// Splits `Sam Patel, social worker` into the name and what follows the first comma.
    static func splitFirstComma(_ value: String) -> (String, String?) {
        guard let comma = value.firstIndex(of: ",") else { return (value, nil) }
        let head = value[..<comma].trimmingCharacters(in: .whitespaces)
        let tail = value[value.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        return (head, tail.isEmpty ? nil : tail)
    }

    /// A BCP 47 tag in its common shape: a 2–3 letter language, then subtags of 2–8 letters or digits.
    static func isLanguageTag(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
