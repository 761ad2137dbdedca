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
    mutating func statement() -> PostgresQuery? {
        guard !isEmpty else { return nil }
        var parts: [String] = []
        var binds = PostgresBindings()
        var next = 0
        func slot(_ cast: String = "") -> String {
            next += 1
            return "$\(next)\(cast)"
        }
        if !events.isEmpty {
            var rows: [String] = []
            for e in events {
                rows.append(
                    "(\(slot()), \(slot()), \(slot()), \(slot()), \(slot()), \(slot()), \(slot()), \(slot("::jsonb")), \(slot()), \(slot()))"
                )
                binds.append(e.jurisdiction)
                binds.append(e.caseId)
                binds.append(e.version)
                binds.append(e.kind)
                binds.append(e.at)
                binds.append(e.actor)
                binds.append(e.step)
                binds.append(String(decoding: e.body, as: UTF8.self))
                binds.append(e.recordedAt)
                binds.append(e.checksum)
            }
            parts.append(
                "INSERT INTO events (jurisdiction, case_id, version, kind, at, actor, step, body, recorded_at, checksum) VALUES "
                    + rows.joined(separator: ", "))
        }
        if !snapshots.isEmpty {
            var rows: [String] = []
            for r in snapshots {
                rows.append("(" + (0..<14).map { _ in slot() }.joined(separator: ", ") + ")")
                binds.append(r.jurisdiction)
                binds.append(r.id)
                binds.append(r.procedure)
                binds.append(r.artifactHash)
                binds.append(r.parentId)
                binds.append(r.commune)
                binds.append(r.receivingUnit)
                binds.append(r.status)
                binds.append(r.outcome)
                binds.append(r.version)
                binds.append(r.received)
                binds.append(r.lastEventAt)
                binds.append(r.closedAt)
                binds.append(ByteBuffer(bytes: r.snapshot))
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
            var rows: [String] = []
            for k in keys {
                rows.append("(\(slot()), \(slot()), \(slot()), \(slot()))")
                binds.append(k.key)
                binds.append(k.request)
                binds.append(k.caseId)
                binds.append(k.version)
            }
            // The key's row was inserted when it was claimed (`lock(key:)`): now it gets its request.
            parts.append(
                """
                INSERT INTO idempotency (key, request, case_id, version) VALUES \(rows.joined(separator: ", "))
                ON CONFLICT (key) DO UPDATE SET request = excluded.request, case_id = excluded.case_id, version = excluded.version
                """)
        }
        self = PostgresWriteBuffer()
        // One statement: every part but the last as a data-modifying WITH query.
        let last = parts.removeLast()
        let with = parts.enumerated().map { "w\($0.offset) AS (\($0.element))" }
        return PostgresQuery(
            unsafeSQL: (with.isEmpty ? "" : "WITH " + with.joined(separator: ", ") + " ") + last, binds: binds)
    }
}
