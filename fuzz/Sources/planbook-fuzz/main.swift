// The one libFuzzer driver for every fuzz target:
//   planbook-fuzz TARGET [libFuzzer flags] [corpus folders]
// TARGET (plan, lint, docx or picture) is taken off the arguments and kept in
// PLANBOOK_FUZZ_TARGET, so the processes libFuzzer starts itself (-fork,
// -jobs, -merge) fuzz the same target; the rest goes to libFuzzer's driver.
import CLibFuzzer
import Foundation
import PlanBookFuzzing

let variable = "PLANBOOK_FUZZ_TARGET"
var arguments = CommandLine.arguments
if arguments.count > 1, FuzzEntries.target(named: arguments[1]) != nil {
    setenv(variable, arguments.remove(at: 1), 1)
}
guard let name = ProcessInfo.processInfo.environment[variable], let entry = FuzzEntries.target(named: name) else {
    let names = FuzzEntries.targetNames.joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: planbook-fuzz TARGET [libFuzzer flags] [corpus folders]; TARGET is one of \(names)\n".utf8))
    exit(2)
}

/// The target libFuzzer calls with each input (a C function cannot capture it).
nonisolated(unsafe) var selected = entry

var count = CInt(arguments.count)
var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
exit(
    pointers.withUnsafeMutableBufferPointer { buffer in
        var vector = buffer.baseAddress
        return LLVMFuzzerRunDriver(&count, &vector) { data, size in
            selected(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        }
    })
