// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "planbook",
    products: [
        .executable(name: "planbook", targets: ["planbook"]),
        .library(name: "PlanBook", targets: ["PlanBook"]),
        // What each fuzz target does with an input; fuzz/ builds the libFuzzer executables around it.
        .library(name: "PlanBookFuzzing", targets: ["PlanBookFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // Source files, locations and the one diagnostic type with its renderers.
        .target(name: "PlanDiagnostics"),
        // Lossless syntax tree of a `.plan` file, built by a recovering parser.
        .target(name: "PlanSyntax", dependencies: ["PlanDiagnostics"]),
        // Typed safety plan lowered from the syntax tree, with semantic checks.
        .target(name: "PlanModel", dependencies: ["PlanDiagnostics", "PlanSyntax"]),
        // Plain-language analysis, text in, findings out: words, sentences, syllables, readability, rules, word lists, the score.
        .target(
            name: "PlainLanguage",
            dependencies: ["PlanDiagnostics", "PlanModel"],
            resources: [.copy("Resources")],
            plugins: ["WordListTable"]
        ),
        // Turns word-list.json into Swift at build time, so start-up does not decode it.
        .executableTarget(name: "WordListTableGenerator"),
        .plugin(name: "WordListTable", capability: .buildTool(), dependencies: ["WordListTableGenerator"]),
        // Layout templates (data), pages of positioned boxes; measures text through a protocol.
        .target(name: "BookletLayout", dependencies: ["PlanModel"]),
        // Cairo, Pango and librsvg as system libraries.
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CRsvg",
            pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev"])]
        ),
        // The only target that touches C: owned handles, the Pango measurer, the PDF painter.
        .target(name: "BookletRender", dependencies: ["BookletLayout", "CPangoCairo", "CRsvg"]),
        // The pipeline facade: finding and reading inputs (text, Word), configuration, resources, threads; check, lint, render, audit.
        .target(
            name: "PlanBook",
            dependencies: [
                "PlanDiagnostics", "PlanSyntax", "PlanModel", "PlainLanguage", "BookletLayout", "BookletRender",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // `planbook serve`: the local page, its API and its assets, on Hummingbird.
        .target(
            name: "PlanBookServer",
            dependencies: [
                "PlanBook", "PlanDiagnostics", "PlanModel", "PlainLanguage", "BookletLayout",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [
                .embedInCode("Page/index.html"), .embedInCode("Page/page.js"), .embedInCode("Page/page.css"),
                .embedInCode("Page/plan-mode.js"),
            ]
        ),
        // The made-up caseload behind the hidden `planbook generate-caseload` (tests and bench/run); not in the PlanBook library.
        .target(name: "CaseloadGeneration", dependencies: ["PlanBook"]),
        .target(name: "PlanBookFuzzing", dependencies: ["PlanBook", "PlainLanguage", "BookletRender", "PlanModel", "PlanDiagnostics"]),
        .executableTarget(
            name: "planbook",
            dependencies: [
                "PlanBook", "PlanBookServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The made-up caseloads of the tests and bench/run: a tool beside `planbook`, not shipped in it.
        .executableTarget(
            name: "planbook-caseload",
            dependencies: ["CaseloadGeneration", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // What the test targets share: the repository, temporary folders, running programs, golden files, the layout oracle.
        .target(name: "PlanBookTestSupport", dependencies: ["BookletLayout", "PlanModel"], path: "Tests/PlanBookTestSupport"),
        .testTarget(name: "PlanDiagnosticsTests", dependencies: ["PlanDiagnostics"]),
        .testTarget(name: "PlanSyntaxTests", dependencies: ["PlanSyntax", "PlanBookTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel", "PlanSyntax"], exclude: ["Fixtures"]),
        .testTarget(
            name: "PlainLanguageTests", dependencies: ["PlainLanguage", "PlanModel", "PlanDiagnostics", "PlanBookTestSupport"],
            exclude: ["Documents", "SyllableWords"]),
        .testTarget(name: "BookletLayoutTests", dependencies: ["BookletLayout", "PlanModel", "PlanSyntax", "PlanBookTestSupport"]),
        .testTarget(name: "BookletRenderTests", dependencies: ["BookletRender", "BookletLayout", "PlanBookTestSupport"]),
        .testTarget(
            name: "PlanBookTests",
            dependencies: [
                "PlanBook", "PlanModel", "PlainLanguage", "PlanBookFuzzing", "PlanBookTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "PlanBookServerTests", dependencies: ["PlanBookServer", "PlanBook", "PlanBookTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
