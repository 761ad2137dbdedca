import CaseEngine
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
            #expect(try reopened.state(id).state == book.cases[id], "\(scenario.name): case \(id) differs from the in-memory run")
            #expect(try reopened.events(id).map(\.event) == book.log[id])
        }
        #expect(try reopened.caseIds().count == book.cases.count)
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
        let first = try store.open(Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash, idempotencyKey: "open-1")
        let again = try store.open(Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash, idempotencyKey: "open-1")
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
            try store.record(CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "receive"), on: first.caseId, idempotencyKey: "k-accept")
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
            try store.record(CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "receive"), on: id, expectedVersion: 1)
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
        #expect(throws: CaseError.unknownCase("C999999")) { try store.record(CaseCommand(.accept, at: t("2026-03-02 09:00")), on: "C999999") }
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
