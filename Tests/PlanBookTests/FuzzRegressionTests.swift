import Foundation
import PlanBookFuzzing
import Testing

/// Every input the fuzzers found trouble with, and a few made by hand, run
/// again through the fuzz targets' own code (`fuzz/run` builds libFuzzer
/// around the same `FuzzEntries`): each must come back without a crash.
/// Add each new crash's file under `Fixtures/fuzz/TARGET/`.
struct FuzzRegressionTests {
    static let folder = TestSupport.repositoryRoot.appendingPathComponent("Tests/PlanBookTests/Fixtures/fuzz")

    static func inputs(_ target: String) -> [[UInt8]] {
        let directory = folder.appendingPathComponent(target)
        return TestSupport.files(in: directory).compactMap { try? [UInt8](Data(contentsOf: directory.appendingPathComponent($0))) }
    }

    @Test(arguments: ["plan", "lint", "docx", "picture"])
    func theFuzzersFindingsRunCleanly(target: String) throws {
        let inputs = Self.inputs(target)
        #expect(!inputs.isEmpty, "Fixtures/fuzz/\(target) holds the findings")
        for input in inputs {
            switch target {
            case "plan": FuzzEntries.plan(input)
            case "lint": FuzzEntries.lint(input)
            case "docx": FuzzEntries.docx(input)
            default: FuzzEntries.picture(input)
            }
        }
    }

    @Test func theSamplesRunThroughThePlanAndLintTargets() throws {
        for plan in TestSupport.samplePlans() {
            let bytes = [UInt8](try Data(contentsOf: plan))
            FuzzEntries.plan(bytes)
            FuzzEntries.lint([2] + bytes)
        }
    }
}
