/// What `// lint: allow NAME` comments silence: names given in the details
/// hold for the whole file, others for the line that follows them.
public struct LintAllowances: Hashable, Sendable {
    public var fileWide: Set<String>
    /// Allowed names by 1-based line number.
    public var byLine: [Int: Set<String>]

    public init(fileWide: Set<String> = [], byLine: [Int: Set<String>] = [:]) {
        self.fileWide = fileWide
        self.byLine = byLine
    }

    /// Whether a finding with one of `names` on `line` has been allowed.
    public func allows(_ names: [String], onLine line: Int) -> Bool {
        let lowered = names.map { $0.lowercased() }
        return lowered.contains { fileWide.contains($0) || byLine[line]?.contains($0) == true }
    }
}
