import CaseEngine
import CaseStoreSQLite
import Dispatch
import Foundation
import Testing

/// Two connections write the same case at the same time with the same expected version:
/// exactly one wins, the other is told its version is stale, and the log has one event.
@Suite struct TwoWriterTests {
    /// Each thread uses its own store (its own SQLite connection); nothing is shared but the file.
    final class Writer: @unchecked Sendable {
        let store: CaseStore
        var outcomes: [Result<Int, CaseError>] = []
        init(_ path: String) throws { store = try CaseStore(path: path) }
    }

    @Test func exactlyOneOfTwoConcurrentWritersWins() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cases.sqlite").path
        let setup = try CaseStore(path: path)
        let artifact = try Fixture.artifact()
        try setup.register(artifact)
        let rounds = 20
        var ids: [String] = []
        for _ in 0..<rounds {
            ids.append(try setup.open(Scenario.sameDayOnTime.opening, artifactHash: artifact.contentHash).caseId)
        }
        let writers = [try Writer(path), try Writer(path)]
        let caseIds = ids
        for round in 0..<rounds {
            DispatchQueue.concurrentPerform(iterations: 2) { w in
                let writer = writers[w]
                let accept = CaseCommand(.accept, at: t("2026-03-02 08:3\(w)"), actor: "thanh-nua.pasc")
                writer.outcomes.append(
                    Result { () throws(CaseError) -> Int in
                        try writer.store.record(accept, on: caseIds[round], expectedVersion: 1).version
                    })
            }
        }
        for round in 0..<rounds {
            let results = writers.map { $0.outcomes[round] }
            let wins = results.filter { if case .success(2) = $0 { true } else { false } }.count
            let stale = results.filter { if case .failure(.staleVersion(_, 1, 2)) = $0 { true } else { false } }.count
            #expect(wins == 1 && stale == 1, "round \(round): \(results)")
            #expect(try setup.events(caseIds[round]).count == 2)
            #expect(try setup.verify(caseIds[round]) == nil)
        }
    }
}
