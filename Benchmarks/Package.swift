// swift-tools-version: 6.1
// A package of its own so the main build and `swift test` stay lean.
import PackageDescription

let package = Package(
    name: "tthc-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "tthc", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
        // The durable benchmark's baseline talks to SQLite directly (the version tthc resolves).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .executableTarget(
            name: "CatalogBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CatalogModel", package: "tthc"),
                .product(name: "YAMLReader", package: "tthc"),
                .product(name: "Diagnostics", package: "tthc"),
                .product(name: "WorkCalendar", package: "tthc"),
                .product(name: "WorkflowCompiler", package: "tthc"),
                .product(name: "CatalogLint", package: "tthc"),
            ],
            path: "Benchmarks/CatalogBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "CaseBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CaseEngine", package: "tthc"),
                .product(name: "CaseStoreSQLite", package: "tthc"),
                .product(name: "CaseSimulation", package: "tthc"),
                .product(name: "CatalogModel", package: "tthc"),
                .product(name: "WorkflowCompiler", package: "tthc"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Benchmarks/CaseBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Not a benchmark: the requests benchmark's loop on its own, for profilers.
        .executableTarget(
            name: "CaseProfile",
            dependencies: [
                .product(name: "CaseEngine", package: "tthc"),
                .product(name: "CaseStoreSQLite", package: "tthc"),
                .product(name: "CaseSimulation", package: "tthc"),
                .product(name: "CatalogModel", package: "tthc"),
                .product(name: "WorkflowCompiler", package: "tthc"),
            ],
            path: "Profile/CaseProfile"
        ),
    ],
    swiftLanguageModes: [.v6]
)
