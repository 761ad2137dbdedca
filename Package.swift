// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "tthc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tthc", targets: ["tthc"]),
        .library(name: "WorkCalendar", targets: ["WorkCalendar"]),
        .library(name: "CatalogModel", targets: ["CatalogModel"]),
        .library(name: "YAMLReader", targets: ["YAMLReader"]),
        .library(name: "Diagnostics", targets: ["Diagnostics"]),
        .library(name: "WorkflowCompiler", targets: ["WorkflowCompiler"]),
        .library(name: "CaseEngine", targets: ["CaseEngine"]),
        .library(name: "CatalogLint", targets: ["CatalogLint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        // libyaml, the only YAML parser in the project (pkg-config yaml-0.1).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "Diagnostics"),
        .target(name: "YAMLReader", dependencies: ["CYAML", "Diagnostics"]),
        // Knows nothing of the catalog: a reusable Vietnamese business-day library.
        .target(name: "WorkCalendar"),
        .target(
            name: "CatalogModel",
            dependencies: [
                "YAMLReader", "Diagnostics", "WorkCalendar",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // Resolved catalog → checked workflow graphs and the deterministic compiled artifact.
        .target(name: "WorkflowCompiler", dependencies: ["CatalogModel", "Diagnostics", "WorkCalendar"]),
        // Compiled graphs → DOT and Mermaid drawings.
        .target(name: "Exporters", dependencies: ["WorkflowCompiler", .product(name: "Mustache", package: "swift-mustache")]),
        // Linter: rules (one file each, with examples), configuration, suppressions, baseline, fixes.
        .target(name: "CatalogLint", dependencies: ["WorkflowCompiler", "CatalogModel", "Diagnostics", "YAMLReader"]),
        // Interpreter: cases on the compiled graph, event-sourced in SQLite, simulation.
        .target(
            name: "CaseEngine",
            dependencies: [
                "WorkflowCompiler", "WorkCalendar", "Diagnostics",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the store's hot statements (FastStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "TTHCCommands",
            dependencies: [
                "CatalogModel", "Diagnostics", "WorkCalendar", "YAMLReader", "WorkflowCompiler", "Exporters",
                "CatalogLint", "CaseEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tthc", dependencies: ["TTHCCommands"]),
        // The one golden-file comparison of the suite (a missing golden file fails).
        .target(name: "GoldenFiles", path: "Tests/GoldenFiles"),
        // Shared by the test targets: throw-away fixture catalogs.
        .target(name: "TestSupport", dependencies: ["CatalogModel", "Diagnostics"], path: "Tests/Support"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "GoldenFiles"]),
        .testTarget(name: "YAMLReaderTests", dependencies: ["YAMLReader", "Diagnostics", "GoldenFiles"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WorkCalendarTests", dependencies: ["WorkCalendar", "TestSupport", "GoldenFiles"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CatalogModelTests", dependencies: ["CatalogModel", "Diagnostics", "TestSupport", "GoldenFiles"], resources: [.copy("Fixtures")]),
        .testTarget(name: "WorkflowCompilerTests", dependencies: ["WorkflowCompiler", "CatalogModel", "Diagnostics", "Exporters", "TestSupport", "GoldenFiles"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CatalogLintTests", dependencies: ["CatalogLint", "CatalogModel", "Diagnostics", "WorkflowCompiler", "TestSupport", "GoldenFiles"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CaseEngineTests", dependencies: ["CaseEngine", "Diagnostics", "WorkflowCompiler", "CatalogModel", "WorkCalendar", "TestSupport", "GoldenFiles"], resources: [.copy("Fixtures")]),
        // The shipped Catalog itself: clean, its published figures, its published procedures.
        .testTarget(name: "ShippedCatalogTests", dependencies: ["CatalogModel", "WorkflowCompiler", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TTHCCommands", "TestSupport", "GoldenFiles"], resources: [.copy("Golden")]), // the tthc binary is found next to this resource bundle
    ],
    swiftLanguageModes: [.v6]
)
