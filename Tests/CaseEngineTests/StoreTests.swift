import CaseEngine
import CaseSimulation
import CaseStoreSQLite
import Foundation
import Testing
import WorkCalendar

/// The durable store: events and snapshots survive reopening, replay equals the snapshot, retried
/// requests apply once, stale versions are refused, refusals write nothing.
@Suite struct StoreTests {
    /// Runs a scenario through a store; returns the store and the root case id.
    static func run(_ scenario: Scenario, in store: CaseStore) throws -> String {
        let artifact = try Fixture.artifact()
        try store.register(artifact)
        let root = try store.open(scenario.opening, artifactHash: artifact.contentHash).caseId
        for line in scenario.script {
            try store.record(line.command, on: root + line.on)
        }
        return root
    }

    @Test(arguments: Scenario.all)
    func replayEqualsTheSnapshot(_ scenario: Scenario) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try CaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
        let root = try Self.run(scenario, in: store)
        // The same script in memory reaches the same states.
        var book = CaseBook(try Fixture.interpreter())
        try book.run(scenario, id: root)
        let reopened = try CaseStore(path: store.path)
        for id in try reopened.caseIds() {
            #expect(try reopened.verify(id) == nil, "\(scenario.name): case \(id)")
            #expect(
                try reopened.state(id).state == book.cases[id],
                "\(scenario.name): case \(id) differs from the in-memory run")
            #expect(try reopened.events(id).map(\.event) == book.log[id])
        }
        #expect(try reopened.caseIds().count == book.cases.count)
    }

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

    @Test func verifyNoticesASnapshotThatDisagreesWithTheEvents() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try CaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
        let id = try Self.run(.sameDayOnTime, in: store)
        try store.tamper(id) { $0.outcome = "refused" }
        #expect(try store.verify(id) != nil)
    }

    @Test func aRetriedRequestAppliesOnce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try CaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
        let artifact = try Fixture.artifact()
        try store.register(artifact)
        let first = try store.open(
            Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash, idempotencyKey: "open-1")
        let again = try store.open(
            Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash, idempotencyKey: "open-1")
        #expect(again.caseId == first.caseId)
        #expect(again.replayed)
        #expect(try store.caseIds() == [first.caseId])
        let accept = CaseCommand(.accept, at: t("2026-03-02 08:30"))
        let a = try store.record(accept, on: first.caseId, idempotencyKey: "k-accept")
        let b = try store.record(accept, on: first.caseId, idempotencyKey: "k-accept")
        #expect(a.version == 2 && b.version == 2 && b.replayed)
        #expect(try store.events(first.caseId).count == 2)
        // The same key for another request is refused and writes nothing.
        #expect(throws: CaseError.self) {
            try store.record(
                CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "receive"), on: first.caseId,
                idempotencyKey: "k-accept")
        }
        #expect(try store.events(first.caseId).count == 2)
    }

    @Test func aStaleVersionIsRefusedAndWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try CaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
        let artifact = try Fixture.artifact()
        try store.register(artifact)
        let id = try store.open(Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash).caseId
        try store.record(CaseCommand(.accept, at: t("2026-03-02 08:30")), on: id, expectedVersion: 1)
        #expect(throws: CaseError.staleVersion(caseId: id, expected: 1, actual: 2)) {
            try store.record(
                CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "receive"), on: id, expectedVersion: 1)
        }
        #expect(try store.state(id).state.version == 2)
        try store.record(CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "receive"), on: id, expectedVersion: 2)
        #expect(try store.state(id).state.version == 3)
    }

    @Test func aRefusedEventWritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try CaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
        let id = try Self.run(.rejected, in: store)
        let before = try store.eventCount()
        #expect(throws: CaseError.self) { try store.record(CaseCommand(.accept, at: t("2026-03-02 09:00")), on: id) }
        #expect(throws: CaseError.unknownCase("C999999")) {
            try store.record(CaseCommand(.accept, at: t("2026-03-02 09:00")), on: "C999999")
        }
        #expect(try store.eventCount() == before)
    }

    @Test func aBatchIsAllOrNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try CaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
        let artifact = try Fixture.artifact()
        try store.register(artifact)
        let id = try store.open(Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash).caseId
        let good = Scenario.sameDayOnTime.script.map { (caseId: id, command: $0.command) }
        var bad = good
        bad.insert((caseId: id, command: CaseCommand(.return, at: t("2026-03-02 09:00"))), at: 2)
        #expect(throws: CaseError.self) { try store.recordBatch(bad) }
        #expect(try store.events(id).count == 1)
        #expect(try store.recordBatch(good) == 5)
        #expect(try store.verify(id) == nil)
        #expect(try store.state(id).state.outcome == "issued")
    }
}
