import Benchmark
import CaseEngine
import CaseSimulation
import CaseStoreSQLite
import CatalogModel
import Foundation
import WorkflowCompiler

/// The catalog to run cases on: $TTHC_BENCH_CATALOG, or ../Catalog beside this package.
private let catalogRoot: String =
    ProcessInfo.processInfo.environment["TTHC_BENCH_CATALOG"]
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Catalog")
    .standardized.path

/// The compiled catalog and its interpreter, built once.
private let interpreter: CaseInterpreter = {
    let loaded = CatalogLoader().load(root: catalogRoot)
    let artifact = WorkflowCompiler().compile(loaded.catalog).artifact
    let verified = try! ArtifactCodec.decode(try! ArtifactCodec.encode(artifact))
    return try! CaseInterpreter(artifact: verified)
}()

/// 20,000 simulated cases as the requests that drove them (seed 1): played again, each request
/// is decided against the graph and applied, exactly as a person's request would be.
private let script: CaseScript = {
    var config = SimulationConfig()
    config.cases = 20_000
    config.days = 6
    return try! Simulator(interpreter: interpreter, config: config).script()
}()

/// The same cases' event logs, for replay (evolve only).
private let logs: [(id: String, events: [CaseEvent])] = {
    var book = CaseBook(interpreter)
    play(script, into: &book)
    return book.log.map { ($0.key, $0.value) }.sorted { $0.id < $1.id }
}()

private func play(_ script: CaseScript, into book: inout CaseBook) {
    // Each request is read in place and handed over by reference: copying it out of the script
    // (retaining its strings) is the harness's cost, not the engine's.
    for family in script.families {
        try! book.open(family.opening, id: family.id)
        family.requests.withUnsafeBufferPointer { requests in
            for r in requests.indices { try! book.handle(requests[r].command, on: requests[r].caseId) }
        }
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput], maxDuration: .seconds(20), maxIterations: 10)

    // Events per second = script.events (printed in the name) / wall clock of one iteration.
    Benchmark("in memory: requests decided and applied (\(script.requestCount) requests, \(script.events) events)") {
        benchmark in
        for _ in benchmark.scaledIterations {
            var book = CaseBook(interpreter, keepsLog: false)
            play(script, into: &book)
            blackHole(book.eventCount)
        }
    }

    // The same batch on one book per core (`ShardedCaseBook`): families spread over the books,
    // each book its requests in order, the books at once. Splitting the batch is timed too.
    let batch: [ShardedCaseBook.Request] = script.families.flatMap { family in
        [.open(family.opening, id: family.id)] + family.requests.map { .command($0.command, on: $0.caseId) }
    }
    Benchmark(
        "in memory, one book per core (\(ProcessInfo.processInfo.activeProcessorCount)): requests decided and applied (\(script.events) events)"
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var book = ShardedCaseBook(interpreter)
            let refused = book.handle(batch).count { $0 != nil }
            precondition(refused == 0 && book.eventCount == script.events, "the script played differently")
            blackHole(book.eventCount)
        }
    }

    // The same work counted in allocations (deterministic, unlike time); apart, so that counting
    // them does not slow the timed runs.
    Benchmark(
        "in memory: allocations of the requests (\(script.events) events)",
        configuration: .init(metrics: [.mallocCountTotal], maxIterations: 3)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var book = CaseBook(interpreter, keepsLog: false)
            play(script, into: &book)
            blackHole(book.eventCount)
        }
    }

    Benchmark("in memory: replay, events applied (\(script.events) events)") { benchmark in
        for _ in benchmark.scaledIterations {
            var applied = 0
            for (id, events) in logs {
                if let state = CaseInterpreter.replay(id: id, events, interpreter: { _ in interpreter }) {
                    applied += state.version
                }
            }
            blackHole(applied)
        }
    }

    // Durable: the same requests through the SQLite store, 1,000 per transaction (WAL, synchronous=FULL).
    // Measured from the first opening: creating the store and registering the artifact (once per
    // store, not per event) are left out.
    Benchmark("durable: batched requests, 1,000 per transaction (\(script.events) events)") { benchmark in
        for _ in benchmark.scaledIterations {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "tthc-bench-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let store = try! CaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
            try! store.register(interpreter)
            benchmark.startMeasurement()
            defer { benchmark.stopMeasurement() }
            var ids: [String: String] = [:]
            for chunk in stride(from: 0, to: script.families.count, by: 1000).map({
                script.families[$0..<min($0 + 1000, script.families.count)]
            }) {
                let opened = try! store.openBatch(chunk.map(\.opening), artifactHash: interpreter.contentHash)
                for (family, id) in zip(chunk, opened) { ids[family.id] = id }
            }
            var batch: [(caseId: String, command: CaseCommand)] = []
            for family in script.families {
                let id = ids[family.id]!
                for request in family.requests {
                    batch.append((id + request.caseId.dropFirst(family.id.count), request.command))
                }
                if batch.count >= 1000 {
                    try! store.recordBatch(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { try! store.recordBatch(batch) }
            blackHole(try! store.eventCount())
        }
    }

    // The durable benchmark's baseline: the same event rows, SQLite alone (see SQLiteBaseline).
    let baseline = SQLiteBaseline(logs)
    Benchmark(
        "durable baseline: SQLite inserts of the same event rows, 1,000 per transaction (\(baseline.rows.count) rows)"
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "tthc-bench-\(UUID().uuidString)")
            try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let queue = try! SQLiteBaseline.emptyStore(in: folder)
            benchmark.startMeasurement()
            defer { benchmark.stopMeasurement() }
            blackHole(try! baseline.insert(into: queue))
        }
    }

    // The whole simulation, as `tthc simulate` runs it (156,230 cases over 44 working days).
    Benchmark("simulation: 156,230 cases over 44 working days", configuration: .init(maxIterations: 3)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try! Simulator(interpreter: interpreter, config: SimulationConfig()).run())
        }
    }
}
