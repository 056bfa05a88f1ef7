/// `// lint: allow NAME, NAME`: names of words or rules a worker has chosen
/// to keep, for the next line or, in the details, for the whole file.
public enum LintAllowance {
    /// The names a comment's body allows, or nil when the comment is not an allowance.
    /// `body` is the text after `//`.
    public static func names(inCommentBody body: String) -> [String]? {
        let lowered = body.lowercased().drop { $0 == " " || $0 == "\t" }
        guard lowered.hasPrefix("lint:") else { return nil }
        let rest = lowered.dropFirst("lint:".count).drop { $0 == " " || $0 == "\t" }
        guard rest.hasPrefix("allow") else { return nil }
        let list = rest.dropFirst("allow".count)
        guard let separator = list.first, separator == " " || separator == "\t" else { return nil }
        let names = list.split { $0 == "," || $0 == " " || $0 == "\t" }.map(String.init)
        return names.isEmpty ? nil : names
    }
}
