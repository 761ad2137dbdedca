import CaseEngine
import CaseStorage
import Dispatch
import Foundation
import Testing
import WorkCalendar

@testable import CaseStorePostgres
@testable import CaseStoreSQLite

/// One suite, every store: each test below runs on the embedded SQLite store and on PostgreSQL
/// (a fresh database per test on the server `$TTHC_TEST_POSTGRES_URL` names; `.ci/run` starts a
/// private cluster and sets it). Without that variable the PostgreSQL half is skipped, saying so.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres
    var testDescription: String { rawValue }

    static let postgresURL: String? = {
        let url = ProcessInfo.processInfo.environment["TTHC_TEST_POSTGRES_URL"]
        return url?.isEmpty == false ? url : nil
    }()

    /// The kinds to test on this machine.
    static let available: [StoreKind] = postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]

    /// A new, empty store of this kind; `reopen` gives another handle on the same one (another
    /// connection, as another process would have).
    func make() throws -> (store: any CaseStoring, reopen: () throws -> any CaseStoring) {
        switch self {
        case .sqlite:
            let path = try temporaryFolder("conformance").appendingPathComponent("cases.sqlite").path
            return (try CaseStore(path: path), { try CaseStore(path: path) })
        case .postgres:
            let url = try PostgresBackend.createDatabase(on: Self.postgresURL!)
            return (try PostgresCaseStore.open(url: url), { try PostgresCaseStore.open(url: url) })
        }
    }
}

extension StoreKind {
    /// Changes an event's reason where this kind of store keeps it (a column; a JSON body), behind
    /// the store's back, as an edit outside tthc or a damaged disk would.
    func changeReason(of caseId: String, version: Int, to reason: String, in store: any CaseStoring) throws {
        switch self {
        case .sqlite:
            try (store as! CaseStore).transaction { db in
                try db.execute(
                    sql: "UPDATE events SET reason = ? WHERE case_id = ? AND version = ?",
                    arguments: [reason, caseId, version])
            }
        case .postgres:
            try (store as! PortableCaseStore).backend.write { writer in
                try (writer as! PostgresTransaction).run(
                    "UPDATE events SET body = jsonb_set(body, '{reason}', to_jsonb(\(reason)::text)) WHERE case_id = \(caseId) AND version = \(version)"
                )
            }
        }
    }
}

