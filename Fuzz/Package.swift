// swift-tools-version: 6.0
// Fuzz targets (libFuzzer), a package of their own so the main build and `swift test` stay as they
// are. Built by Fuzz/run with `-sanitize=fuzzer,address`: each target's main hands its test
// function to libFuzzer's driver (CFuzzer declares it). See docs/fuzzing.md.
import PackageDescription

let package = Package(
    name: "tthc-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "tthc", path: "..")
    ],
    targets: [
        .target(name: "CFuzzer"),
        .executableTarget(
            name: "FuzzYAMLReader",
            dependencies: [
                "CFuzzer",
                .product(name: "YAMLReader", package: "tthc"), .product(name: "Diagnostics", package: "tthc"),
            ]),
        .executableTarget(
            name: "FuzzLoader",
            dependencies: [
                "CFuzzer",
                .product(name: "CatalogModel", package: "tthc"), .product(name: "WorkflowCompiler", package: "tthc"),
                .product(name: "Diagnostics", package: "tthc"),
            ]),
        .executableTarget(
            name: "FuzzDurations",
            dependencies: [
                "CFuzzer", .product(name: "WorkCalendar", package: "tthc"),
            ]),
        .executableTarget(
            name: "FuzzLintConfig",
            dependencies: [
                "CFuzzer",
                .product(name: "CatalogLint", package: "tthc"), .product(name: "Diagnostics", package: "tthc"),
            ]),
        .executableTarget(
            name: "FuzzArtifact",
            dependencies: [
                "CFuzzer",
                .product(name: "WorkflowCompiler", package: "tthc"), .product(name: "CaseEngine", package: "tthc"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
