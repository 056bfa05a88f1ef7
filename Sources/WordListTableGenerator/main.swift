// Turns PlainLanguage's word-list.json into Swift source at build time (the
// WordListTable plugin runs it), so start-up does not decode 929 entries with
// JSONDecoder (59 M instructions; the table costs about 3 M). The JSON stays
// the data people edit: the table records the digest of the bytes it was made
// from, and PlainLanguage decodes the file with JSONDecoder when it differs.
//
// Usage: WordListTableGenerator word-list.json WordListTable.swift
import Foundation

/// A value the generator cannot write as the word list's Swift: the table is
/// then left empty and JSONDecoder reads the file (and says what is wrong).
struct Unwritable: Error {}

/// A Swift string literal for `text`: `debugDescription` writes one, with
/// quotes, backslashes and control characters escaped (`\u{…}`).
func literal(_ text: String) -> String {
    text.debugDescription
}

/// The value of `key`, nil when it is missing or null (as `decodeIfPresent` reads it).
func field(_ object: [String: Any], _ key: String) -> Any? {
    guard let value = object[key], !(value is NSNull) else { return nil }
    return value
}

func string(_ value: Any) throws -> String {
    guard let text = value as? String else { throw Unwritable() }
    return text
}

func strings(_ value: Any) throws -> String {
    guard let array = value as? [Any] else { throw Unwritable() }
    return "[" + (try array.map { literal(try string($0)) }).joined(separator: ", ") + "]"
}

func boolean(_ value: Any) throws -> String {
    // JSONSerialization gives booleans as NSNumber of type `c`; a number is no boolean to Codable.
    guard let number = value as? NSNumber, number.objCType.pointee == CChar(UInt8(ascii: "c")) else { throw Unwritable() }
    return number.boolValue ? "true" : "false"
}

func cases(_ value: Any, of allowed: Set<String>) throws -> String {
    guard let array = value as? [Any] else { throw Unwritable() }
    return "["
        + (try array.map { name in
            let name = try string(name)
            guard allowed.contains(name) else { throw Unwritable() }
            return "." + name
        }).joined(separator: ", ") + "]"
}

let audiences: Set<String> = ["child", "parent", "professional"]

func plainAlternative(_ value: Any) throws -> String {
    if let text = value as? String { return "PlainAlternative(\(literal(text)))" }
    guard let object = value as? [String: Any], let text = field(object, "text") else { throw Unwritable() }
    guard let audience = field(object, "for") else { return "PlainAlternative(\(literal(try string(text))))" }
    return "PlainAlternative(\(literal(try string(text))), for: \(try cases(audience, of: audiences)))"
}

func entry(_ value: Any) throws -> String {
    guard let object = value as? [String: Any] else { throw Unwritable() }
    var arguments: [String] = []
    for key in ["term", "rule", "category"] {
        guard let value = field(object, key) else { throw Unwritable() }
        arguments.append("\(key): \(literal(try string(value)))")
    }
    // In the order of WordListEntry's initialiser.
    if let value = field(object, "severity") {
        let name = try string(value)
        guard ["note", "warning", "error"].contains(name) else { throw Unwritable() }
        arguments.append("severity: .\(name)")
    }
    if let value = field(object, "plain") {
        guard let array = value as? [Any] else { throw Unwritable() }
        arguments.append("plain: [" + (try array.map(plainAlternative)).joined(separator: ", ") + "]")
    }
    for key in ["advice", "expansion"] {
        if let value = field(object, key) { arguments.append("\(key): \(literal(try string(value)))") }
    }
    if let value = field(object, "forms") { arguments.append("forms: \(try strings(value))") }
    if let value = field(object, "context") {
        guard let context = value as? [String: Any] else { throw Unwritable() }
        let parts = try ["followedBy", "precededBy", "notFollowedBy", "notPrecededBy"].compactMap { key in
            try field(context, key).map { "\(key): \(try strings($0))" }
        }
        arguments.append("context: WordContext(\(parts.joined(separator: ", ")))")
    }
    if let value = field(object, "audiences") { arguments.append("audiences: \(try cases(value, of: audiences))") }
    if let value = field(object, "system") { arguments.append("system: \(literal(try string(value)))") }
    for key in ["caseSensitive", "fix"] {
        if let value = field(object, key) { arguments.append("\(key): \(try boolean(value))") }
    }
    if let value = field(object, "example") { arguments.append("example: \(literal(try string(value)))") }
    if let value = field(object, "otherExpansions") { arguments.append("otherExpansions: \(try strings(value))") }
    return "WordListEntry(" + arguments.joined(separator: ", ") + ")"
}

