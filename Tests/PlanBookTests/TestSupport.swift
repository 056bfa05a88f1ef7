import Foundation
import PlanBookTestSupport

/// The shared test helpers (`TestFiles`: the repository, temporary folders, the built `planbook`, running programs),
/// with what only the end-to-end tests need.
typealias TestSupport = TestFiles

extension TestFiles {
    static var samples: URL { repositoryRoot.appendingPathComponent("samples") }

    static func planbook(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        try run(executable.path, arguments, in: directory)
    }

    /// `planbook-caseload COUNT -o FOLDER` with more `arguments` (`--seed`, `--broken`).
    static func caseload(_ count: Int, in folder: URL, _ arguments: [String] = []) throws -> Run {
        try run(caseloadTool.path, [String(count), "-o", folder.path] + arguments)
    }

    /// `planbook render --format boxes` of `plan`, written as `name.plan` in
    /// `folder` (with more `arguments` for render): the dump's JSON and each page's boxes.
    static func boxDump(of plan: String, named name: String, in folder: URL, arguments: [String] = []) throws -> BoxDumpResult {
        let planURL = folder.appendingPathComponent(name + ".plan")
        try plan.write(to: planURL, atomically: true, encoding: .utf8)
        return try boxDump(ofPlanAt: planURL.path, in: folder, arguments: arguments)
    }

    /// `planbook render --format boxes` of the plan at `path`, the dump written in `folder`.
    static func boxDump(ofPlanAt path: String, in folder: URL, arguments: [String] = []) throws -> BoxDumpResult {
        let output = folder.appendingPathComponent(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent + ".json")
        let run = try planbook(["render", path, "--format", "boxes", "-o", output.path] + arguments)
        guard run.status == 0, let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any] else {
            throw BoxDumpFailed(stderr: run.stderr)
        }
        let pages = ((json["pages"] as? [[String: Any]]) ?? []).map { ($0["boxes"] as? [[String: Any]]) ?? [] }
        return BoxDumpResult(json: json, pages: pages)
    }

    /// A box dump: its JSON, and each page's boxes.
    struct BoxDumpResult {
        var json: [String: Any]
        var pages: [[[String: Any]]]
        var boxes: [[String: Any]] { pages.flatMap { $0 } }
    }

    struct BoxDumpFailed: Error {
        var stderr: String
    }

    /// `scripts/validate-sarif` (installed by `scripts/setup`) on a SARIF log, saved in `folder` first.
    static func validateSARIF(_ log: String, in folder: URL) throws -> Run {
        let file = folder.appendingPathComponent("log.sarif")
        try log.write(to: file, atomically: true, encoding: .utf8)
        return try run(repositoryRoot.appendingPathComponent("scripts/validate-sarif").path, [file.path])
    }

    /// The text of a file in `Tests/PlanBookTests/Fixtures`; empty when it cannot be read (so the test using it fails).
    static func fixture(_ path: String) -> String {
        let url = repositoryRoot.appendingPathComponent("Tests/PlanBookTests/Fixtures/" + path)
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    static func samplePlans() -> [URL] {
        files(in: samples).filter { $0.hasSuffix(".plan") }.map { samples.appendingPathComponent($0) }
    }
}
