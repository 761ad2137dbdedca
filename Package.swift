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
        .library(name: "CaseStorage", targets: ["CaseStorage"]),
        .library(name: "CaseStoreSQLite", targets: ["CaseStoreSQLite"]),
        .library(name: "CaseForms", targets: ["CaseForms"]),
        .library(name: "CaseSimulation", targets: ["CaseSimulation"]),
        .library(name: "CatalogLint", targets: ["CatalogLint"]),
        // The case service and the PostgreSQL store: a separate executable, so that `tthc` (and
        // `swift run tthc check`) builds without SwiftNIO, postgres-nio and Hummingbird.
        // `tthc serve` and `tthc case --store postgres://…` run it when it is installed beside tthc.
        .executable(name: "tthc-serve", targets: ["tthc-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // Only for tthc-serve (CaseStorePostgres, TTHCServer): never linked into tthc.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        // /metrics: swift-metrics recorded into a Prometheus registry (tthc-serve only).
        .package(url: "https://github.com/apple/swift-metrics", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // The routes of tthc-serve, generated from its OpenAPI document (Tools/openapi-generate; the
        // generated code is committed, no build plugin) and served through Hummingbird.
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.0"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
    ],
    targets: [
        // libyaml, the only YAML parser in the project (pkg-config yaml-0.1).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // glibc's mallopt, for the tthc executable's memory tuning (Sources/tthc/MallocTuning.swift).
        .systemLibrary(name: "CMalloc"),
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
        .target(
            name: "Exporters",
            dependencies: [
                "WorkflowCompiler", "CatalogModel", "Diagnostics", "WorkCalendar",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        // Linter: rules (one file each, with examples), configuration, suppressions, baseline, fixes.
        .target(
            name: "CatalogLint",
            dependencies: ["WorkflowCompiler", "CatalogModel", "Diagnostics", "YAMLReader", "WorkCalendar"],
            // The rules' documentation (name, summary, rationale, option texts) as data, compiled into
            // the binary so that the static release stays one self-contained file.
            resources: [.embedInCode("Documentation/rules.yaml")]),
        // The case layers (docs/interpreter.md), each depending only on those above it:
        // the interpreter: a case's model and decide/evolve on the compiled graph (no SQLite, no templates).
        .target(name: "CaseEngine", dependencies: ["WorkflowCompiler", "WorkCalendar", "Diagnostics"]),
        // What every store does (`CaseStoring`), the snapshot codec, checksums, and the store over any
        // row backend (`PortableCaseStore`); no database of its own.
        .target(name: "CaseStorage", dependencies: ["CaseEngine", "WorkflowCompiler", "WorkCalendar"]),
        // The embedded store: one SQLite file through GRDB.
        .target(
            name: "CaseStoreSQLite",
            dependencies: [
                "CaseStorage", "CaseEngine", "WorkflowCompiler", "WorkCalendar", "Diagnostics",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the store's hot statements (FastStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // What people read: the case's timeline, forms 04 and 06 (text and HTML through Mustache).
        .target(
            name: "CaseForms",
            dependencies: [
                "CaseEngine", "WorkflowCompiler", "CatalogModel", "WorkCalendar", "Diagnostics",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Synthetic cases in virtual time, and their report (JSON, HTML with SVG charts).
        .target(
            name: "CaseSimulation",
            dependencies: [
                "CaseEngine", "CaseForms", "WorkflowCompiler", "WorkCalendar", "Diagnostics",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "TTHCCommands",
            dependencies: [
                "CatalogModel", "Diagnostics", "WorkCalendar", "YAMLReader", "WorkflowCompiler", "Exporters",
                "CatalogLint", "CaseEngine", "CaseStorage", "CaseStoreSQLite", "CaseForms", "CaseSimulation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "tthc", dependencies: ["TTHCCommands", "CMalloc"]),
        // The PostgreSQL case store (postgres-nio), behind CaseStorage's `CaseStoring` (no SQLite).
        .target(
            name: "CaseStorePostgres",
            dependencies: [
                "CaseStorage", "CaseEngine", "WorkflowCompiler", "WorkCalendar",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // The types and the `APIProtocol` of Sources/TTHCServer/openapi.yaml, as swift-openapi-generator
        // writes them (Tools/openapi-generate; committed, checked in CI).
        .target(
            name: "TTHCServerAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // `tthc serve`: the HTTP API (Hummingbird 2), tokens, access per unit, problems, metrics.
        .target(
            name: "TTHCServer",
            dependencies: [
                "TTHCServerAPI",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                "CaseEngine", "CaseStorage", "CaseStoreSQLite", "CaseForms", "CaseStorePostgres", "TTHCCommands",
                "WorkflowCompiler", "WorkCalendar", "Diagnostics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("openapi.yaml")]
        ),
        .executableTarget(name: "tthc-serve", dependencies: ["TTHCServer"]),
        // The one golden-file comparison of the suite (a missing golden file fails).
        .target(name: "GoldenFiles", path: "Tests/GoldenFiles"),
        // Shared by the test targets: throw-away fixture catalogs. WorkCalendar is listed although
        // no file imports it, so that a change of its layout recompiles FixtureCatalog
        // (docs/architecture.md, TestSupport).
        .target(
            name: "TestSupport", dependencies: ["CatalogModel", "Diagnostics", "WorkCalendar"], path: "Tests/Support"),
        // The one way tests run tthc: a command line in process, or the built binary.
        .target(name: "TTHCRunner", dependencies: ["TTHCCommands"], path: "Tests/Runner"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "GoldenFiles"]),
        .testTarget(
            name: "YAMLReaderTests", dependencies: ["YAMLReader", "Diagnostics", "TestSupport", "GoldenFiles"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "WorkCalendarTests", dependencies: ["WorkCalendar", "TestSupport", "GoldenFiles"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "CatalogModelTests",
            dependencies: ["CatalogModel", "Diagnostics", "WorkCalendar", "YAMLReader", "TestSupport", "GoldenFiles"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "WorkflowCompilerTests",
            dependencies: [
                "WorkflowCompiler", "CatalogModel", "Diagnostics", "WorkCalendar", "Exporters", "TestSupport",
                "GoldenFiles",
            ], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "CatalogLintTests",
            dependencies: [
                "CatalogLint", "CatalogModel", "Diagnostics", "WorkflowCompiler", "WorkCalendar", "YAMLReader",
                "TestSupport", "GoldenFiles", "TTHCRunner",
            ], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "CaseEngineTests",
            dependencies: [
                "CaseEngine", "CaseStorage", "CaseStoreSQLite", "CaseForms", "CaseSimulation", "CaseStorePostgres",
                "Diagnostics", "WorkflowCompiler", "CatalogModel", "WorkCalendar", "TestSupport", "GoldenFiles",
                "TTHCRunner",
            ], resources: [.copy("Fixtures")]),
        // The shipped Catalog itself: clean, its published figures, its published procedures.
        .testTarget(
            name: "ShippedCatalogTests",
            dependencies: ["CatalogModel", "WorkflowCompiler", "Diagnostics", "WorkCalendar", "TestSupport"]),
        // The service through HTTP: access matrix, problems, limits (Hummingbird's test client).
        .testTarget(
            name: "TTHCServerTests",
            dependencies: [
                "TTHCServer", "CaseEngine", "CaseStoreSQLite", "WorkflowCompiler", "CatalogModel", "WorkCalendar",
                "TestSupport", "TTHCRunner",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
        .testTarget(
            name: "CLITests",
            dependencies: ["TTHCCommands", "CatalogModel", "WorkCalendar", "TestSupport", "GoldenFiles", "TTHCRunner"],
            resources: [.copy("Golden")]),
    ],
    swiftLanguageModes: [.v6]
)
