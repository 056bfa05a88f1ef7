// swift-tools-version: 6.0
// planbook's libFuzzer harness: one executable whose one driver feeds each
// input to the target named on its command line (`plan`, `lint`, `docx`,
// `picture`; see Sources/PlanBookFuzzing in the parent package). Build it
// through fuzz/run, which passes `-sanitize=fuzzer,address`; a plain
// `swift build` cannot link it (LLVMFuzzerRunDriver comes from libFuzzer).
import Foundation
import PackageDescription

/// The parent package's identity is its folder's name.
let parent = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "planbook-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        // libFuzzer's C entry point, declared for Swift.
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .executableTarget(
            name: "planbook-fuzz",
            dependencies: ["CLibFuzzer", .product(name: "PlanBookFuzzing", package: parent)],
            path: "Sources/planbook-fuzz"
        ),
        // Renders a folder of plans in one process with AddressSanitizer's leak checker (`fuzz/run --leaks DIR`).
        .executableTarget(
            name: "planbook-leaks",
            dependencies: [.product(name: "PlanBook", package: parent)],
            path: "Sources/planbook-leaks"
        ),
    ]
)
