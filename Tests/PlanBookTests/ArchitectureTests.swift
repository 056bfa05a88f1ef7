import Foundation
import Testing

/// The shape the README's "How it is built" promises, checked on the sources.
@Suite struct ArchitectureTests {
    static func sources(_ target: String) throws -> [(name: String, text: String)] {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Sources/\(target)")
        let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }
        return try names.sorted().map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test func theCommandTalksOnlyToTheFacade() throws {
        // PlanBookServer (`planbook serve`) is built on the facade; the command only starts it.
        // The made-up caseloads (CaseloadGeneration) are planbook-caseload's, never the shipped command's.
        let allowed: Set<String> = ["ArgumentParser", "Dispatch", "Foundation", "PlanBook", "PlanBookServer"]
        for (name, text) in try Self.sources("planbook") {
            for line in text.split(separator: "\n") where line.hasPrefix("import ") {
                #expect(allowed.contains(String(line.dropFirst(7))), "Sources/planbook/\(name): \(line)")
            }
        }
    }

    /// Text in, findings out: no file system, no threads, no process state.
    @Test func plainLanguageReadsNoFilesAndStartsNoThreads() throws {
        let forbidden = [
            "FileManager", "FileHandle", "open(", "fopen", "String(contentsOf", "Data(contentsOf", "contentsOfFile:", "DispatchQueue",
            "concurrentPerform", "Thread", "ProcessInfo", "CommandLine", "Bundle",
        ]
        for (name, text) in try Self.sources("PlainLanguage") {
            for word in forbidden {
                #expect(!text.contains(word), "Sources/PlainLanguage/\(name) uses \(word)")
            }
        }
    }

    /// Lowering reads the tree through the typed views of PlanSyntax (`ItemSyntax`, `LineSyntax`, ...), never by
    /// poking at raw nodes, and asks about files only through the `PictureFolder` it is given.
    @Test func loweringReadsTypedViewsAndNoFiles() throws {
        let forbidden = [".child(", ".children(", "children[", "children.dropFirst", "FileManager", "String(contentsOf", "Data(contentsOf"]
        for (name, text) in try Self.sources("PlanModel") {
            for word in forbidden {
                #expect(!text.contains(word), "Sources/PlanModel/\(name) uses \(word)")
            }
        }
    }

    /// The caseload generator and the layout oracle serve tests and benchmarks: neither is in a shipped library.
    @Test func theLibrariesShipNoTestTools() throws {
        let shipped = [
            "PlanDiagnostics", "PlanSyntax", "PlanModel", "PlainLanguage", "BookletLayout", "BookletRender", "PlanBook", "PlanBookServer",
        ]
        for target in shipped {
            for (name, text) in try Self.sources(target) {
                for word in ["CaseloadGenerator", "LayoutInspection"] {
                    #expect(!text.contains(word), "Sources/\(target)/\(name) holds \(word)")
                }
            }
        }
        #expect(try Self.sources("CaseloadGeneration").contains { $0.text.contains("struct CaseloadGenerator") })
    }
}
