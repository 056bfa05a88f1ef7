/// The limits on what planbook reads and draws, so that no file can make it
/// run out of memory, crash or take hours. Each has its own error code and can
/// be raised with a flag (`--max-picture-pixels N`…) or in the `"limits"` of
/// a `.planbook-lint.json` file; docs/reliability.md has the worst cases measured.
public struct InputLimits: Sendable, Hashable, Codable {
    /// Pixels in one PNG or JPEG picture (width × height), read from the file's header before decoding.
    public var picturePixels: Int
    /// Bytes of one picture file (PNG, JPEG or SVG).
    public var pictureFileBytes: Int
    /// The width or height of an SVG picture, in its own units.
    public var svgSide: Double
    /// Elements in one SVG picture.
    public var svgElements: Int
    /// Bytes of one part of a Word file once inflated, counted while inflating.
    public var wordPartBytes: Int
    /// Bytes of text a plan or a document may hold.
    public var textBytes: Int
    /// The longest word drawn whole; a longer one breaks across lines, and nothing is lost.
    public var longestWord: Int

    public init(
        picturePixels: Int = 25_000_000, pictureFileBytes: Int = 32 << 20, svgSide: Double = 16_384, svgElements: Int = 50_000,
        wordPartBytes: Int = 32 << 20, textBytes: Int = 1 << 20, longestWord: Int = 40
    ) {
        self.picturePixels = picturePixels
        self.pictureFileBytes = pictureFileBytes
        self.svgSide = svgSide
        self.svgElements = svgElements
        self.wordPartBytes = wordPartBytes
        self.textBytes = textBytes
        self.longestWord = longestWord
    }

    /// The limits planbook uses unless told otherwise.
    public static let standard = InputLimits()

    private enum CodingKeys: String, CodingKey {
        case picturePixels, pictureFileBytes, svgSide, svgElements, wordPartBytes, textBytes, longestWord
    }

    /// Every key may be left out; what is left out keeps its standard value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let standard = InputLimits.standard
        picturePixels = try container.decodeIfPresent(Int.self, forKey: .picturePixels) ?? standard.picturePixels
        pictureFileBytes = try container.decodeIfPresent(Int.self, forKey: .pictureFileBytes) ?? standard.pictureFileBytes
        svgSide = try container.decodeIfPresent(Double.self, forKey: .svgSide) ?? standard.svgSide
        svgElements = try container.decodeIfPresent(Int.self, forKey: .svgElements) ?? standard.svgElements
        wordPartBytes = try container.decodeIfPresent(Int.self, forKey: .wordPartBytes) ?? standard.wordPartBytes
        textBytes = try container.decodeIfPresent(Int.self, forKey: .textBytes) ?? standard.textBytes
        longestWord = try container.decodeIfPresent(Int.self, forKey: .longestWord) ?? standard.longestWord
    }

    /// The flag and the config key that raise each limit, for messages.
    public enum Name: String, Sendable, CaseIterable {
        case picturePixels, pictureFileBytes, svgSide, svgElements, wordPartBytes, textBytes, longestWord

        /// The command-line flag, such as `--max-picture-pixels`.
        public var flag: String {
            switch self {
            case .picturePixels: "--max-picture-pixels"
            case .pictureFileBytes: "--max-picture-bytes"
            case .svgSide: "--max-svg-side"
            case .svgElements: "--max-svg-elements"
            case .wordPartBytes: "--max-word-part-bytes"
            case .textBytes: "--max-text-bytes"
            case .longestWord: "--longest-word"
            }
        }

        /// How to raise the limit, for a diagnostic's help.
        public var howToRaise: String {
            "to raise the limit, give \(flag) N, or \"\(rawValue)\": N in the \"limits\" of a .planbook-lint.json file"
        }
    }
}
