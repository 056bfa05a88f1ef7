import Synchronization

/// The words of keywords and names as `MeaningText.phrase` gives them, split
/// and normalised once per process. Choosing a person's figure looks for every
/// role, relationship and title of every language in each name and
/// description, and the item pictures index every keyword for each booklet:
/// splitting them afresh each time was most of the cost of laying one out.
enum KeywordPhrases {
    /// The most phrases kept (the meanings hold a few thousand keywords; names
    /// add a few a plan); past it the cache starts again.
    static let capacity = 50_000
    private static let known = Mutex<[String: [String]]>([:])

    /// `MeaningText.splitPhrase(keyword)`, worked out once.
    static func phrase(_ keyword: String) -> [String] {
        if let phrase = known.withLock({ $0[keyword] }) { return phrase }
        let phrase = MeaningText.splitPhrase(keyword)
        known.withLock { phrases in
            if phrases.count >= capacity { phrases.removeAll() }
            phrases[keyword] = phrase
        }
        return phrase
    }
}
