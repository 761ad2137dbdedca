// The in-memory requests benchmark's work in a plain loop, for profilers (`perf record -g`),
// which read this process more easily than the benchmark runner's. Figures come from the
// benchmarks; this prints its own timings only as a check that a profile is of the same work.
//
//   swift build -c release --product CaseProfile && perf record -g .build/release/CaseProfile 40
//
// PROFILE_CASES=N plays N cases instead of 20,000; PROFILE_WAIT=1 stops the process (SIGSTOP)
// once the catalog and the script are ready, so a tracer attaches to the play alone
// (`count-refcounting.sh` does, with uprobes on the Swift runtime), and again after the play, so
// a debugger can read what the trace recorded (type metadata, by address).
import CaseEngine
import CatalogModel
import Foundation
import WorkflowCompiler

let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Catalog").standardized.path
let artifact = WorkflowCompiler().compile(CatalogLoader().load(root: catalog).catalog).artifact
let interpreter = try CaseInterpreter(artifact: try ArtifactCodec.decode(try ArtifactCodec.encode(artifact)))
// The benchmark's script: 20,000 simulated cases (seed 1) as the requests that drove them.
var config = SimulationConfig()
config.cases = Int(ProcessInfo.processInfo.environment["PROFILE_CASES"] ?? "") ?? 20_000
config.days = 6
let script = try Simulator(interpreter: interpreter, config: config).script()

if ProcessInfo.processInfo.environment["PROFILE_WAIT"] != nil {
    FileHandle.standardError.write(Data("ready\n".utf8)) // unbuffered: a script waits for it
    raise(SIGSTOP)
}
let plays = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 20
var times: [Double] = []
for _ in 0..<plays {
    let start = DispatchTime.now().uptimeNanoseconds
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
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
}
if ProcessInfo.processInfo.environment["PROFILE_WAIT"] != nil {
    FileHandle.standardError.write(Data("played\n".utf8)) // stopped again, for a debugger to read the process
    raise(SIGSTOP)
}
times.sort()
if let fastest = times.first {
    print(String(format: "%d plays of %d events: fastest %.1f ms, median %.1f ms", plays, script.events, fastest, times[times.count / 2]))
}
