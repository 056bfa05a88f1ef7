import Foundation
import Testing

/// Compares text with a golden file. Set PLANBOOK_RECORD=1 to write the file
/// instead; the test then fails, so a recording is never silent.
public func assertSnapshot(_ actual: String, at url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if ProcessInfo.processInfo.environment["PLANBOOK_RECORD"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(url.lastPathComponent); run again without PLANBOOK_RECORD", sourceLocation: sourceLocation)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
        actual == expected,
        "snapshot \(url.lastPathComponent) differs; rerun with PLANBOOK_RECORD=1 to update it after checking the change",
        sourceLocation: sourceLocation)
}
