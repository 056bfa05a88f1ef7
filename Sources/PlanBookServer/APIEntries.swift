import Foundation
import PlainLanguage
import PlanDiagnostics

/// The JSON the API answers with, beside the command line's own diagnostics JSON.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    static func data(_ value: some Encodable) -> Data {
        Data(encode(value).utf8)
    }
}

/// The plain-language score with the reasons for each of its parts.
struct ScoreEntry: Encodable {
    struct Part: Encodable {
        var name: String
        var points: Double
        var maximum: Double
        var reason: String
    }

    var value: Double
    var plain: Bool
    var parts: [Part]

    init(_ score: PlainLanguageScore) {
        value = score.value
        plain = score.isPlain
        parts = score.parts.map { Part(name: $0.name, points: $0.points, maximum: $0.maximum, reason: $0.reason) }
    }
}

/// What the page needs to know of the plan being written.
struct AboutEntry: Encodable {
    var language: String
    /// `ltr` or `rtl`.
    var direction: String
    var child: String?
    var layout: String?
}

/// A laid-out preview: its id for fetching pages, and each page's size and
/// the boxes that lead back to a line of the plan, in points from the top left.
struct PreviewEntry: Encodable, Sendable {
    struct BoxEntry: Encodable, Sendable {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        var role: String
        /// 1-based line of the plan the box shows.
        var line: Int
    }

    struct PageEntry: Encodable, Sendable {
        var width: Double
        var height: Double
        var boxes: [BoxEntry]
    }

    var id: String
    var layout: String
    var pages: [PageEntry]
}

/// Why no booklet could be made: the plan's errors, as the command line's JSON.
struct ErrorsEntry: Error, Sendable {
    var json: String
    var count: Int

    /// `name` is the plan's name in the folder, which the JSON shows as its path.
    init(_ diagnostics: FileDiagnostics, name: String) {
        let shown = SourceFile(path: name, text: diagnostics.file.text)
        json = JSONDiagnosticRenderer().render([FileDiagnostics(file: shown, diagnostics: diagnostics.diagnostics)])
        count = diagnostics.diagnostics.count { $0.severity == .error }
    }

    var body: Data {
        Data(
            "{\"error\":\"the plan has \(count) error\(count == 1 ? "" : "s"); fix \(count == 1 ? "it" : "them") to see the booklet\",\"check\":\(json)}"
                .utf8)
    }
}

/// An error the page shows as it is.
struct MessageEntry: Encodable {
    var error: String
}
