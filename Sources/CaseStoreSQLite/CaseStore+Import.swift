import CaseEngine
import CaseStorage
import Foundation
import GRDB

extension CaseStore {
    /// Writes whole case histories (events and final snapshots) in one transaction, e.g. the
    /// simulation's finished cases. The artifact must be registered. Returns the events written.
    @discardableResult
    public func importCases(_ cases: [CaseHistory]) throws(CaseError) -> Int {
        try transaction { db in
            let recordedAt = StoreConventions.now()
            var insertEvent = try FastStatement(EventRows.insertSQL, in: db)
            var saveSnapshot = try FastStatement(Self.saveSnapshotSQL, in: db)
            var written = 0
            for finished in cases {
                for (i, event) in finished.events.enumerated() {
                    try EventRows.insert(
                        event, caseId: finished.state.id, version: i + 1, recordedAt: recordedAt, with: &insertEvent)
                }
                guard finished.events.count == finished.state.version else {
                    throw CaseError.storage(
                        .eventCountMismatch(
                            caseId: finished.state.id, events: finished.events.count, version: finished.state.version))
                }
                try Self.saveState(finished.state, with: &saveSnapshot)
                written += finished.events.count
            }
            return written
        }
    }

    /// A new number for a simulation run, so the ids of its cases (`S3-000001`) are new.
    public func nextRun() throws(CaseError) -> Int {
        try transaction { db in
            try db.execute(
                sql:
                    "INSERT INTO counters (name, value) VALUES ('simulation', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1"
            )
            return try Int.fetchOne(db, sql: "SELECT value FROM counters WHERE name = 'simulation'") ?? 1
        }
    }
}
