import Benchmark
import CatalogLint
import CatalogModel
import Diagnostics
import Foundation
import WorkCalendar
import WorkflowCompiler
import YAMLReader

/// The catalog to measure: $TTHC_BENCH_CATALOG, or ../Catalog beside this package.
private let catalogRoot: String =
    ProcessInfo.processInfo.environment["TTHC_BENCH_CATALOG"]
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Catalog")
    .standardized.path

/// Every YAML file's path. Each benchmark reads the files itself, as `tthc check` does, so the
/// ratio compares like with like.
private let catalogPaths: [String] = {
    let enumerator = FileManager.default.enumerator(atPath: catalogRoot)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String {
        if path.hasSuffix(".yaml") { paths.append(catalogRoot + "/" + path) }
    }
    return paths
}()

private func bytes(_ path: String) -> [UInt8] {
    FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput], maxDuration: .seconds(10), maxIterations: 20)
    DeadlineBenchmarks.register()

    // Baseline: libyaml's bare event loop over the same files, building nothing.
    Benchmark("libyaml bare event loop (Catalog)") { benchmark in
        for _ in benchmark.scaledIterations {
            var events = 0
            for path in catalogPaths { events += BareEventLoop.countEvents(bytes(path)) }
            blackHole(events)
        }
    }

    // The node tree with ranges and the strict checks, no typed model.
    Benchmark("YAMLReader tree with ranges (Catalog)") { benchmark in
        for _ in benchmark.scaledIterations {
            for path in catalogPaths {
                blackHole(YAMLReader().read(SourceText(path: path, bytes: bytes(path))))
            }
        }
    }

    // Reading every file, decoding, resolving references.
    Benchmark("load: CatalogLoader.load (Catalog)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(CatalogLoader().load(root: catalogRoot))
        }
    }

    // What `tthc lint` does: the full check plus every lint rule (rules run in parallel).
    Benchmark("lint: check + 46 rules (Catalog)") { benchmark in
        let today = try CivilDate(2026, 11, 22)
        for _ in benchmark.scaledIterations {
            blackHole(Linter(today: today).lint(root: catalogRoot))
        }
    }

    // What `tthc check` does: the load, then the workflow compiler's graphs and checks.
    Benchmark("full check: load + compile (Catalog)") { benchmark in
        for _ in benchmark.scaledIterations {
            let loaded = CatalogLoader().load(root: catalogRoot)
            blackHole(WorkflowCompiler().compile(loaded.catalog))
        }
    }
}
