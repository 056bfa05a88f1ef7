import PlanDiagnostics

/// The diagnostics found while turning the syntax tree into a plan.
/// PB2xx details, PB3xx sections, PB4xx values, PB5xx pictures, PB6xx audit warnings.
enum ModelDiagnostics {
    /// A diagnostic with the catalogue's name and severity for `code`.
    private static func diagnostic(
        _ code: String, _ message: String, _ range: SourceRange, help: String? = nil, fixes: [Fix] = []
    ) -> Diagnostic {
        Diagnostic(catalogued: code, message: message, range: range, help: help, fixes: fixes)
    }

    /// " — did you mean 'SUGGESTION'?", with `then` (such as ":") after the
    /// suggestion inside the quotes; nothing when there is no suggestion.
    private static func didYouMean(_ suggestion: String?, then: String = "") -> String {
        suggestion.map { " — did you mean '\($0)\(then)'?" } ?? ""
    }

    /// The suggestion as the fix that replaces `range`; none without one.
    private static func replacing(_ range: SourceRange, with suggestion: String?) -> [Fix] {
        suggestion.map { [Fix(range: range, replacement: $0)] } ?? []
    }

    // MARK: Details

    static func unknownDetail(_ key: String, suggestion: String?, known: [String], at range: SourceRange) -> Diagnostic {
        let hint = didYouMean(suggestion)
        return diagnostic(
            "PB201", "unknown detail '\(key)'\(hint)", range,
            help: "the details a plan can have are: " + known.joined(separator: ", "),
            fixes: replacing(range, with: suggestion))
    }

