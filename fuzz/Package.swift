// swift-tools-version: 6.0
// libFuzzer targets for planbook, built by fuzz/run with `-sanitize=fuzzer,address`
// (never by a plain `swift build`, which would find no main function).
import Foundation
import PackageDescription

/// The parent package's identity is its folder's name.
let parent = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let targets = ["plan", "lint", "docx", "picture"]

let package = Package(
    name: "planbook-fuzz",
    dependencies: [.package(path: "..")],
    targets: targets.map { name in
        .executableTarget(
            name: "fuzz-\(name)",
            dependencies: [.product(name: "PlanBookFuzzing", package: parent)],
            path: "Sources/fuzz-\(name)"
        )
    }
)