@Suite struct StoreConformanceTests {
    /// Issue 21 part 6: an event changed in the store (one letter of a reason the state does not
    /// keep, so a replay alone cannot tell) is refused by its checksum wherever it is read.
    @Test(arguments: StoreKind.available)
    func anEventChangedInTheStoreIsDamageNotData(_ kind: StoreKind) throws {
        let (store, reopen) = try kind.make()
        let id = try Self.openOne(in: store)
        try store.record(
            CaseCommand(.accept, at: t("2026-03-02 08:30"), reason: "marker-QZX"), on: id, expectedVersion: nil,
            idempotencyKey: nil)
        #expect(try store.events(id).last?.event.reason == "marker-QZX")
        try kind.changeReason(of: id, version: 2, to: "marker-QZY", in: store)
        let reopened = try reopen()
        let damage = CaseError.storage(.eventChecksum(caseId: id, version: 2))
        #expect(
            damage.description
                == "case \(id), event 2: the stored event does not match its checksum: the store was changed or damaged outside tthc; "
                + "restore it from a backup (tthc case verify lists all damage)")
        #expect(throws: damage) { try reopened.events(id) }
        #expect(throws: damage) { try reopened.verify(id) }
        #expect(try reopened.state(id).state.version == 2)
    }

    @Test(.enabled(if: StoreKind.postgresURL == nil, "PostgreSQL is tested: TTHC_TEST_POSTGRES_URL is set"))
    func postgresHalfIsSkippedWithoutAServer() {
        // Visible in the test log: the PostgreSQL store was NOT tested on this run.
        print(
            "SKIPPED: the PostgreSQL conformance tests: set TTHC_TEST_POSTGRES_URL (Tools/postgres-cluster start DIR prints one; .ci/run does it)"
        )
    }

    /// A PostgreSQL store of an earlier version counted its case numbers in the row `counters`
    /// `case:J`; opened by this version, it numbers on from there (a sequence), never again from 1.
    @Test(.enabled(if: StoreKind.postgresURL != nil, "needs TTHC_TEST_POSTGRES_URL"))
    func postgresCaseNumbersContinueAfterAnEarlierCounter() throws {
        let url = try PostgresBackend.createDatabase(on: StoreKind.postgresURL!)
        let store = try PostgresCaseStore.open(url: url)
        let first = try Self.openOne(in: store)
        let jurisdiction = PortableCaseStore.jurisdiction(of: first)
        #expect(first == PortableCaseStore.caseId(1, jurisdiction: jurisdiction))
        try store.backend.write { writer in
            let tx = writer as! PostgresTransaction
            // As an earlier version left it: no sequence, the counter's row.
            try tx.run(
                """
                DO $$ DECLARE s text; BEGIN
                  FOR s IN SELECT relname FROM pg_class WHERE relkind = 'S' AND relname LIKE 'case_numbers_%' LOOP EXECUTE 'DROP SEQUENCE ' || quote_ident(s); END LOOP;
                END $$
                """)
            try tx.run("INSERT INTO counters (name, value) VALUES (\("case:" + jurisdiction), 41)")
        }
        let reopened = try PostgresCaseStore.open(url: url)
        #expect(try Self.openOne(in: reopened) == PortableCaseStore.caseId(42, jurisdiction: jurisdiction))
        #expect(try Self.openOne(in: store) == PortableCaseStore.caseId(43, jurisdiction: jurisdiction))
    }

    /// A store with the fixture's artifact and one case just opened; its id.
    static func openOne(in store: any CaseStoring) throws -> String {
        let artifact = try Fixture.artifact()
        try store.register(artifact)
        return try store.open(Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash, idempotencyKey: nil)
            .caseId
    }

    static func run(_ scenario: Scenario, in store: any CaseStoring) throws -> String {
        let artifact = try Fixture.artifact()
        try store.register(artifact)
        let root = try store.open(scenario.opening, artifactHash: artifact.contentHash, idempotencyKey: nil).caseId
        for line in scenario.script {
            try store.record(line.command, on: root + line.on, expectedVersion: nil, idempotencyKey: nil)
        }
        return root
    }

    @Test(arguments: StoreKind.available, Scenario.all)
    func everyScenarioReplaysToItsSnapshotAndMatchesMemory(_ kind: StoreKind, _ scenario: Scenario) throws {
        let (store, reopen) = try kind.make()
        let root = try Self.run(scenario, in: store)
        var book = CaseBook(try Fixture.interpreter())
        try book.run(scenario, id: root)
        let reopened = try reopen()
        for id in try reopened.caseIds() {
            #expect(try reopened.verify(id) == nil, "\(scenario.name): case \(id)")
            #expect(
                try reopened.state(id).state == book.cases[id],
                "\(scenario.name): case \(id) differs from the in-memory run")
            #expect(try reopened.events(id).map(\.event) == book.log[id])
            #expect(try reopened.events(id).map(\.version) == Array(1...book.log[id]!.count))
        }
        #expect(try reopened.caseIds().count == book.cases.count)
        #expect(try reopened.eventCount() == book.log.values.map(\.count).reduce(0, +))
    }

    @Test(arguments: StoreKind.available)
    func caseIdsNameTheJurisdictionOnASharedStore(_ kind: StoreKind) throws {
        let (store, _) = try kind.make()
        let id = try Self.run(.sameDayOnTime, in: store)
        let code = try Fixture.artifact().jurisdiction.code
        switch kind {
        case .sqlite: #expect(id == "C000001")  // one province per file, as before
        case .postgres: #expect(id == "\(code)-C000001")
        }
    }

    @Test(arguments: StoreKind.available)
    func aRetriedRequestAppliesOnce(_ kind: StoreKind) throws {
        let (store, _) = try kind.make()
        let artifact = try Fixture.artifact()
        try store.register(artifact)
        try store.register(artifact)  // twice: no change
        #expect(try store.artifactHashes() == [artifact.contentHash])
        let first = try store.open(
            Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash, idempotencyKey: "open-1")
        let again = try store.open(
            Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash, idempotencyKey: "open-1")
        #expect(again.caseId == first.caseId && again.replayed && !first.replayed)
        #expect(try store.caseIds() == [first.caseId])
        let accept = CaseCommand(.accept, at: t("2026-03-02 08:30"))
        let a = try store.record(accept, on: first.caseId, expectedVersion: nil, idempotencyKey: "k-accept")
        let b = try store.record(accept, on: first.caseId, expectedVersion: nil, idempotencyKey: "k-accept")
        #expect(a.version == 2 && b.version == 2 && b.replayed)
        #expect(try store.events(first.caseId).count == 2)
        #expect(throws: CaseError.self) {
            try store.record(
                CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "receive"), on: first.caseId,
                expectedVersion: nil, idempotencyKey: "k-accept")
        }
        #expect(throws: CaseError.self) {
            try store.record(
                CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "receive"), on: first.caseId,
                expectedVersion: nil, idempotencyKey: "  ")
        }
        #expect(try store.events(first.caseId).count == 2)
    }

    /// A retry of a recorded event, sent with the version it expected then (its If-Match), is
    /// answered from its key: the case has moved on because of the request itself, so a refusal
    /// as stale would tell the client that its event was not recorded.
    @Test(arguments: StoreKind.available)
    func aRetryWhoseExpectedVersionIsPastIsAnsweredFromItsKey(_ kind: StoreKind) throws {
        let (store, _) = try kind.make()
        let id = try Self.openOne(in: store)
        let accept = CaseCommand(.accept, at: t("2026-03-02 08:30"))
        let first = try store.record(accept, on: id, expectedVersion: 1, idempotencyKey: "k-1")
        let retry = try store.record(accept, on: id, expectedVersion: 1, idempotencyKey: "k-1")
        #expect(first.version == 2 && !first.replayed)
        #expect(retry.version == 2 && retry.replayed && retry.caseId == id)
        #expect(throws: CaseError.staleVersion(caseId: id, expected: 1, actual: 2)) {
            try store.record(accept, on: id, expectedVersion: 1, idempotencyKey: "k-2")
        }
        #expect(try store.events(id).count == 2)
    }

    @Test(arguments: StoreKind.available)
    func aStaleVersionIsRefusedAndWritesNothing(_ kind: StoreKind) throws {
        let (store, _) = try kind.make()
        let id = try Self.openOne(in: store)
        try store.record(
            CaseCommand(.accept, at: t("2026-03-02 08:30")), on: id, expectedVersion: 1, idempotencyKey: nil)
        #expect(throws: CaseError.staleVersion(caseId: id, expected: 1, actual: 2)) {
            try store.record(
                CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "receive"), on: id, expectedVersion: 1,
                idempotencyKey: nil)
        }
        #expect(try store.state(id).state.version == 2)
        try store.record(
            CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "receive"), on: id, expectedVersion: 2,
            idempotencyKey: nil)
        #expect(try store.state(id).state.version == 3)
    }

    @Test(arguments: StoreKind.available)
    func aRefusedEventWritesNothing(_ kind: StoreKind) throws {
        let (store, _) = try kind.make()
        let id = try Self.run(.rejected, in: store)
        let before = try store.eventCount()
        #expect(throws: CaseError.self) {
            try store.record(
                CaseCommand(.accept, at: t("2026-03-02 09:00")), on: id, expectedVersion: nil, idempotencyKey: nil)
        }
        #expect(throws: CaseError.unknownCase("C999999")) {
            try store.record(
                CaseCommand(.accept, at: t("2026-03-02 09:00")), on: "C999999", expectedVersion: nil,
                idempotencyKey: nil)
        }
        #expect(throws: CaseError.unknownCase("C999999")) { try store.state("C999999") }
        #expect(try store.eventCount() == before)
    }

    @Test(arguments: StoreKind.available)
    func aBatchIsAllOrNothing(_ kind: StoreKind) throws {
        let (store, _) = try kind.make()
        let artifact = try Fixture.artifact()
        try store.register(artifact)
        let ids = try store.openBatch(
            [Scenario.sameDayOnTime.opening, Scenario.sameDayOnTime.opening], artifactHash: artifact.contentHash)
        #expect(ids.count == 2 && Set(ids).count == 2)
        let id = ids[0]
        let good = Scenario.sameDayOnTime.script.map { (caseId: id, command: $0.command) }
        var bad = good
        bad.insert((caseId: id, command: CaseCommand(.return, at: t("2026-03-02 09:00"))), at: 2)
        #expect(throws: CaseError.self) { try store.recordBatch(bad) }
        #expect(try store.events(id).count == 1)
        #expect(try store.recordBatch(good) == 5)
        #expect(try store.verify(id) == nil)
        #expect(try store.state(id).state.outcome == "issued")
        #expect(try store.cases(openOnly: true).map(\.state.id) == [ids[1]])
        #expect(try store.cases(openOnly: false).count == 2)
    }

    final class Outcomes: @unchecked Sendable {
        let lock = NSLock()
        var results: [Int: [Result<Int, CaseError>]] = [:]
        func add(_ round: Int, _ result: Result<Int, CaseError>) {
            lock.withLock { results[round, default: []].append(result) }
        }
    }

    /// Two handles (two connections, as two processes or two servers have) write the same case
    /// at the same time with the same expected version: exactly one wins.
    @Test(arguments: StoreKind.available)
    func exactlyOneOfTwoConcurrentWritersWins(_ kind: StoreKind) throws {
        let (setup, reopen) = try kind.make()
        let artifact = try Fixture.artifact()
        try setup.register(artifact)
        let rounds = 20
        var ids: [String] = []
        for _ in 0..<rounds {
            ids.append(
                try setup.open(Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash, idempotencyKey: nil)
                    .caseId)
        }
        let writers = [try reopen(), try reopen()]
        nonisolated(unsafe) let handles = writers
        let caseIds = ids
        let outcomes = Outcomes()
        for round in 0..<rounds {
            DispatchQueue.concurrentPerform(iterations: 2) { w in
                let accept = CaseCommand(.accept, at: t("2026-03-02 08:3\(w)"), actor: "thanh-nua.pasc")
                outcomes.add(
                    round,
                    Result { () throws(CaseError) -> Int in
                        try handles[w].record(accept, on: caseIds[round], expectedVersion: 1, idempotencyKey: nil)
                            .version
                    })
            }
        }
        for round in 0..<rounds {
            let results = outcomes.results[round] ?? []
            let wins = results.filter { if case .success(2) = $0 { true } else { false } }.count
            let stale = results.filter { if case .failure(.staleVersion(_, 1, 2)) = $0 { true } else { false } }.count
            #expect(wins == 1 && stale == 1, "round \(round): \(results)")
            #expect(try setup.events(caseIds[round]).count == 2)
            #expect(try setup.verify(caseIds[round]) == nil)
        }
    }

    /// The same idempotency key sent by two clients at once: one case, one answer.
    @Test(arguments: StoreKind.available)
    func concurrentRetriesWithOneKeyOpenOneCase(_ kind: StoreKind) throws {
        let (setup, reopen) = try kind.make()
        let artifact = try Fixture.artifact()
        try setup.register(artifact)
        nonisolated(unsafe) let handles = [try reopen(), try reopen()]
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 2) { w in
            outcomes.add(
                0,
                Result { () throws(CaseError) -> Int in
                    let receipt = try handles[w].open(
                        Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash, idempotencyKey: "same-key")
                    return receipt.version
                })
        }
        #expect(
            outcomes.results[0]?.allSatisfy { if case .success(1) = $0 { true } else { false } } == true,
            "\(outcomes.results)")
        #expect(try setup.caseIds().count == 1)
    }

    @Test(arguments: StoreKind.available)
    func migrationReportsThenAdoptsWhatDoesNotBreak(_ kind: StoreKind) throws {
        let (store, reopen) = try kind.make()
        let old = try Fixture.artifact()
        try store.register(old)
        func open(_ scenario: Scenario, steps: Int) throws -> String {
            let id = try store.open(scenario.opening, artifactHash: old.contentHash, idempotencyKey: nil).caseId
            for line in scenario.script.prefix(steps) {
                try store.record(line.command, on: id + line.on, expectedVersion: nil, idempotencyKey: nil)
            }
            return id
        }
        let atReview = try open(.factAtChoice, steps: 2)
        let birth = try open(.sameDayOnTime, steps: 2)
        let new = try MigrationTests.changedArtifact()
        let report = try store.migrationReport(to: new)
        #expect(report.first { $0.caseId == atReview }?.verdict == .breaks)
        #expect(report.first { $0.caseId == birth }?.verdict != .breaks)
        let findings = try store.adopt(new, at: t("2026-03-02 12:00"))
        #expect(findings.count == report.count)
        let reopened = try reopen()
        #expect(try reopened.state(birth).state.artifactHash == new.contentHash)
        #expect(try reopened.state(atReview).state.artifactHash == old.contentHash)
        #expect(try reopened.events(birth).last?.event.kind == .migrated)
        #expect(try reopened.verify(birth) == nil)
        #expect(try reopened.verify(atReview) == nil)
        #expect(Set(try reopened.artifactHashes()) == [old.contentHash, new.contentHash])
    }
}

/// `--store` values: a path, a postgres:// URL, and nothing else that looks like a URL.
@Suite struct StoreAddressTests {
    @Test func urlsOfUnknownSchemesAreRefusedNotTakenAsPaths() throws {
        #expect(try StoreAddress("cases.sqlite") == .file("cases.sqlite"))
        #expect(try StoreAddress("/tmp/a://b") == .file("/tmp/a://b"))
        #expect(try StoreAddress("postgres://u@h/db") == .postgres("postgres://u@h/db"))
        #expect(try StoreAddress("postgresql://u@h/db") == .postgres("postgresql://u@h/db"))
        #expect(throws: CaseError.usage(.unknownStoreScheme(store: "mysql://root:***@h/db", scheme: "mysql"))) {
            try StoreAddress("mysql://root:secret@h/db")
        }
    }
}
