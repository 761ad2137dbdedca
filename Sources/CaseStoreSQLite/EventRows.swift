import CaseEngine
import CaseStorage
import Foundation
import GRDB
import WorkCalendar

/// Events as rows: one column per field, so the log can be read with plain SQL.
enum EventRows {
    static let insertSQL = """
        INSERT INTO events (case_id, version, kind, at, actor, step, target, fact, reason, amount, child, outcome, due, artifact, opening, recorded_at, checksum)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func insert(_ event: CaseEvent, caseId: String, version: Int, recordedAt: String, in db: Database) throws {
        var row = try FastStatement(insertSQL, in: db)
        try insert(event, caseId: caseId, version: version, recordedAt: recordedAt, with: &row)
    }

    /// `insert` with the statement prepared already (a write session prepares it once).
    static func insert(
        _ event: CaseEvent, caseId: String, version: Int, recordedAt: String, with row: inout FastStatement
    ) throws {
        row.bind(caseId)
        row.bind(version)
        row.bind(event.kind.rawValue)
        row.bind(event.at)
        row.bind(event.actor)
        row.bind(event.step)
        row.bind(event.target)
        row.bind(event.fact)
        row.bind(event.reason)
        row.bind(event.amount)
        row.bind(event.child)
        row.bind(event.outcome)
        row.bind(event.due)
        row.bind(event.artifact)
        row.bind(event.opening.map { SnapshotCodec.encode($0) })
        row.bind(recordedAt)
        row.bind(Int(RecordChecksum.of(event, caseId: caseId, version: version, recordedAt: recordedAt)))
        try row.run()
    }

    static func fetch(caseId: String, in db: Database) throws -> [StoredEvent] {
        try Row.fetchAll(db, sql: "SELECT * FROM events WHERE case_id = ? ORDER BY version", arguments: [caseId]).map(
            decode)
    }

    static func decode(_ row: Row) throws -> StoredEvent {
        func time(_ column: String) throws -> LocalDateTime? {
            guard let text: String = row[column] else { return nil }
            return try LocalDateTime(parsing: text)
        }
        guard let kind = CaseEventKind(rawValue: row["kind"]), let at = try time("at") else {
            throw CaseError.storage(
                .unreadableEvent(caseId: row["case_id"] as String? ?? "?", version: row["version"] as Int? ?? 0))
        }
        func name(_ column: String) -> Name? { (row[column] as String?).map { Name($0) } }
        var event = CaseEvent(kind, at: at, actor: name("actor"), step: name("step"))
        event.target = name("target")
        event.fact = name("fact")
        event.reason = row["reason"]
        event.amount = row["amount"]
        event.child = row["child"]
        event.outcome = name("outcome")
        event.due = try time("due")
        event.artifact = row["artifact"]
        if let data: Data = row["opening"] { event.opening = try SnapshotCodec.decodeOpening([UInt8](data)) }
        let stored = StoredEvent(
            caseId: row["case_id"], version: row["version"], event: event, recordedAt: row["recorded_at"])
        // NULL: written before events had checksums (`tthc case verify` counts them).
        if let recorded: Int64 = row["checksum"] { try RecordChecksum.check(stored, against: recorded) }
        return stored
    }
}
