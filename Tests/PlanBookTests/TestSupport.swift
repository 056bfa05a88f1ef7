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

    static func samplePlans() -> [URL] {
        files(in: samples).filter { $0.hasSuffix(".plan") }.map { samples.appendingPathComponent($0) }
    }
}
