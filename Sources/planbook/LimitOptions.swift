import ArgumentParser
import Foundation
import PlanBook

/// The flags that raise (or lower) planbook's limits on what it reads; what
/// is not given comes from the `"limits"` of the nearest `.planbook-lint.json`
/// above the current folder, else the standard value.
struct LimitOptions: ParsableArguments {
    @Option(
        name: .customLong("max-picture-pixels"),
        help: ArgumentHelp("Pixels (width × height) a PNG or JPEG picture may have (default 25000000).", valueName: "n"))
    var picturePixels: Int?

    @Option(
        name: .customLong("max-picture-bytes"),
        help: ArgumentHelp("Bytes a picture file may have (default 33554432, 32 MiB).", valueName: "n"))
    var pictureFileBytes: Int?

    @Option(
        name: .customLong("max-svg-side"),
        help: ArgumentHelp("Width or height an SVG picture may have, in its units (default 16384).", valueName: "n"))
    var svgSide: Double?

    @Option(name: .customLong("max-svg-elements"), help: ArgumentHelp("Elements an SVG picture may have (default 50000).", valueName: "n"))
    var svgElements: Int?

    @Option(
        name: .customLong("max-word-part-bytes"),
        help: ArgumentHelp("Bytes a part of a Word file may inflate to (default 33554432, 32 MiB).", valueName: "n"))
    var wordPartBytes: Int?

    @Option(
        name: .customLong("max-text-bytes"),
        help: ArgumentHelp("Bytes of text a plan or document may hold (default 1048576, 1 MiB).", valueName: "n"))
    var textBytes: Int?

    @Option(
        name: .customLong("longest-word"),
        help: ArgumentHelp("Letters of the longest word drawn whole; longer ones break across lines (default 40).", valueName: "n"))
    var longestWord: Int?

    func validate() throws {
        for (flag, value) in [
            ("--max-picture-pixels", picturePixels), ("--max-picture-bytes", pictureFileBytes), ("--max-svg-elements", svgElements),
            ("--max-word-part-bytes", wordPartBytes), ("--max-text-bytes", textBytes), ("--longest-word", longestWord),
        ] {
            if let value, value < 1 { throw ValidationError("\(flag) must be 1 or more") }
        }
        if let svgSide, !(svgSide >= 1 && svgSide.isFinite) { throw ValidationError("--max-svg-side must be 1 or more") }
    }

    /// The limits to use: these flags over the config file's over the standard ones.
    func limits() throws -> InputLimits {
        var limits = InputLimits.standard
        if let file = LimitsFile.find(from: FileManager.default.currentDirectoryPath) {
            do {
                limits = try LimitsFile.load(path: file)
            } catch {
                printError(escaping: "planbook: \(error)")
                throw ExitCode(2)
            }
        }
        if let picturePixels { limits.picturePixels = picturePixels }
        if let pictureFileBytes { limits.pictureFileBytes = pictureFileBytes }
        if let svgSide { limits.svgSide = svgSide }
        if let svgElements { limits.svgElements = svgElements }
        if let wordPartBytes { limits.wordPartBytes = wordPartBytes }
        if let textBytes { limits.textBytes = textBytes }
        if let longestWord { limits.longestWord = longestWord }
        return limits
    }
}
