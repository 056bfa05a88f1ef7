import Foundation
import PackagePlugin

/// Makes `WordListTable.swift` from the target's `Resources/word-list.json`
/// at build time (`WordListTableGenerator`), so start-up need not decode it.
@main struct WordListTable: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        // The target copies its Resources folder whole, so the folder is the file SwiftPM lists.
        guard let target = target as? SourceModuleTarget,
            let resources = target.sourceFiles.first(where: { $0.url.lastPathComponent == "Resources" })?.url
        else { return [] }
        let input = resources.appendingPathComponent("word-list.json")
        let output = context.pluginWorkDirectoryURL.appending(component: "WordListTable.swift")
        return [
            .buildCommand(
                displayName: "Making the word list's table from word-list.json",
                executable: try context.tool(named: "WordListTableGenerator").url,
                arguments: [input.path, output.path],
                inputFiles: [input],
                outputFiles: [output]
            )
        ]
    }
}
