import CaseEngine
import CaseStoreSQLite
import Foundation
import GRDB
import GRDBSQLite

/// The durable benchmark's baseline: the same event rows inserted into the same table by
/// SQLite's C API alone, 1,000 rows per transaction, WAL and `synchronous = FULL` as the store
/// runs — no deciding, no applying, no snapshots, every value rendered as text beforehand. What
/// the store adds to SQLite's own work is the ratio of the two.
struct SQLiteBaseline {
    /// Each event's sixteen column values, as the store writes them (the opening blob left out).
    let rows: [[String?]]

    init(_ logs: [(id: String, events: [CaseEvent])]) {
        var rows: [[String?]] = []
        for (id, events) in logs {
            for (i, e) in events.enumerated() {
                rows.append([
                    id, String(i + 1), e.kind.rawValue, e.at.isoText, e.actor?.text, e.step?.text, e.target?.text,
                    e.fact?.text, e.reason, e.amount.map(String.init), e.child, e.outcome?.text, e.due?.isoText,
                    e.artifact, nil, "2026-12-03T12:00:00Z",
                ])
            }
        }
        self.rows = rows
    }

    /// A new store file with the store's own schema, opened as the store opens it.
    static func emptyStore(in folder: URL) throws -> DatabaseQueue {
        let path = folder.appendingPathComponent("baseline.sqlite").path
        _ = try CaseStore(path: path)
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// The rows, 1,000 per transaction.
    func insert(into queue: DatabaseQueue) throws -> Int {
        let sql = """
            INSERT INTO events (case_id, version, kind, at, actor, step, target, fact, reason, amount, child, outcome, due, artifact, opening, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for first in stride(from: 0, to: rows.count, by: 1000) {
            try queue.inTransaction { db in
                let handle = try db.cachedStatement(sql: sql).sqliteStatement
                for row in rows[first..<min(first + 1000, rows.count)] {
                    for (i, value) in row.enumerated() {
                        if let value {
                            _ = value.withCString { sqlite3_bind_text(handle, Int32(i + 1), $0, -1, transient) }
                        } else {
                            sqlite3_bind_null(handle, Int32(i + 1))
                        }
                    }
                    guard sqlite3_step(handle) == SQLITE_DONE else {
                        throw DatabaseError(message: "baseline insert failed")
                    }
                    sqlite3_reset(handle)
                }
                return .commit
            }
        }
        return rows.count
    }
}
