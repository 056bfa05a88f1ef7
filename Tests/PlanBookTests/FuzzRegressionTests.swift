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

    @Test(arguments: FuzzEntries.targetNames)
    func theFuzzersFindingsRunCleanly(target: String) throws {
        let inputs = Self.inputs(target)
        #expect(!inputs.isEmpty, "Fixtures/fuzz/\(target) holds the findings")
        let entry = try #require(FuzzEntries.target(named: target))
        for input in inputs { entry(input) }
    }

    @Test func theSamplesRunThroughThePlanAndLintTargets() throws {
        for plan in TestSupport.samplePlans() {
            let bytes = [UInt8](try Data(contentsOf: plan))
            FuzzEntries.plan(bytes)
            FuzzEntries.lint([2] + bytes)
        }
    }
}
