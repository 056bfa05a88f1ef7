import ArgumentParser
import PlanBook

/// The `.plan` files named by `paths` (files as given, folders searched);
/// when there are none, says so on standard error and exits with code 1.
func planInputs(_ paths: [String]) throws -> [FoundFile] {
    let found = FileFinder.plans(paths)
    if found.isEmpty {
        printError(escaping: "planbook: no .plan files found in \(paths.joined(separator: ", "))")
        throw ExitCode(1)
    }
    return found
}
