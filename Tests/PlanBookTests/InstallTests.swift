import Foundation
import Testing

/// `scripts/install`: an installed planbook renders from any folder, and
/// `--uninstall` removes exactly what the install put there.
@Suite(.serialized) struct InstallTests {
    static let script = TestSupport.repositoryRoot.appendingPathComponent("scripts/install").path

    /// Runs a program on a thread of its own, so that a long install does not hold one of the
    /// few threads Swift Testing shares with the other suites (the server tests need them).
    static func run(_ program: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) async throws
        -> TestSupport.Run
    {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try TestSupport.run(program, arguments, in: directory, environment: environment) })
            }
        }
    }

    /// Every file and folder under `folder`, relative to it.
    static func tree(_ folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        return (enumerator?.allObjects as? [String] ?? []).sorted()
    }

    @Test func installedPlanbookRendersFromAnyFolderAndUninstallLeavesOnlyWhatWasThere() async throws {
        let prefix = try TestSupport.temporaryFolder()
        // A file of someone else's where the install puts its manual: uninstall must leave it.
        let mine = prefix.appendingPathComponent("share/man/man1/someone-else.1")
        try FileManager.default.createDirectory(at: mine.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "keep me".write(to: mine, atomically: true, encoding: .utf8)
        // The test's own build: a release build here would hold up the test run for minutes.
        let build = TestSupport.executable.deletingLastPathComponent().path
        let install = try await Self.run(Self.script, ["--prefix", prefix.path, "--from-build", build])
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")

        let installed = Self.tree(prefix)
        for path in [
            "bin/planbook", "share/planbook/Layouts/child-booklet.json", "share/planbook/Layouts/fixed-words/en-GB.json",
            "share/planbook/Fonts/fonts.conf", "share/planbook/Pictures/library.json",
            "share/planbook/planbook_PlainLanguage.resources/Resources/word-list.json", "share/planbook/LICENSE",
            "share/man/man1/planbook.1", "share/bash-completion/completions/planbook", "share/zsh/site-functions/_planbook",
            "share/fish/vendor_completions.d/planbook.fish",
        ] {
            #expect(installed.contains(path), "\(path) is installed")
        }
        #expect(!installed.contains { $0.contains("tools/") }, "the picture tools stay in the checkout")
        let completion = try String(
            contentsOf: prefix.appendingPathComponent("share/bash-completion/completions/planbook"), encoding: .utf8)
        #expect(completion.contains("render") && completion.contains("--layout"))
        let manual = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/planbook.1"), encoding: .utf8)
        // man(7) from the script's --help fallback, or mdoc(7) from argument-parser's generate-manual
        // (which the script uses when the build holds it).
        #expect(manual.hasPrefix(".TH") || manual.contains(".TH ") || manual.contains("\n.Dt PLANBOOK 1\n"))
        #expect(manual.contains("render"))

        // From a folder that is not the checkout, with nothing pointing at it.
        let work = try TestSupport.temporaryFolder()
        try FileManager.default.copyItem(
            at: TestSupport.samples.appendingPathComponent("mia.plan"), to: work.appendingPathComponent("mia.plan"))
        let planbook = prefix.appendingPathComponent("bin/planbook").path
        let render = try await Self.run(planbook, ["render", "mia.plan"], in: work, environment: ["PLANBOOK_HOME": ""])
        #expect(render.status == 0, "\(render.stderr)")
        let pdf = work.appendingPathComponent("mia.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        #expect(try TestSupport.run("pdfinfo", [pdf.path]).stdout.contains("Tagged:"))
        let lint = try await Self.run(planbook, ["lint", "mia.plan"], in: work, environment: ["PLANBOOK_HOME": ""])
        #expect(lint.stdout.contains("score"), "the linter's data is installed: \(lint.stderr)")
        let version = try await Self.run(planbook, ["--version"], in: work)
        #expect(version.status == 0 && !version.stdout.isEmpty)

        let uninstall = try await Self.run(Self.script, ["--uninstall", "--prefix", prefix.path])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(
            Self.tree(prefix) == ["share", "share/man", "share/man/man1", "share/man/man1/someone-else.1"],
            "only what was there before is left: \(Self.tree(prefix).prefix(10))")

        let again = try await Self.run(Self.script, ["--uninstall", "--prefix", prefix.path])
        #expect(again.status == 1 && again.stderr.contains("nothing to uninstall"))
    }
}
