import Foundation
import Testing

/// A plan that makes a C library abort (cairo, pango, librsvg assert with
/// `abort()`) fails alone: the batch is drawn in a child process, and the
/// rest of the plans are drawn after it. `PLANBOOK_TEST_ABORT_ON` makes the
/// plan of that file name abort where a C assertion would, while it is drawn.
struct BatchIsolationTests {
    static func aborting(_ names: [String], jobs: Int, plans: Int) throws -> (TestSupport.Run, [String]) {
        let input = try BatchRenderTests.caseload(plans, broken: 0)
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let run = try TestSupport.run(
            TestSupport.executable.path, ["render", input.path, "-o", output.path, "--jobs", String(jobs)],
            environment: ["PLANBOOK_TEST_ABORT_ON": names.joined(separator: ",")])
        return (run, BatchRenderTests.pdfs(in: output))
    }

    @Test(arguments: [1, 2])
    func aPlanThatAbortsFailsAloneAndTheRestOfTheBatchIsDrawn(jobs: Int) throws {
        // The generated caseload's plans are plan-0001.plan to plan-0008.plan, in team folders.
        let (run, pdfs) = try Self.aborting(["plan-0004.plan"], jobs: jobs, plans: 8)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("7 rendered, 0 up to date, 1 failed"), "\(run.stderr)")
        #expect(run.stderr.contains("drawing this plan stopped the process drawing it (signal 6"), "\(run.stderr)")
        #expect(run.stderr.contains("plan-0004.plan: drawing this plan stopped"), "\(run.stderr)")
        #expect(pdfs.count == 7)
        #expect(!pdfs.contains { $0.hasSuffix("plan-0004.pdf") })
        #expect(run.stdout.contains("[8/8]"), "the progress counts the whole batch across processes: \(run.stdout)")
        // Every plan has one line, the crashed one too, numbered 1 to 8 whichever process drew it.
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.map { $0.prefix { $0 != " " } } == (1...8).map { "[\($0)/8]" }, "\(run.stdout)")
        #expect(lines.contains { $0.contains("] failed ") && $0.hasSuffix("plan-0004.plan") }, "\(run.stdout)")
    }

    @Test func twoPlansThatAbortAreBothNamedAndTheOthersDrawn() throws {
        let (run, pdfs) = try Self.aborting(["plan-0003.plan", "plan-0004.plan"], jobs: 2, plans: 10)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("8 rendered, 0 up to date, 2 failed"), "\(run.stderr)")
        #expect(pdfs.count == 8)
    }
}
