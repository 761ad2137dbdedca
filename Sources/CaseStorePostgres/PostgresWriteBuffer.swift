import CaseEngine
import CaseStorage
import Foundation
import PostgresNIO

/// The rows a transaction writes (events, snapshots, idempotency keys), kept until the next read
/// or the COMMIT and then sent as one statement: a request that appends one event costs one round
/// trip for its writes, however many rows they are. Its data-modifying parts touch different rows
/// (a snapshot is kept once per case, the last one), so their order inside the statement does not
/// matter.
struct PostgresWriteBuffer {
    var events: [EventRow] = []
    private(set) var snapshots: [SnapshotRow] = []
    var keys: [(key: String, request: String, caseId: String, version: Int)] = []

    /// Keeps the latest snapshot of a case (a statement may not update a row twice).
    mutating func save(_ row: SnapshotRow) {
        if let i = snapshots.firstIndex(where: { $0.id == row.id && $0.jurisdiction == row.jurisdiction }) {
            snapshots[i] = row
        } else {
            snapshots.append(row)
        }
    }

    var isEmpty: Bool { events.isEmpty && snapshots.isEmpty && keys.isEmpty }

    /// The one statement that writes everything buffered (and empties the buffer), or nil.
    mutating func statement() -> (sql: String, parameters: PostgresParameters)? {
        guard !isEmpty else { return nil }
        var parts: [String] = []
        var p = PostgresParameters()
        if !events.isEmpty {
            let rows = events.map { e in
                "(\(p.text(e.jurisdiction)), \(p.text(e.caseId)), \(p.int(e.version)), \(p.text(e.kind)), \(p.text(e.at)), "
                    + "\(p.text(e.actor)), \(p.text(e.step)), \(p.text(String(decoding: e.body, as: UTF8.self)))::jsonb, "
                    + "\(p.text(e.recordedAt)), \(p.int64(e.checksum)))"
            }
            parts.append(
                "INSERT INTO events (jurisdiction, case_id, version, kind, at, actor, step, body, recorded_at, checksum) VALUES "
                    + rows.joined(separator: ", "))
        }
        if !snapshots.isEmpty {
            let rows = snapshots.map { r in
                "(\(p.text(r.jurisdiction)), \(p.text(r.id)), \(p.text(r.procedure)), \(p.text(r.artifactHash)), "
                    + "\(p.text(r.parentId)), \(p.text(r.commune)), \(p.text(r.receivingUnit)), \(p.text(r.status)), "
                    + "\(p.text(r.outcome)), \(p.int(r.version)), \(p.text(r.received)), \(p.text(r.lastEventAt)), "
                    + "\(p.text(r.closedAt)), \(p.bytes(r.snapshot)))"
            }
            parts.append(
                """
                INSERT INTO cases (jurisdiction, id, procedure, artifact_hash, parent_id, commune, receiving_unit, status, outcome, version, received, last_event_at, closed_at, snapshot)
                VALUES \(rows.joined(separator: ", "))
                ON CONFLICT (jurisdiction, id) DO UPDATE SET artifact_hash = excluded.artifact_hash, status = excluded.status, outcome = excluded.outcome,
                    version = excluded.version, last_event_at = excluded.last_event_at, closed_at = excluded.closed_at, snapshot = excluded.snapshot
                """)
        }
        if !keys.isEmpty {
            let rows = keys.map { k in
                "(\(p.text(k.key)), \(p.text(k.request)), \(p.text(k.caseId)), \(p.int(k.version)))"
            }
            // No ON CONFLICT: a key another request wrote first fails the transaction (23505), which
            // is then run again and answered from that key (`PostgresTransaction`).
            parts.append(
                "INSERT INTO idempotency (key, request, case_id, version) VALUES \(rows.joined(separator: ", "))")
        }
        self = PostgresWriteBuffer()
        // One statement: every part but the last as a data-modifying WITH query.
        let last = parts.removeLast()
        let with = parts.enumerated().map { "w\($0.offset) AS (\($0.element))" }
        return ((with.isEmpty ? "" : "WITH " + with.joined(separator: ", ") + " ") + last, p)
    }
}
