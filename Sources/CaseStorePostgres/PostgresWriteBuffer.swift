import CaseEngine
import CaseStorage
import Foundation
import PostgresNIO

/// The rows a transaction writes (events, snapshots, idempotency keys), kept until the next read
/// or the end and then sent as one statement: a request that appends one event costs one round
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

    /// The one statement that writes everything buffered (and empties the buffer), or nil. Its
    /// text depends only on how many rows of each table it writes, so it is made once per shape
    /// (`Shape.sql`); only the values are gathered per request.
    mutating func statement() -> (sql: String, parameters: PostgresParameters)? {
        guard !isEmpty else { return nil }
        var p = PostgresParameters()
        for row in events { for column in Self.eventColumns { p.append(column.value(row)) } }
        for row in snapshots { for column in Self.snapshotColumns { p.append(column.value(row)) } }
        for row in keys { for column in Self.keyColumns { p.append(column.value(row)) } }
        let shape = Shape(events: events.count, snapshots: snapshots.count, keys: keys.count)
        self = PostgresWriteBuffer()
        return (shape.sql, p)
    }

    /// A column of a buffered row: its name, the type its parameter is cast to (`PostgresParameters`)
    /// and its value.
    struct Column<Row>: Sendable {
        let name: String
        let cast: String
        let value: @Sendable (Row) -> PostgresData

        init(_ name: String, _ cast: String, _ value: @escaping @Sendable (Row) -> PostgresData) {
            self.name = name
            self.cast = cast
            self.value = value
        }
    }

    static func text(_ value: String?) -> PostgresData { value.map { PostgresData(string: $0) } ?? .null }

    static let eventColumns: [Column<EventRow>] = [
        .init("jurisdiction", "text") { text($0.jurisdiction) }, .init("case_id", "text") { text($0.caseId) },
        .init("version", "int8") { PostgresData(int: $0.version) }, .init("kind", "text") { text($0.kind) },
        .init("at", "text") { text($0.at) }, .init("actor", "text") { text($0.actor) },
        .init("step", "text") { text($0.step) },
        .init("body", "text::jsonb") { text(String(decoding: $0.body, as: UTF8.self)) },
        .init("recorded_at", "text") { text($0.recordedAt) },
        .init("checksum", "int8") { $0.checksum.map { PostgresData(int64: $0) } ?? .null },
    ]

    static let snapshotColumns: [Column<SnapshotRow>] = [
        .init("jurisdiction", "text") { text($0.jurisdiction) }, .init("id", "text") { text($0.id) },
        .init("procedure", "text") { text($0.procedure) }, .init("artifact_hash", "text") { text($0.artifactHash) },
        .init("parent_id", "text") { text($0.parentId) }, .init("commune", "text") { text($0.commune) },
        .init("receiving_unit", "text") { text($0.receivingUnit) }, .init("status", "text") { text($0.status) },
        .init("outcome", "text") { text($0.outcome) }, .init("version", "int8") { PostgresData(int: $0.version) },
        .init("received", "text") { text($0.received) }, .init("last_event_at", "text") { text($0.lastEventAt) },
        .init("closed_at", "text") { text($0.closedAt) },
        .init("snapshot", "bytea") { PostgresData(bytes: $0.snapshot) },
    ]

    static let keyColumns: [Column<(key: String, request: String, caseId: String, version: Int)>] = [
        .init("key", "text") { text($0.key) }, .init("request", "text") { text($0.request) },
        .init("case_id", "text") { text($0.caseId) }, .init("version", "int8") { PostgresData(int: $0.version) },
    ]

    /// How many rows of each table a statement writes.
    struct Shape: Hashable {
        var events: Int
        var snapshots: Int
        var keys: Int

        private static let lock = NSLock()
        nonisolated(unsafe) private static var made: [Shape: String] = [:]

        /// The statement's text, made the first time a request's shape is written (a batch's, of
        /// more parameters than a prepared statement takes, is made each time: its shapes are many).
        var sql: String {
            let parameters =
                events * eventColumns.count + snapshots * snapshotColumns.count + keys * keyColumns.count
            guard parameters <= PostgresTransaction.preparedParameterLimit else { return make() }
            if let known = Self.lock.withLock({ Self.made[self] }) { return known }
            let text = make()
            Self.lock.withLock { Self.made[self] = text }
            return text
        }

        private func make() -> String {
            var next = 0
            func rows<Row>(_ count: Int, _ columns: [Column<Row>]) -> String {
                (0..<count).map { _ in
                    "("
                        + columns.map {
                            next += 1
                            return "$\(next)::\($0.cast)"
                        }.joined(separator: ", ") + ")"
                }.joined(separator: ", ")
            }
            func names<Row>(_ columns: [Column<Row>]) -> String { columns.map(\.name).joined(separator: ", ") }
            var parts: [String] = []
            if events > 0 {
                parts.append(
                    "INSERT INTO events (\(names(eventColumns))) VALUES \(rows(events, eventColumns))")
            }
            if snapshots > 0 {
                parts.append(
                    """
                    INSERT INTO cases (\(names(snapshotColumns)))
                    VALUES \(rows(snapshots, snapshotColumns))
                    ON CONFLICT (jurisdiction, id) DO UPDATE SET artifact_hash = excluded.artifact_hash, status = excluded.status, outcome = excluded.outcome,
                        version = excluded.version, last_event_at = excluded.last_event_at, closed_at = excluded.closed_at, snapshot = excluded.snapshot
                    """)
            }
            if keys > 0 {
                // No ON CONFLICT: a key another request wrote first fails the transaction (23505), which
                // is then run again and answered from that key (`PostgresTransaction`).
                parts.append("INSERT INTO idempotency (\(names(keyColumns))) VALUES \(rows(keys, keyColumns))")
            }
            // One statement: every part but the last as a data-modifying WITH query.
            let last = parts.removeLast()
            let with = parts.enumerated().map { "w\($0.offset) AS (\($0.element))" }
            return (with.isEmpty ? "" : "WITH " + with.joined(separator: ", ") + " ") + last
        }
    }
}