/// The Swift that builds the list: functions of 100 entries each, left
/// unoptimised (the optimiser takes minutes over them and gains nothing).
func table(_ root: Any) throws -> String {
    guard let root = root as? [String: Any] else { throw Unwritable() }
    let entries =
        try
        (field(root, "entries").map { value -> [String] in
            guard let array = value as? [Any] else { throw Unwritable() }
            return try array.map(entry)
        }) ?? []
    var verbs: [String] = []
    var plurals: [String] = []
    if let value = field(root, "irregular") {
        guard let irregular = value as? [String: Any] else { throw Unwritable() }
        if let value = field(irregular, "verbs") {
            guard let table = value as? [String: Any] else { throw Unwritable() }
            verbs = try table.keys.sorted().map { "\(literal($0)): \(try strings(table[$0]!))" }
        }
        if let value = field(irregular, "plurals") {
            guard let table = value as? [String: Any] else { throw Unwritable() }
            plurals = try table.keys.sorted().map { "\(literal($0)): \(literal(try string(table[$0]!)))" }
        }
    }
    let familiar = try field(root, "familiar").map(strings) ?? "[]"
    let acronyms = try field(root, "wellKnownAcronyms").map(strings) ?? "[]"
    var chunks: [String] = []
    var functions = ""
    for (index, start) in stride(from: 0, to: entries.count, by: 100).enumerated() {
        chunks.append("entries\(index)(&entries)")
        functions += "\n@_optimize(none) private func entries\(index)(_ entries: inout [WordListEntry]) {\n"
        for entry in entries[start..<min(start + 100, entries.count)] { functions += "    entries.append(\(entry))\n" }
        functions += "}\n"
    }
    return """
        @_optimize(none) static func generatedTable() -> WordList? {
                var entries: [WordListEntry] = []
                entries.reserveCapacity(\(entries.count))
                \(chunks.joined(separator: "\n        "))
                var irregular = IrregularForms()
                irregular.verbs = [\(verbs.isEmpty ? ":" : verbs.joined(separator: ", "))]
                irregular.plurals = [\(plurals.isEmpty ? ":" : plurals.joined(separator: ", "))]
                return WordList(entries: entries, familiar: \(familiar), wellKnownAcronyms: \(acronyms), irregular: irregular)
            }
        }
        \(functions)
        """
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let bytes = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: WordListTableGenerator word-list.json WordListTable.swift\n".utf8))
    exit(2)
}
// FNV-1a, as WordList.digest computes it at run time.
var digest: UInt64 = 0xcbf2_9ce4_8422_2325
for byte in bytes {
    digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3
}
var source = """
    // Made at build time from word-list.json by WordListTableGenerator (the
    // WordListTable plugin). Do not edit: edit the JSON.

    extension WordList {
        /// The length and FNV-1a digest of the word-list.json the table was made from.
        static let generatedTableSource = (length: \(bytes.count), digest: UInt64(\(digest)))

    """
do {
    source += "    " + (try table(try JSONSerialization.jsonObject(with: bytes)))
} catch {
    // Not as Codable would read it: JSONDecoder will read the file, and say why.
    source += "    static func generatedTable() -> WordList? { nil }\n}\n"
}
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("WordListTableGenerator: cannot write \(arguments[2]): \(error)\n".utf8))
    exit(1)
}
