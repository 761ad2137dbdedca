// The in-memory requests benchmark's work in a plain loop, for profilers (`perf record -g`),
// which read this process more easily than the benchmark runner's. Figures come from the
// benchmarks; this prints its own timings only as a check that a profile is of the same work.
//
//   swift build -c release --product CaseProfile && perf record -g .build/release/CaseProfile 40
//
// PROFILE_DURABLE=1 plays the durable benchmark's work instead (a new SQLite store each play);
// PROFILE_ORDER=1 prints every play's time in order (to see the machine's speed drift).
// PROFILE_CASES=N plays N cases instead of 20,000; PROFILE_WAIT=1 stops the process (SIGSTOP)
// once the catalog and the script are ready, so a tracer attaches to the play alone
// (`count-refcounting.sh` does, with uprobes on the Swift runtime), and again after the play, so
// a debugger can read what the trace recorded (type metadata, by address).
import CaseEngine
import CaseSimulation
import CaseStoreSQLite
import CatalogModel
import Foundation
import WorkflowCompiler

let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Catalog")
    .standardized.path
let artifact = WorkflowCompiler().compile(CatalogLoader().load(root: catalog).catalog).artifact
let interpreter = try CaseInterpreter(artifact: try ArtifactCodec.decode(try ArtifactCodec.encode(artifact)))
// The benchmark's script: 20,000 simulated cases (seed 1) as the requests that drove them.
var config = SimulationConfig()
config.cases = Int(ProcessInfo.processInfo.environment["PROFILE_CASES"] ?? "") ?? 20_000
config.days = 6
let script = try Simulator(interpreter: interpreter, config: config).script()

if ProcessInfo.processInfo.environment["PROFILE_WAIT"] != nil {
    FileHandle.standardError.write(Data("ready\n".utf8))  // unbuffered: a script waits for it
    raise(SIGSTOP)
}
/// The in-memory benchmark's work: every request decided and applied in a new book.
/// (A function of its own, so `valgrind --tool=callgrind --toggle-collect='*playInMemory*'`
/// counts the play alone.)
@inline(never)
func playInMemory() throws {
    var book = CaseBook(interpreter, keepsLog: false)
    // Each request is read in place and handed over by reference: copying it out of the script
    // (retaining its strings) is the harness's cost, not the engine's.
    for family in script.families {
        try book.open(family.opening, id: family.id)
        try family.requests.withUnsafeBufferPointer { requests in
            for r in requests.indices { try book.handle(requests[r].command, on: requests[r].caseId) }
        }
    }
    precondition(book.eventCount == script.events, "the script played differently")
}

/// The durable benchmark's work: the same requests through a SQLite store, 1,000 per transaction.
@inline(never)
func playDurable(_ store: CaseStore) throws {
    var ids: [String: String] = [:]
    for first in stride(from: 0, to: script.families.count, by: 1000) {
        let chunk = script.families[first..<min(first + 1000, script.families.count)]
        for (family, id) in zip(chunk, try store.openBatch(chunk.map(\.opening), artifactHash: interpreter.contentHash))
        { ids[family.id] = id }
    }
    var batch: [(caseId: String, command: CaseCommand)] = []
    for family in script.families {
        let id = ids[family.id]!
        for request in family.requests {
            batch.append((id + request.caseId.dropFirst(family.id.count), request.command))
        }
        if batch.count >= 1000 {
            try store.recordBatch(batch)
            batch.removeAll(keepingCapacity: true)
        }
    }
    if !batch.isEmpty { try store.recordBatch(batch) }
}

let plays = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 20
let durable = ProcessInfo.processInfo.environment["PROFILE_DURABLE"] != nil
var times: [Double] = []
for _ in 0..<plays {
    if durable {
        // A new store each play; creating it and registering the artifact are not timed.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tthc-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try CaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
        try store.register(interpreter)
        let start = DispatchTime.now().uptimeNanoseconds
        try playDurable(store)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        let stored = try store.eventCount()
        precondition(stored == script.events, "the script played differently")
    } else {
        let start = DispatchTime.now().uptimeNanoseconds
        try playInMemory()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
}
if ProcessInfo.processInfo.environment["PROFILE_WAIT"] != nil {
    FileHandle.standardError.write(Data("played\n".utf8))  // stopped again, for a debugger to read the process
    raise(SIGSTOP)
}
if ProcessInfo.processInfo.environment["PROFILE_ORDER"] != nil {
    print("in order: " + times.map { String(format: "%.0f", $0) }.joined(separator: " "))
}
times.sort()
if let fastest = times.first {
    print(
        String(
            format: "%d plays of %d events: fastest %.1f ms, median %.1f ms", plays, script.events, fastest,
            times[times.count / 2]))
}
