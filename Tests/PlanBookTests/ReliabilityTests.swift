import Foundation
import Testing

/// Hostile and huge inputs: each of the failures found by the attack in
/// issue 14, reproduced and shown to hold now (docs/reliability.md).
@Suite(.serialized) struct ReliabilityTests {
    static let plan = """
        # Mia's safety plan

        child: Mia Thompson
        age: 7
        written by: Sam Patel, social worker
        date: 2026-03-02
        shared with child: 2026-03-09, read together at Gran's house

        ## Working well
        - ITEM

        ## Next steps
        - Gran will phone Sam if she is worried about Mia.
          who: Gran
          by: 2026-04-01

        """

    static func plan(item: String) -> String {
        plan.replacingOccurrences(of: "ITEM", with: item)
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    /// A PNG whose header declares `width` × `height` pixels: 109 bytes or so, whatever it claims.
    static func pngHeader(width: UInt32, height: UInt32) -> Data {
        func be(_ value: UInt32) -> [UInt8] {
            [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
        }
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        bytes += be(13) + Array("IHDR".utf8) + be(width) + be(height) + [8, 6, 0, 0, 0] + be(0)
        bytes += be(10) + Array("IDAT".utf8) + [0x78, 0x9C, 0x63, 0, 0, 0, 0, 0, 0, 0] + be(0)
        bytes += be(0) + Array("IEND".utf8) + be(0xAE42_6082)
        return Data(bytes)
    }

    /// A baseline JPEG's first segments, declaring `width` × `height`.
    static func jpegHeader(width: UInt16, height: UInt16) -> Data {
        var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        bytes += [0xFF, 0xC0, 0, 17, 8, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8), UInt8(width & 0xFF), 3]
        bytes += [1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xFF, 0xD9]
        return Data(bytes)
    }

    // MARK: 1. A huge SVG

    @Test func aHugeSVGIsAnErrorAtCheckAndTheRestOfTheFolderRenders() throws {
        let folder = try TestSupport.temporaryFolder()
        try Self.write(
            #"<svg xmlns="http://www.w3.org/2000/svg" width="40000" height="40000" viewBox="0 0 40000 40000"><rect width="40000" height="40000" fill="red"/></svg>"#,
            "huge.svg", in: folder)
        try Self.write(Self.plan(item: "Gran picks Mia up. [picture: huge.svg]"), "a.plan", in: folder)
        try Self.write(Self.plan(item: "Gran picks Mia up."), "b.plan", in: folder)

        let check = try TestSupport.planbook(["check", folder.appendingPathComponent("a.plan").path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("[PB508 svg-too-large]"))
        #expect(check.stderr.contains("40000 × 40000 units"), "\(check.stderr)")
        #expect(check.stderr.contains("--max-svg-side"), "the message says how to raise the limit")

        let render = try TestSupport.planbook(["render", folder.path, "--jobs", "1"])
        #expect(render.status == 1, "\(render.stderr)")
        #expect(render.stderr.contains("1 rendered, 0 up to date, 1 failed"), "\(render.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("b.pdf").path))
    }

    @Test func aHugeSVGWithTheLimitRaisedIsDrawnWithoutCrashing() throws {
        let folder = try TestSupport.temporaryFolder()
        try Self.write(
            #"<svg xmlns="http://www.w3.org/2000/svg" width="40000" height="1000000"><rect width="40000" height="1000000" fill="red"/></svg>"#,
            "huge.svg", in: folder)
        try Self.write(Self.plan(item: "Gran picks Mia up. [picture: huge.svg]"), "a.plan", in: folder)
        let output = folder.appendingPathComponent("a.pdf")
        let render = try TestSupport.planbook([
            "render", folder.appendingPathComponent("a.plan").path, "-o", output.path, "--max-svg-side", "10000000",
        ])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.path))
    }

