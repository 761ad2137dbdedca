import Foundation
import PostgresNIO

/// A pooled connection and the statements prepared on it, by their SQL. A request's statements
/// (BEGIN, the case's lock, the key's row, its rows, COMMIT) are prepared the first time a
/// connection runs them and from then on only bound and executed: PostgreSQL neither parses nor
/// plans them again, and no Parse, Describe or row description crosses the wire for them
/// (pgbench measures the same appends about 30 % faster prepared than parsed each time).
final class PooledConnection {
    let connection: PostgresConnection
    private var prepared: [String: PreparedQuery] = [:]

    init(_ connection: PostgresConnection) { self.connection = connection }

    /// The statement prepared on this connection, preparing it now (one round trip) when it is new.
    /// Waited for, so that statements sent after it cannot overtake its first execution.
    func statement(_ sql: String) throws -> PreparedQuery {
        if let known = prepared[sql] { return known }
        let made = try connection.prepare(query: sql).wait()
        prepared[sql] = made
        return made
    }
}

/// The parameters of a prepared statement, each written into its SQL with a cast (`$1::text`): a
/// prepared statement's parameter types are what PostgreSQL infers, and the values are sent in
/// binary, so each is cast to the type it is sent as (a jsonb column takes `$n::text::jsonb`).
struct PostgresParameters {
    private(set) var values: [PostgresData] = []

    mutating func text(_ value: String?) -> String { add(value.map { PostgresData(string: $0) }, "text") }
    mutating func int(_ value: Int?) -> String { add(value.map { PostgresData(int: $0) }, "int8") }
    mutating func int64(_ value: Int64?) -> String { add(value.map { PostgresData(int64: $0) }, "int8") }
    mutating func bytes(_ value: [UInt8]) -> String { add(PostgresData(bytes: value), "bytea") }

    /// A value whose placeholder the statement's text already has (`PostgresWriteBuffer`).
    mutating func append(_ value: PostgresData) { values.append(value) }

    private mutating func add(_ value: PostgresData?, _ type: String) -> String {
        values.append(value ?? .null)
        return "$\(values.count)::\(type)"
    }

    /// The same statement unprepared (parsed each time): for shapes too many to keep prepared.
    func query(_ sql: String) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { bindings.append(value) }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}

extension PostgresRow {
    /// Column `index` of a prepared statement's row. postgres-nio's `PreparedQuery` asks for its
    /// rows in binary but describes their columns as text, so each cell is read as the binary it is.
    func prepared<T: PostgresDecodable>(_ index: Int, as type: T.Type) throws -> T {
        var cell = makeRandomAccess()[index]
        cell.format = .binary
        return try cell.decode(T.self, context: .default)
    }
}
