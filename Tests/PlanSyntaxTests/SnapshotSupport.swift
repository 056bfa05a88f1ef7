import Foundation
import Testing

/// Compares text with a snapshot file beside the tests. Set PLANBOOK_RECORD=1
/// to write the snapshot instead; the test then fails so a recording is never silent.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation, filePath: String = #filePath)
    throws
{
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["PLANBOOK_RECORD"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name); run again without PLANBOOK_RECORD", sourceLocation: sourceLocation)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
        actual == expected, "snapshot \(name) differs; rerun with PLANBOOK_RECORD=1 to update it after checking the change",
        sourceLocation: sourceLocation)
}

/// Reads a file from the Snapshots folder.
func snapshotInput(_ name: String, filePath: String = #filePath) throws -> String {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots").appendingPathComponent(name)
    return try String(contentsOf: url, encoding: .utf8)
}