    @Test func anSVGWithTooManyElementsIsAnError() throws {
        let folder = try TestSupport.temporaryFolder()
        let rects = String(repeating: #"<rect width="1" height="1"/>"#, count: 60_000)
        try Self.write(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">"# + rects + "</svg>", "busy.svg", in: folder)
        try Self.write(Self.plan(item: "Gran picks Mia up. [picture: busy.svg]"), "a.plan", in: folder)
        let check = try TestSupport.planbook(["check", folder.appendingPathComponent("a.plan").path])
        #expect(check.stderr.contains("[PB509 svg-too-many-elements]"), "\(check.stderr)")
        let raised = try TestSupport.planbook(["check", folder.appendingPathComponent("a.plan").path, "--max-svg-elements", "100000"])
        #expect(raised.status == 0, "\(raised.stderr)")
    }

    // MARK: 2. Pixels

    @Test func aPictureDeclaringTooManyPixelsIsRefusedFromItsHeader() throws {
        let folder = try TestSupport.temporaryFolder()
        try Self.pngHeader(width: 30_000, height: 30_000).write(to: folder.appendingPathComponent("big.png"))
        try Self.jpegHeader(width: 30_000, height: 30_000).write(to: folder.appendingPathComponent("big.jpg"))
        try Self.write(Self.plan(item: "Gran picks Mia up. [picture: big.png]\n- Mum reads. [picture: big.jpg]"), "a.plan", in: folder)
        let check = try TestSupport.planbook(["check", folder.appendingPathComponent("a.plan").path])
        #expect(check.status == 1)
        #expect(check.stderr.components(separatedBy: "[PB506 picture-too-many-pixels]").count == 3, "\(check.stderr)")
        #expect(check.stderr.contains("30000 × 30000 pixels"))
        #expect(check.stderr.contains("--max-picture-pixels"))
    }

    @Test func limitsComeFromTheConfigFileAndFlagsWin() throws {
        let folder = try TestSupport.temporaryFolder()
        try Self.pngHeader(width: 3_000, height: 3_000).write(to: folder.appendingPathComponent("photo.png"))
        try Self.write(Self.plan(item: "Gran picks Mia up. [picture: photo.png]"), "a.plan", in: folder)
        try Self.write(#"{"limits": {"picturePixels": 1000000}}"#, ".planbook-lint.json", in: folder)
        let lowered = try TestSupport.planbook(["check", "a.plan"], in: folder)
        #expect(lowered.stderr.contains("PB506"), "the config file's limit is used: \(lowered.stderr)")
        let raised = try TestSupport.planbook(["check", "a.plan", "--max-picture-pixels", "10000000"], in: folder)
        #expect(!raised.stderr.contains("PB506"), "the flag wins: \(raised.stderr)")
        try Self.write(#"{"limits": {"picturePixels": "many"}}"#, ".planbook-lint.json", in: folder)
        let broken = try TestSupport.planbook(["check", "a.plan"], in: folder)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("cannot use the limits in"))
    }

    // MARK: 4. Nothing hidden left behind

    static func hiddenFiles(in folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { URL(fileURLWithPath: $0).lastPathComponent.hasPrefix(".") }
    }

    @Test func killingABatchAtManyMomentsLeavesNothingHiddenThatARerunDoesNotRemove() throws {
        let input = try BatchRenderTests.caseload(40, broken: 0)
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        var kills = 0
        for attempt in 0..<14 {
            let process = Process()
            process.executableURL = TestSupport.executable
            process.arguments = ["render", input.path, "-o", output.path, "--jobs", "2", "--force"]
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            // From before the first booklet to the last ones: 0.05 s to 1.6 s.
            usleep(UInt32(50_000 + attempt * 120_000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
            for name in Self.hiddenFiles(in: output) {
                let base = URL(fileURLWithPath: name).lastPathComponent
                #expect(base.contains(".tmp-"), "only a name the next run removes is left: \(name)")
            }
            #expect(try BatchRenderTests.everyPDFIsWhole(in: output))
        }
        #expect(kills >= 5, "the batches were killed part way")
        // Leftovers from the Foundation writes of earlier versions are removed too.
        try FileManager.default.createDirectory(at: output.appendingPathComponent("north-team"), withIntermediateDirectories: true)
        try Data("%PDF-1.5 a child's booklet".utf8).write(to: output.appendingPathComponent("north-team/.dat.nosyncab12.k3J9"))
        let rerun = try TestSupport.planbook(["render", input.path, "-o", output.path, "--force"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(Self.hiddenFiles(in: output).isEmpty, "a rerun leaves nothing hidden: \(Self.hiddenFiles(in: output))")
        #expect(BatchRenderTests.pdfs(in: output).count == 40)
    }

    // MARK: 5. Pipes and devices

    @Test func aFIFONamedLikeAPlanOrAPictureIsAnErrorAtOnce() throws {
        let folder = try TestSupport.temporaryFolder()
        #expect(mkfifo(folder.appendingPathComponent("pipe.plan").path, 0o644) == 0)
        #expect(mkfifo(folder.appendingPathComponent("pipe.png").path, 0o644) == 0)
        #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        #expect(mkfifo(folder.appendingPathComponent("pipe.docx").path, 0o644) == 0)
        try Self.write(Self.plan(item: "Gran picks Mia up. [picture: pipe.png]"), "a.plan", in: folder)
        let started = Date()
        let check = try TestSupport.planbook([
            "check", folder.appendingPathComponent("pipe.plan").path, folder.appendingPathComponent("a.plan").path,
        ])
        #expect(check.stderr.contains("[PB008 not-a-regular-file]"), "\(check.stderr)")
        #expect(check.stderr.contains("[PB510 picture-not-a-file]"), "\(check.stderr)")
        let render = try TestSupport.planbook(["render", folder.path])
        #expect(render.status == 1)
        #expect(render.stderr.contains("0 rendered, 0 up to date, 2 failed"), "\(render.stderr)")
        let lint = try TestSupport.planbook(["lint", folder.appendingPathComponent("pipe.txt").path])
        #expect(lint.stdout.contains("PL006") || lint.stderr.contains("PL006"), "\(lint.stdout)\(lint.stderr)")
        let word = try TestSupport.planbook(["lint", folder.appendingPathComponent("pipe.docx").path])
        #expect(word.stdout.contains("PL006") || word.stderr.contains("PL006"), "\(word.stdout)\(word.stderr)")
        let imported = try TestSupport.planbook(["import", folder.appendingPathComponent("pipe.docx").path])
        #expect(imported.status != 0)
        #expect(imported.stderr.contains("not a regular file"), "\(imported.stderr)")
        #expect(Date().timeIntervalSince(started) < 60, "nothing waits for a writer")
    }

    // MARK: 6. Terminal escapes

    @Test func controlCharactersFromAFileAreShownEscapedNeverRaw() throws {
        let folder = try TestSupport.temporaryFolder()
        let hostile = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{8}\u{8}ok"
        try Self.write(
            Self.plan(item: "Gran helps.").replacingOccurrences(of: "age: 7", with: "age: 7\nchld\u{1B}[31m: x"), "a.plan", in: folder)
        try Self.write(
            Self.plan(item: "Gran helps.").replacingOccurrences(of: "## Next steps", with: "## Next\(hostile) steps"), "b.plan", in: folder)
        let check = try TestSupport.planbook([
            "check", folder.appendingPathComponent("a.plan").path, folder.appendingPathComponent("b.plan").path,
        ])
        #expect(check.status == 1)
        #expect(!check.stderr.contains("\u{1B}"), "no escape reaches the terminal")
        #expect(!check.stderr.contains("\u{8}"), "no backspace either")
        #expect(check.stderr.contains("\\u{1B}]0;owned\\u{7}"), "\(check.stderr)")
        #expect(check.stderr.contains("chld\\u{1B}[31m: x"))
        let render = try TestSupport.planbook(["render", folder.path])
        #expect(!render.stderr.contains("\u{1B}") && !render.stdout.contains("\u{1B}"))
        try Self.write("The plan was \u{1B}[2Jsubsequently agreed.\n", "notes.txt", in: folder)
        let lint = try TestSupport.planbook(["lint", folder.appendingPathComponent("notes.txt").path])
        #expect(!lint.stdout.contains("\u{1B}") && !lint.stderr.contains("\u{1B}"), "\(lint.stdout)")
    }

    // MARK: 7 and 8. Long words and huge items

    static func pdfText(_ pdf: URL) throws -> String {
        let run = try TestSupport.run("pdftotext", [pdf.path, "-"])
        return run.stdout.replacingOccurrences(of: "\u{200B}", with: "")
    }

    @Test func aWordOfTwentyThousandLettersIsDrawnWholeAcrossLinesAndPages() throws {
        let folder = try TestSupport.temporaryFolder()
        let word = String(repeating: "abcdefghij", count: 2_000)
        try Self.write(Self.plan(item: "Gran picks \(word) up."), "a.plan", in: folder)
        let output = folder.appendingPathComponent("a.pdf")
        let started = Date()
        let render = try TestSupport.planbook(["render", folder.appendingPathComponent("a.plan").path, "-o", output.path])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(Date().timeIntervalSince(started) < 120)
        let text = try Self.pdfText(output).filter { !$0.isWhitespace }
        #expect(text.components(separatedBy: "abcdefghij").count - 1 == 2_000, "every letter is drawn")
        #expect(text.contains("up."))
    }

    @Test func anItemOfManyThousandWordsIsDrawnWordForWordOnPagesOfItsOwn() throws {
        let folder = try TestSupport.temporaryFolder()
        let words = (0..<12_000).map { "w\($0)" }.joined(separator: " ")
        try Self.write(Self.plan(item: words), "a.plan", in: folder)
        let output = folder.appendingPathComponent("a.pdf")
        let render = try TestSupport.planbook(["render", folder.appendingPathComponent("a.plan").path, "-o", output.path])
        #expect(render.status == 0, "\(render.stderr)")
        let drawn = Set(try Self.pdfText(output).split(whereSeparator: \.isWhitespace).map(String.init))
        let missing = (0..<12_000).filter { !drawn.contains("w\($0)") }
        #expect(missing.isEmpty, "missing: \(missing.prefix(10))")
    }

    // MARK: Text limit

    @Test func aPlanOverTheTextLimitIsAnErrorThatSaysHowToRaiseIt() throws {
        let folder = try TestSupport.temporaryFolder()
        try Self.write(Self.plan(item: String(repeating: "Gran helps. ", count: 2_000)), "a.plan", in: folder)
        let check = try TestSupport.planbook(["check", folder.appendingPathComponent("a.plan").path, "--max-text-bytes", "10000"])
        #expect(check.stderr.contains("[PB004 file-too-large]"))
        #expect(check.stderr.contains("--max-text-bytes"))
    }
}
