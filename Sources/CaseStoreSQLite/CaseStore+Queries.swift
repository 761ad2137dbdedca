import CaseEngine
import CaseStorage
import Foundation
import GRDB
import WorkCalendar

extension CaseStore {
    /// A case's state (its snapshot) and an interpreter that can read it.
    public func state(_ id: String) throws(CaseError) -> (state: CaseState, interpreter: CaseInterpreter) {
        try read { db in
            guard let state = try Self.loadState(id, in: db) else { throw CaseError.unknownCase(id) }
            return (state, try interpreter(state.artifactHash, for: state.procedure, in: db))
        }
    }

    public func events(_ id: String) throws(CaseError) -> [StoredEvent] {
        try read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM cases WHERE id = ?", arguments: [id]) ?? false else {
                throw CaseError.unknownCase(id)
            }
            return try EventRows.fetch(caseId: id, in: db)
        }
    }

    public func caseIds() throws(CaseError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT id FROM cases ORDER BY id") }
    }

    public func eventCount() throws(CaseError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0 }
    }

    /// Cases with their interpreters, optionally only the open ones.
    public func cases(openOnly: Bool) throws(CaseError) -> [(state: CaseState, interpreter: CaseInterpreter)] {
        try read { db in
            let sql = "SELECT snapshot FROM cases" + (openOnly ? " WHERE status != 'closed'" : "") + " ORDER BY id"
            let states = try Data.fetchAll(db, sql: sql).map { try SnapshotCodec.decode([UInt8]($0)) }
            return try StoreConventions.pairedWithInterpreters(states) { try interpreter($0, covering: $1, in: db) }
        }
    }

    /// Rebuilds a case from its events and compares it with the stored snapshot: nil when they
    /// are equal, else what differs.
    public func verify(_ id: String) throws(CaseError) -> String? {
        try read { db in
            guard let snapshot = try Self.loadState(id, in: db) else { throw CaseError.unknownCase(id) }
            let events = try EventRows.fetch(caseId: id, in: db)
            return try ReplayComparison.compare(id: id, snapshot: snapshot, events: events) { hash in
                try interpreter(hash, covering: [snapshot.procedure], in: db)
            }
        }
    }
}
