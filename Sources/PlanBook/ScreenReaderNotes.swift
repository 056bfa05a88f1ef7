import BookletLayout
import BookletRender
import Foundation
import PlanModel

/// What a screen reader is told about a booklet's tagged boxes: each
/// picture's alt text and the language of the booklet's own words when they
/// are not in the plan's language.
///
/// A library picture is described by its entry's `description`. A plan's own
/// picture file is described by the words it belongs to: the item's text, the
/// person's name, the speaker of a quote, the story page's title; the cover's
/// own picture, or one nothing else names, is "A drawing by CHILD".
struct ScreenReaderNotes {
    private let pictureDescriptions: [String: String]
    private let drawingBy: String
    private let fixedLabels: Set<String>
    private let fixedLabelsLanguage: String?

    init(plan: SafetyPlan, library: PictureLibrary, fixedWords: FixedWords) {
        var descriptions: [String: String] = [:]
        for entry in library.entries {
            descriptions[library.folder + "/" + entry.file] = entry.description
        }
        func note(_ picture: Picture?, _ words: String?) {
            guard case .file(_, let path)? = picture, let words, !words.isEmpty, descriptions[path] == nil else { return }
            descriptions[path] = words
        }
        for (picture, words) in plan.pictures { note(picture, words) }
        pictureDescriptions = descriptions
        drawingBy = "A drawing by \(plan.childFirstName)"

        // The booklet's own words, when they come from another language's file
        // (a plan in Somali gets English headings until there is `so.json`).
        if Self.primary(fixedWords.language) != Self.primary(plan.language) {
            let child = plan.childFirstName
            var fixed = Set(SectionKind.allCases.map { fixedWords.heading(for: $0, child: child) })
            for label in [
                fixedWords.coverLine, fixedWords.backPage, fixedWords.drawingSpace, fixedWords.safeContacts, fixedWords.notYetShared,
            ] {
                fixed.insert(fixedWords.fill(label, child: child))
                fixed.insert(fixedWords.fill(label, child: plan.child.text))
            }
            fixedLabels = fixed
            fixedLabelsLanguage = fixedWords.language
        } else {
            fixedLabels = []
            fixedLabelsLanguage = nil
        }
    }

    /// The note for one tagged box.
    func note(for box: Box) -> StructureNote {
        switch box.content {
        case .picture(let path):
            return StructureNote(alternateText: pictureDescriptions[path] ?? drawingBy)
        case .text(let text, _):
            guard let fixedLabelsLanguage, fixedLabels.contains(text) else { return StructureNote() }
            return StructureNote(language: fixedLabelsLanguage)
        case .panel, .shape:
            return StructureNote()
        }
    }

    private static func primary(_ tag: String) -> String {
        String(tag.split(separator: "-").first ?? Substring(tag)).lowercased()
    }
}