    static func repeatedDetail(_ key: String, firstLine: Int, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB202", "'\(key)' is given twice (first on line \(firstLine))", range,
            help: "keep one '\(key):' line and delete the other")
    }

    static func missingChild(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB203", "the plan does not say the child's name", range,
            help: "add a line 'child: Mia Thompson' under the title")
    }

    static func missingAge(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB210", "the plan does not say the child's age", range,
            help: "add a line 'age: 7' under the title")
    }

    static func emptyDetail(_ key: String, example: String, at range: SourceRange) -> Diagnostic {
        diagnostic("PB204", "'\(key):' has no value", range, help: "write it like '\(example)'")
    }

    static func invalidAge(_ value: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB205", "age '\(value)' is not a whole number of years from 0 to 18", range,
            help: "write the age in whole years, such as 'age: 7'")
    }

    static func invalidDate(_ value: String, at range: SourceRange) -> Diagnostic {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        let looksISO =
            parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
        let what = looksISO ? "is not a real calendar date" : "is not a date written YYYY-MM-DD"
        return diagnostic(
            "PB206", "'\(value)' \(what)", range,
            help: "write the date as year-month-day, such as 2026-03-09")
    }

    static func invalidLanguage(_ value: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB207", "'\(value)' is not a language tag", range,
            help: "write a language tag such as en-GB, pl, ar, ur, ro or pa")
    }

    static func invalidReadingAge(_ value: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB208", "reading age '\(value)' is not a whole number of years from 5 to 21", range,
            help: "write the reading age in whole years, such as 'reading age: 9'")
    }

    static func childAndChildren(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB211", "the plan gives both 'child:' and 'children:'", range,
            help: "use 'child:' for one child, or 'children: Ruby Evans, Leo Evans' for brothers and sisters, not both")
    }

    static func ageCountMismatch(names: Int, ages: Int, at range: SourceRange) -> Diagnostic {
        let what = names == 1 ? "one child" : "\(names) children"
        let given = ages == 1 ? "one age" : "\(ages) ages"
        return diagnostic(
            "PB212", "the plan names \(what) but gives \(given)", range,
            help: "give one age for each child, in the same order, such as 'age: 5, 8'")
    }

    static func unknownLayout(_ value: String, suggestion: String?, known: [String], at range: SourceRange) -> Diagnostic {
        let hint = didYouMean(suggestion)
        return diagnostic(
            "PB209", "there is no layout called '\(value)'\(hint)", range,
            help: "the layouts are: " + known.joined(separator: ", "))
    }

    static func unknownPlanType(_ value: String, suggestion: String?, at range: SourceRange) -> Diagnostic {
        let hint = didYouMean(suggestion)
        return diagnostic(
            "PB220", "'\(value)' is not a plan type\(hint)", range,
            help: "the plan types are: " + PlanType.allCases.map(\.name).joined(separator: ", ")
                + " (or CP, LAC, CLA, CIN, TAC, EH)",
            fixes: replacing(range, with: suggestion))
    }

    // MARK: Sections

    static func unknownSection(_ name: String, suggestion: String?, at range: SourceRange) -> Diagnostic {
        let hint = didYouMean(suggestion)
        return diagnostic(
            "PB301", "unknown section '\(name)'\(hint)", range,
            help: "the sections are: " + SectionKind.allCases.map(\.title).joined(separator: ", "),
            fixes: replacing(range, with: suggestion))
    }

    static func repeatedSection(_ kind: SectionKind, firstLine: Int, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB302", "the plan already has a '\(kind.title)' section (on line \(firstLine))", range,
            help: "put everything for '\(kind.title)' under the first heading and delete this one")
    }

    static func noCoreSection(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB303", "the plan has none of Worries, Working well and Next steps", range,
            help: "add at least one of '## Worries', '## Working well' or '## Next steps'")
    }

    static func emptySafetyHouse(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB310", "the Safety house has none of 'inside:', 'roof:' and 'outside:'", range,
            help: "add at least one list, such as 'inside:' with '- Mum: makes my tea' under it")
    }

    static func unexpectedLine(in kind: SectionKind, expected: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB304", "this line does not fit in '\(kind.title)', which holds \(expected)", range,
            help: kind.holds == .items || kind.holds == .people ? "start the line with '- '" : nil)
    }

    static func unknownAttribute(_ key: String, suggestion: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB305", "unknown attribute '\(key)' — did you mean '\(suggestion)'?", range,
            help: "an item can carry 'impact:', 'who:', 'by:' and 'picture:', and a person 'phone:'",
            fixes: [Fix(range: range, replacement: suggestion)])
    }

    static func misplacedAttribute(_ key: String, in kind: SectionKind, at range: SourceRange) -> Diagnostic {
        let home: String
        switch key {
        case "impact": home = "What happened"
        case "who", "by": home = "Next steps"
        case "phone": home = "Who is worried' or 'Safety network"
        default: home = "another section"
        }
        return diagnostic(
            "PB306", "'\(key):' belongs to items of '\(home)', not '\(kind.title)'", range,
            help: "move this line under an item of '\(home)', or write it as part of the item's words")
    }

    static func repeatedAttribute(_ key: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB307", "the item already has '\(key):'", range,
            help: "keep one '\(key):' line for each item")
    }

    static func emptyAttribute(_ key: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB308", "'\(key):' has no value", range,
            help: key == "who"
                ? "write the names, separated by commas, such as 'who: Mum, Dad'" : "write something after '\(key):' or delete the line")
    }

    static func emptyItem(at range: SourceRange) -> Diagnostic {
        diagnostic("PB309", "this item has no words", range, help: "write the item's words after '- ', or delete the line")
    }

    // MARK: Values

    static func invalidRatingScore(_ value: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB401", "rating '\(value)' is not a whole number from 0 to 10", range,
            help: "write a whole number from 0 to 10, such as '- Mia: 6'")
    }

    static func malformedRating(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB402", "a rating needs a name and a number", range,
            help: "write it as '- Name: N', such as '- Mia: 6'")
    }

    static func unknownScaleField(_ key: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB403", "the safety scale has no '\(key):' line", range,
            help: "use 'question:', '0:' (what 0 means) and '10:' (what 10 means); ratings are '- Name: N'")
    }

    static func unknownHouse(_ key: String, suggestion: String?, at range: SourceRange) -> Diagnostic {
        let hint = didYouMean(suggestion, then: ":")
        return diagnostic(
            "PB404", "there is no house called '\(key)'\(hint)", range,
            help: "the three houses are 'worries:', 'good things:' and 'dreams:'")
    }

    static func itemOutsideHouse(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB405", "this item is not in a house", range,
            help: "put 'worries:', 'good things:' or 'dreams:' on a line above it")
    }

    static func textOutsidePage(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB406", "this line is not on a page of the story", range,
            help: "put a page title such as '### Who is worried about Mia?' above it")
    }

    static func invalidPhone(_ value: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB408", "'\(value)' is not a phone number", range,
            help: "write the number with digits, spaces, '+', '(', ')' and '-' only, such as 'phone: 07700 900123'")
    }

    static func invalidPath(_ value: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB409", "the path's place '\(value)' is not a whole number from 0 to 10", range,
            help: "write where the child is on the path, 0 (far away) to 10 (at the front door), such as 'path: 6, nearly at the door'")
    }

    static func unknownSafetyHouseField(_ key: String, suggestion: String?, at range: SourceRange) -> Diagnostic {
        let hint = didYouMean(suggestion, then: ":")
        return diagnostic(
            "PB410", "the Safety house has no part called '\(key)'\(hint)", range,
            help: "the Safety house has 'inside:', 'roof:', 'outside:' and 'path:'")
    }

    static func itemOutsideSafetyHouseList(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB411", "this item is not in a list of the Safety house", range,
            help: "put 'inside:', 'roof:' or 'outside:' on a line above it")
    }

    static func repeatedField(_ key: String, at range: SourceRange) -> Diagnostic {
        diagnostic("PB407", "'\(key):' is given twice in this section", range, help: "keep one '\(key):' line")
    }

    // MARK: Pictures

    static func unknownPicture(_ name: String, suggestion: String?, at range: SourceRange) -> Diagnostic {
        let hint = didYouMean(suggestion)
        return diagnostic(
            "PB501", "there is no picture called '\(name)' in the library\(hint)", range,
            help: "run 'planbook pictures' to see the library, or give the path of a PNG, JPEG or SVG file beside the plan",
            fixes: replacing(range, with: suggestion))
    }

    static func missingPictureFile(_ path: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB502", "the picture file '\(path)' does not exist", range,
            help: "check the spelling; the path is relative to the folder the plan is in")
    }

    static func pictureOutsideFolder(_ path: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB503", "the picture '\(path)' is outside the plan's folder", range,
            help: "copy the picture into the plan's folder (or a folder inside it) and give its path from there")
    }

    static func unsupportedPicture(_ path: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB504", "'\(path)' is not a PNG, JPEG or SVG picture", range,
            help: "save the picture as PNG, JPEG or SVG")
    }

    static func emptyPicture(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB505", "the picture has no name", range,
            help: "write a library picture such as 'house', or the path of a picture file beside the plan")
    }

    static func pictureNotAFile(_ path: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB510", "'\(path)' is not a file (it may be a pipe or a device)", range,
            help: "give the path of a PNG, JPEG or SVG file")
    }

    /// A picture over one of the limits, with the limit and how to raise it.
    static func pictureTooLarge(_ path: String, _ problem: PictureInspection.Problem, at range: SourceRange) -> Diagnostic {
        let raise = problem.limit.map { "; \($0.howToRaise)" } ?? ""
        let shrink = "make the picture smaller (a picture on a booklet page needs no more than about 2,000 × 2,000 pixels)\(raise)"
        let message = "the picture '\(path)' is too large to draw: \(problem)"
        switch problem {
        case .tooManyPixels:
            return diagnostic("PB506", message, range, help: shrink)
        case .fileTooLarge:
            return diagnostic("PB507", message, range, help: shrink)
        case .svgTooLarge:
            return diagnostic(
                "PB508", message, range,
                help: "give the SVG a smaller width, height and viewBox\(raise)")
        case .svgTooManyElements:
            return diagnostic(
                "PB509", message, range,
                help: "simplify the drawing, or save it as a PNG\(raise)")
        case .noSize:
            return unsupportedPicture(path, at: range)
        case .notAFile:
            return pictureNotAFile(path, at: range)
        }
    }

    // MARK: Audit warnings

    static func notShared(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB601", "the plan does not say when it was shared with the child", range,
            help: "after reading it together, add 'shared with child: YYYY-MM-DD, how it was shared'")
    }

    static func missingImpact(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB602", "this does not say what the harm meant for the child", range,
            help: "add an indented 'impact:' line saying how it affected the child")
    }

    static func nextStepWithoutWho(at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB603", "this next step does not say who will do it", range,
            help: "add an indented 'who:' line with the names, such as 'who: Mum, Gran'")
    }

    static func noChildsVoice(_ child: String, at range: SourceRange) -> Diagnostic {
        diagnostic(
            "PB604", "the plan has nothing in \(child)'s own words", range,
            help: "add a quote ('> \"…\" (\(child))'), the Three houses, or \(child)'s own rating on the safety scale")
    }
}
