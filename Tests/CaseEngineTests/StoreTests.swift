import CaseEngine
import CaseSimulation
import CaseStoreSQLite
import Foundation
import Testing
import WorkCalendar

/// The SQLite store's batched path; what every store does (replay equals the snapshot, retried
/// requests apply once, stale versions are refused, refusals write nothing) is in
/// StoreConformanceTests, which runs on SQLite always.
@Suite struct StoreTests {
    /// Simulated cases played through the batched path (openings and requests in batches, cases
    /// spread over several transactions, sub-cases among them) reach, case by case, the states an
    /// in-memory book reaches, and every stored snapshot equals the replay of its events.
    @Test func batchedRequestsReachTheInMemoryStates() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let interpreter = try Fixture.interpreter()
        var config = SimulationConfig()
        config.cases = 300
        config.days = 3
        let script = try Simulator(interpreter: interpreter, config: config).script()
        var book = CaseBook(interpreter, keepsLog: false)
        let store = try CaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
        try store.register(interpreter)
        var ids: [String: String] = [:]
        for first in stride(from: 0, to: script.families.count, by: 70) {
            let chunk = script.families[first..<min(first + 70, script.families.count)]
            for (family, id) in zip(
                chunk, try store.openBatch(chunk.map(\.opening), artifactHash: interpreter.contentHash))
            { ids[family.id] = id }
        }
        var batch: [(caseId: String, command: CaseCommand)] = []
        for family in script.families {
            try book.open(family.opening, id: family.id)
            for request in family.requests {
                try book.handle(request.command, on: request.caseId)
                batch.append((ids[family.id]! + request.caseId.dropFirst(family.id.count), request.command))
                if batch.count == 97 {
                    try store.recordBatch(batch)
                    batch.removeAll()
                }
            }
        }
        try store.recordBatch(batch)
        #expect(try store.eventCount() == script.events)
        var subcases = 0
        for family in script.families {
            for (memoryId, state) in book.cases where memoryId == family.id || memoryId.hasPrefix(family.id + ".") {
                let storedId = ids[family.id]! + memoryId.dropFirst(family.id.count)
                subcases += memoryId == family.id ? 0 : 1
                #expect(try store.verify(storedId) == nil, "case \(storedId)")
                var stored = try store.state(storedId).state
                stored.id = memoryId
                stored.subcases = stored.subcases.map { family.id + $0.dropFirst(ids[family.id]!.count) }
                if let parent = stored.opening.parent {
                    stored.opening.parent?.caseId = family.id + parent.caseId.dropFirst(ids[family.id]!.count)
                }
                for t in stored.tokens.indices {
                    stored.tokens[t].subcase = stored.tokens[t].subcase.map {
                        family.id + $0.dropFirst(ids[family.id]!.count)
                    }
                }
                // Notes name sub-cases ("sub-case C000002.1 issued").
                for v in stored.visits.indices {
                    stored.visits[v].note = stored.visits[v].note?.replacingOccurrences(
                        of: ids[family.id]!, with: family.id)
                }
                #expect(stored == state, "case \(storedId) differs from \(memoryId) in memory")
            }
        }
        #expect(subcases > 0, "the simulation opened sub-cases")
    }
}
