import Foundation
import Testing

/// Rendering a caseload: folders mirrored, bad plans named, work never redone, never half-written.
@Suite(.serialized) struct BatchRenderTests {
    static func caseload(_ count: Int, broken: Int) throws -> URL {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("caseload")
        let run = try TestSupport.caseload(count, in: folder, ["--broken", String(broken)])
        #expect(run.status == 0, "\(run.stderr)")
        return folder
    }

    static func pdfs(in folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".pdf") }.sorted()
    }

    static func leftovers(in folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.contains(".tmp-") }
    }

    /// Whether every PDF is whole: it starts with the header and ends with the end-of-file marker.
    static func everyPDFIsWhole(in folder: URL) throws -> Bool {
        try pdfs(in: folder).allSatisfy { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return data.starts(with: Array("%PDF-".utf8)) && String(decoding: data.suffix(8), as: UTF8.self).contains("%%EOF")
        }
    }

    @Test func aCaseloadRendersMirroredWithTheBrokenPlanNamed() throws {
        let input = try Self.caseload(24, broken: 1)
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let run = try TestSupport.planbook(["render", input.path, "-o", output.path, "--jobs", "2"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("23 rendered, 0 up to date, 1 failed"))
        #expect(run.stderr.contains(": error: age '19' is not a whole number of years from 0 to 18"))
        let pdfs = Self.pdfs(in: output)
        #expect(pdfs.count == 23)
        #expect(
            pdfs.allSatisfy {
                $0.hasPrefix("east-team/") || $0.hasPrefix("north-team/") || $0.hasPrefix("south-team/") || $0.hasPrefix("west-team/")
            })
        #expect(run.stdout.contains("[24/24]"), "plain progress lines when not on a terminal")

        let again = try TestSupport.planbook(["render", input.path, "-o", output.path])
        #expect(again.stderr.contains("0 rendered, 23 up to date, 1 failed"))

        // A plan changed after its booklet is made again; --force makes them all again.
        let plan = input.appendingPathComponent(pdfs[0].replacingOccurrences(of: ".pdf", with: ".plan"))
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: plan.path)
        #expect(try TestSupport.planbook(["render", input.path, "-o", output.path]).stderr.contains("1 rendered, 22 up to date, 1 failed"))
        #expect(
            try TestSupport.planbook(["render", input.path, "-o", output.path, "--force"]).stderr.contains(
                "23 rendered, 0 up to date, 1 failed"))
    }

    @Test func parallelAndSerialRunsGiveTheSameBytes() throws {
        let input = try Self.caseload(6, broken: 0)
        let base = input.deletingLastPathComponent()
        _ = try TestSupport.planbook(["render", input.path, "-o", base.appendingPathComponent("a").path, "--jobs", "2"])
        _ = try TestSupport.planbook(["render", input.path, "-o", base.appendingPathComponent("b").path, "--jobs", "1"])
        let names = Self.pdfs(in: base.appendingPathComponent("a"))
        #expect(names.count == 6)
        for name in names {
            #expect(
                try Data(contentsOf: base.appendingPathComponent("a/" + name)) == Data(contentsOf: base.appendingPathComponent("b/" + name))
            )
        }
    }

    /// Starts a render in the background and signals it once `started` PDFs exist.
    static func interrupted(signal: Int32, plans: Int) throws -> (input: URL, output: URL, status: Int32, stderr: String) {
        let input = try caseload(plans, broken: 0)
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let process = Process()
        process.executableURL = TestSupport.executable
        process.arguments = ["render", input.path, "-o", output.path, "--jobs", "1"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while pdfs(in: output).count < 3, Date() < deadline, process.isRunning { usleep(20_000) }
        kill(process.processIdentifier, signal)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (input, output, process.terminationStatus, stderr)
    }

    @Test func killedMidBatchLeavesNoPartialPDFAndARerunFinishes() throws {
        let (input, output, _, _) = try Self.interrupted(signal: SIGKILL, plans: 60)
        let before = Self.pdfs(in: output).count
        #expect(before >= 3 && before < 60, "the run was killed part way (\(before) done)")
        #expect(try Self.everyPDFIsWhole(in: output))
        let rerun = try TestSupport.planbook(["render", input.path, "-o", output.path])
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("\(60 - before) rendered, \(before) up to date, 0 failed"), "\(rerun.stderr)")
        #expect(Self.pdfs(in: output).count == 60)
        #expect(Self.leftovers(in: output).isEmpty, "no temporary file is left behind")
    }

    @Test func ctrlCStopsCleanlyWithASummary() throws {
        let (_, output, status, stderr) = try Self.interrupted(signal: SIGINT, plans: 60)
        #expect(status == 130)
        #expect(stderr.contains("not started (stopped)"))
        #expect(try Self.everyPDFIsWhole(in: output))
        #expect(Self.leftovers(in: output).isEmpty)
    }

    /// A booklet is made again when any input it was made from changes: a
    /// picture chosen by keyword, the fixed words, the fonts configuration,
    /// not only the plan and the pictures it names.
    @Test func aChangeToAnyInputMakesTheBookletAgain() throws {
        let resources = try TestSupport.temporaryFolder()
        for folder in ["Layouts", "Fonts", "Pictures"] {
            try FileManager.default.copyItem(
                at: TestSupport.repositoryRoot.appendingPathComponent(folder), to: resources.appendingPathComponent(folder))
        }
        let folder = try TestSupport.temporaryFolder()
        let plan = folder.appendingPathComponent("mia.plan")
        try FileManager.default.copyItem(at: TestSupport.samples.appendingPathComponent("mia.plan"), to: plan)
        let render = { try TestSupport.planbook(["render", "--resources", resources.path, plan.path]) }
        #expect(try render().status == 0)
        #expect(try render().stderr.contains("0 rendered, 1 up to date"))
        let library =
            try JSONSerialization.jsonObject(with: Data(contentsOf: resources.appendingPathComponent("Pictures/library.json")))
            as? [String: Any]
        let someFile = try #require(((library?["pictures"] as? [[String: Any]])?.first?["file"]) as? String)
        var later = 60.0
        for input in ["Layouts/fixed-words/en-GB.json", "Fonts/fonts.conf", "Pictures/" + someFile, "Pictures/library.json"] {
            try FileManager.default.setAttributes(
                [.modificationDate: Date().addingTimeInterval(later)], ofItemAtPath: resources.appendingPathComponent(input).path)
            later += 60
            let again = try render()
            #expect(again.status == 0 && !again.stderr.contains("up to date"), "after \(input) changed: \(again.stderr)")
            try FileManager.default.setAttributes(
                [.modificationDate: Date().addingTimeInterval(later)], ofItemAtPath: folder.appendingPathComponent("mia.pdf").path)
            later += 60
        }
    }
}
