/// Cuts a long text's work into parts that can run at the same time, and runs
/// them: each part's results come back in order, so joining them gives what
/// one pass would.
enum ParallelParts {
    /// `0..<count` in `parts` runs of about the same size.
    static func even(_ count: Int, parts: Int) -> [Range<Int>] {
        split(count, parts: parts) { _ in true }
    }

    /// `0..<count` in up to `parts` runs of about the same size, each cut moved
    /// on to the next index where `isCut` allows one (between two sentences…).
    static func split(_ count: Int, parts: Int, isCut: (Int) -> Bool) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for part in 1..<max(1, parts) {
            var cut = max(start + 1, count * part / parts)
            while cut < count, !isCut(cut) { cut += 1 }
            guard cut < count else { break }
            ranges.append(start..<cut)
            start = cut
        }
        ranges.append(start..<count)
        return ranges
    }

    /// `body(0)…body(count - 1)`, in order: on `parallel` when there is more than one part.
    static func run<Value: Sendable>(_ count: Int, on parallel: (any ParallelWork)?, _ body: @escaping @Sendable (Int) -> Value) -> [Value]
    {
        guard count > 1, let parallel else { return (0..<count).map(body) }
        return parallel.map(count, body)
    }
}
