// Renders every plan under a folder through the batch renderer, in this one
// process built with AddressSanitizer, so that LeakSanitizer lists at exit
// every block no longer reachable (`fuzz/run --leaks DIR`; docs/reliability.md):
//   planbook-leaks DIR OUT
import Foundation
import PlanBook

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: planbook-leaks DIR OUT\n".utf8))
    exit(2)
}
let resources = try Resources.locate()
let jobs = FileFinder.plans([arguments[1]]).map {
    BatchRenderer.Job(plan: $0.path, output: arguments[2] + "/" + ($0.relativePath as NSString).deletingPathExtension + ".pdf")
}
let results = BatchRenderer(resources: resources, force: true, workers: 2).run(jobs, stop: Locked(false)) { _, _, _ in }
var rendered = 0
for result in results {
    if case .rendered = result.outcome { rendered += 1 }
}
print("planbook-leaks: \(rendered) of \(jobs.count) plans rendered")
exit(rendered == jobs.count ? 0 : 1)
