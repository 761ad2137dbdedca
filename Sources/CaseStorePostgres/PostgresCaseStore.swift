import CaseEngine
import CaseStorage
import Foundation
import PostgresNIO

/// The PostgreSQL case store: a `PortableCaseStore` over `PostgresBackend`.
public enum PostgresCaseStore {
    /// Opens (creating the tables when needed) the store at `url`
    /// (`postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`).
    public static func open(url: String, connections: Int = 8) throws(CaseError) -> PortableCaseStore {
        PortableCaseStore(backend: try PostgresBackend(url: url, connections: connections))
    }
}

/// Rows of a `PortableCaseStore` in PostgreSQL. Events and cases are partitioned by jurisdiction
/// (a list partition per province code, made when a province's artifact is first registered);
/// each request is one transaction, and the primary key `(jurisdiction, case_id, version)` of the
/// events lets one of two writers that expect the same version win and refuses the other
/// (`PostgresTransaction`).
///
/// The calls block their thread (the store is synchronous, like SQLite's): the server runs them on
/// a pool of threads. Connections are pooled; a connection that failed is dropped and a new one is
/// made for the next request, so a restarted server is reconnected to.
public final class PostgresBackend: StoreBackend, @unchecked Sendable {
    public let location: String
    let configuration: PostgresConnection.Configuration
    let logger = Logger(label: "tthc.postgres")
    private let lock = NSLock()
    private var idle: [PooledConnection] = []
    private let slots: DispatchSemaphore
    private var nextID = 0

    public init(url: String, connections: Int = 8) throws(CaseError) {
        location = StoreAddress.redacted(url)
        configuration = try Self.configuration(url)
        slots = DispatchSemaphore(value: max(1, connections))
        do {
            try withConnection { connection in try Self.createSchema(connection, logger: logger) }
        } catch let error as CaseError {
            throw error
        } catch {
            throw .storage(.cannotOpenStore(location, reason: Self.describe(error)))
        }
    }

    deinit {
        for pooled in idle {
            let closing: EventLoopFuture<Void> = pooled.connection.close()
            try? closing.wait()
        }
    }

    static func configuration(_ url: String) throws(CaseError) -> PostgresConnection.Configuration {
        guard let parts = URLComponents(string: url), let host = parts.host, !host.isEmpty else {
            throw .usage(.malformedPostgresURL(StoreAddress.redacted(url)))
        }
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        let user = parts.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        for item in parts.queryItems ?? [] where item.name == "sslmode" && item.value != "disable" {
            throw .usage(.unsupportedSSLMode(item.value ?? ""))
        }
        var configuration = PostgresConnection.Configuration(
            host: host, port: parts.port ?? 5432, username: user,
            password: parts.password, database: database.isEmpty ? nil : database, tls: .disable)
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    static func describe(_ error: Error) -> String {
        if case .server(let answer) = error as? PostgresError, let message = answer.fields[.message] {
            return "\(message) (SQLSTATE \(answer.fields[.sqlState] ?? "?"))"
        }
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] {
                return "\(message) (SQLSTATE \(psql.serverInfo?[.sqlState] ?? "?"))"
            }
            return "\(psql.code)" + (psql.underlying.map { ": \($0)" } ?? "")
        }
        return "\(error)"
    }

    // MARK: - Connections

    private func checkout() throws -> PooledConnection {
        slots.wait()
        if let pooled = lock.withLock({ idle.popLast() }), !pooled.connection.isClosed { return pooled }
        let id = lock.withLock {
            nextID += 1
            return nextID
        }
        do {
            return PooledConnection(
                try PostgresConnection.connect(
                    on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration, id: id,
                    logger: logger
                ).wait())
        } catch {
            slots.signal()
            throw CaseError.storage(.storeUnreachable(location, reason: Self.describe(error)))
        }
    }

    private func checkin(_ pooled: PooledConnection, healthy: Bool) {
        if healthy && !pooled.connection.isClosed {
            lock.withLock { idle.append(pooled) }
        } else {
            // Waited for: a connection must be closed before it is released.
            let closing: EventLoopFuture<Void> = pooled.connection.close()
            try? closing.wait()
        }
        slots.signal()
    }

    func withConnection<T>(_ body: (PooledConnection) throws -> T) throws -> T {
        let connection = try checkout()
        do {
            let result = try body(connection)
            checkin(connection, healthy: true)
            return result
        } catch {
            checkin(connection, healthy: !Self.isConnectionFailure(error))
            throw error
        }
    }

    /// The SQLSTATE of a refusal by the server: postgres-nio reports it as a `PSQLError`, or (for
    /// prepared statements) as a `PostgresError.server`.
    static func sqlState(_ error: Error) -> String? {
        if case .server(let answer) = error as? PostgresError { return answer.fields[.sqlState] }
        return (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    static func isConnectionFailure(_ error: Error) -> Bool {
        if case .server = error as? PostgresError { return false }
        guard let psql = error as? PSQLError else { return !(error is CaseError) }
        return psql.serverInfo == nil
    }

    // MARK: - Transactions

    public func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try withConnection { connection in
                    let tx = PostgresTransaction(connection: connection, logger: logger)
                    try tx.begin()
                    do {
                        let result = try body(tx)
                        try tx.commit()
                        return result
                    } catch {
                        tx.abandon()
                        if !Self.isConnectionFailure(error) { tx.rollback() }
                        throw error
                    }
                }
            } catch let error as CaseError {
                throw error
            } catch {
                // A serialization failure, a deadlock, or a key taken by a concurrent transaction: run again.
                if let state = Self.sqlState(error), ["40001", "40P01", "23505"].contains(state),
                    attempt < Self.attempts
                {
                    continue
                }
                if Self.isConnectionFailure(error) {
                    // Not acknowledged: the client may retry (with its idempotency key).
                    throw CaseError.storage(.storeUnreachableNotRecorded(location, reason: Self.describe(error)))
                }
                throw CaseError.storage(.storeNotAccessible(location, writing: true, reason: Self.describe(error)))
            }
        }
    }

    /// How many times a write is run before a conflict is reported. Writers that expect no
    /// version and race on one case lose to each other in turn (`PostgresTransaction`), one
    /// winner per round: a round per writer waiting on that case.
    static let attempts = 16

    public func read<T>(_ body: (any StoreReader) throws -> T) throws -> T {
        do {
            return try withConnection { connection in
                try body(PostgresTransaction(connection: connection, logger: logger))
            }
        } catch let error as CaseError {
            throw error
        } catch {
            throw CaseError.storage(.storeNotAccessible(location, writing: false, reason: Self.describe(error)))
        }
    }

    // MARK: - Schema

    static let schema = [
        """
        CREATE TABLE IF NOT EXISTS artifacts (
            hash text PRIMARY KEY, jurisdiction text NOT NULL, header bytea NOT NULL,
            procedure_count integer NOT NULL, stored_at text NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS artifact_procedures (
            hash text NOT NULL REFERENCES artifacts(hash), code text NOT NULL, calls text NOT NULL, body bytea NOT NULL,
            PRIMARY KEY (hash, code))
        """,
        """
        CREATE TABLE IF NOT EXISTS cases (
            jurisdiction text NOT NULL, id text NOT NULL, procedure text NOT NULL, artifact_hash text NOT NULL,
            parent_id text, commune text NOT NULL, receiving_unit text NOT NULL, status text NOT NULL, outcome text,
            version integer NOT NULL, received text NOT NULL, last_event_at text NOT NULL, closed_at text,
            snapshot bytea NOT NULL,
            PRIMARY KEY (jurisdiction, id)) PARTITION BY LIST (jurisdiction)
        """,
        """
        CREATE TABLE IF NOT EXISTS events (
            jurisdiction text NOT NULL, case_id text NOT NULL, version integer NOT NULL, kind text NOT NULL, at text NOT NULL,
            actor text, step text, body jsonb NOT NULL, recorded_at text NOT NULL,
            PRIMARY KEY (jurisdiction, case_id, version)) PARTITION BY LIST (jurisdiction)
        """,
        // A checksum per event (`RecordChecksum`); events written before it stay NULL, unchecked.
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS checksum bigint",
        "CREATE TABLE IF NOT EXISTS idempotency (key text PRIMARY KEY, request text NOT NULL, case_id text NOT NULL, version integer NOT NULL)",
        "CREATE TABLE IF NOT EXISTS counters (name text PRIMARY KEY, value bigint NOT NULL)",
    ]

    static func createSchema(_ connection: PooledConnection, logger: Logger) throws {
        // Two processes starting at once must not race on CREATE TABLE.
        let tx = PostgresTransaction(connection: connection, logger: logger)
        try tx.run("BEGIN")
        try tx.run("SELECT pg_advisory_xact_lock(2020)")
        for statement in schema + [applicantSchema] { try tx.run(PostgresQuery(unsafeSQL: statement)) }
        // Stores of earlier versions counted case numbers in `counters`: each jurisdiction gets its sequence.
        for jurisdiction in try tx.rows("SELECT DISTINCT jurisdiction FROM artifacts").map({
            try $0.decode(String.self)
        }) {
            for statement in PostgresCaseNumbers.createSQL(jurisdiction) {
                try tx.run(PostgresQuery(unsafeSQL: statement))
            }
        }
        try tx.run("COMMIT")
    }

    /// The partitions of one jurisdiction, `cases_j11` and `events_j11`, and its case numbers.
    static func partitionSQL(_ jurisdiction: String) -> [String] {
        let value = jurisdiction.replacingOccurrences(of: "'", with: "''")
        return ["cases", "events"].map {
            "CREATE TABLE IF NOT EXISTS \($0)_j\(suffix(jurisdiction)) PARTITION OF \($0) FOR VALUES IN ('\(value)')"
        }
            + PostgresCaseNumbers.createSQL(jurisdiction)
    }

    /// A jurisdiction as part of a table's name: `11` → `11`, anything but ASCII letters and digits → `_`.
    static func suffix(_ jurisdiction: String) -> String {
        jurisdiction.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? String($0) : "_" }
            .joined()
    }
}

/// One transaction's reads and writes on one connection (blocking on its futures). Round trips
/// and statements are what a request costs here: the rows a write makes are buffered and sent as
/// one statement just before the next read or at the end (`PostgresWriteBuffer`), a request's
/// statements are prepared (`PooledConnection`), and BEGIN and COMMIT are sent only when a write
/// has more than that one statement that writes (`begin()`). An event costs two round trips and
/// two statements: the case's snapshot (and its key's row, on a retry); then its rows (its
/// idempotency key's among them), one statement and so its own transaction. Postgres-nio sends a
/// connection's statements one after another, each waiting for the one before, so each statement
/// saved is a round trip of the connection and a wake-up of both processes.
///
/// Of two writers of one case, the one whose event takes the version second fails on the
/// events' primary key (23505) and is run again, on the case as the first left it: one winner,
/// as with a lock, and a loser with an If-Match gets the stale-version refusal. The key is
/// written once, by a plain INSERT with the request's rows, and not looked up first
/// (`PortableCaseStore.keyed`): of two requests with one key, the second's INSERT waits for the
/// first's and, when it committed, fails on the key (23505); `PostgresBackend.write` runs the
/// request again, and it then finds the key (`lock(key:)`, looked up with the case's snapshot)
/// and is answered from it.
final class PostgresTransaction: StoreWriter {
    let pooled: PooledConnection
    var connection: PostgresConnection { pooled.connection }
    let logger: Logger
    /// Statements sent and not yet waited on, in order (with the key a lookup is for); the first
    /// failure among them is the error.
    private var inFlight: [(answer: EventLoopFuture<[PostgresRow]>, key: String?)] = []
    var buffer = PostgresWriteBuffer()
    /// Keys given to `lock(key:)` and not yet looked up.
    private var pendingKeys: [String] = []
    /// The keys looked up, with their rows (nil: no earlier request gave the key).
    private var keyRows: [String: (request: String, caseId: String, version: Int)?] = [:]
    /// A write whose BEGIN waits until a second statement needs it (`begin()`), and whether it was sent.
    private var defersBegin = false
    private(set) var began = false

    /// A request's statements with at most this many parameters are prepared (`PooledConnection`);
    /// larger ones are batches, whose shapes are too many to keep.
    static let preparedParameterLimit = 64

    init(connection: PooledConnection, logger: Logger) {
        self.pooled = connection
        self.logger = logger
    }

    /// Sends a statement without waiting for its answer (the connection runs them in order).
    func send(_ query: PostgresQuery) throws {
        try beginNow()
        inFlight.append((connection.query(query, logger: logger).map(\.rows), nil))
    }

    /// Sends one of a request's statements, prepared on this connection, without waiting for its
    /// answer (`key`: the idempotency key it looks up).
    func send(prepared sql: String, _ parameters: PostgresParameters = PostgresParameters(), key: String? = nil)
        throws
    {
        inFlight.append((try pooled.statement(sql).execute(parameters.values), key))
    }

    /// Sends the buffered rows, if any: prepared when they are a request's few.
    private func flush(last: Bool = false) throws {
        guard !buffer.isEmpty else { return }
        // Rows sent before more statements of the request must commit with them.
        if !last { try beginNow() }
        guard let (sql, parameters) = buffer.statement() else { return }
        if parameters.values.count <= Self.preparedParameterLimit {
            try send(prepared: sql, parameters)
        } else {
            try send(parameters.query(sql))
        }
    }

    /// Waits for every statement sent so far, in one wait: waiting on a future from this thread
    /// hops to the connection's event loop and sleeps until it answers, even for a future already
    /// answered, so one wait per round trip (not one per statement) saves thread switches. Returns
    /// the answers in order; throws the first failure.
    @discardableResult
    func settle() throws -> [[PostgresRow]] {
        let sent = inFlight
        inFlight = []
        guard let first = sent.first?.answer else { return [] }
        let results = try EventLoopFuture.whenAllComplete(sent.map(\.answer), on: first.eventLoop).wait()
        var answers: [[PostgresRow]] = []
        for (result, statement) in zip(results, sent) {
            let rows = try result.get()
            if let key = statement.key {
                keyRows[key] = try rows.first.map {
                    (
                        try $0.prepared(0, as: String.self), try $0.prepared(1, as: String.self),
                        try $0.prepared(2, as: Int.self)
                    )
                }
            }
            answers.append(rows)
        }
        return answers
    }

    /// A write starts without BEGIN: most requests are reads (the case's snapshot, the key's
    /// row) followed by their rows as one statement, and one statement is its own transaction.
    /// BEGIN is sent only before a second statement that writes (`beginNow`).
    func begin() { defersBegin = true }

    /// Sends BEGIN if this write has not: from now on its statements are one transaction, and
    /// the snapshots it reads are locked.
    func beginNow() throws {
        guard defersBegin, !began else { return }
        began = true
        try send(prepared: "BEGIN")
    }

    func commit() throws {
        try flush(last: true)
        if began { try send(prepared: "COMMIT") }
        try settle()
    }

    func rollback() {
        guard began else { return }
        inFlight.append((connection.query("ROLLBACK", logger: logger).map(\.rows), nil))
        _ = try? settle()
    }

    /// After a failure: waits for what was sent, so the connection is idle before ROLLBACK.
    func abandon() {
        buffer = PostgresWriteBuffer()
        _ = try? settle()
    }

    func run(_ query: PostgresQuery) throws {
        _ = try rows(query)
    }

    /// Runs a query and waits for its rows; the buffered writes go first, so reads see them.
    func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
        try flush()
        try send(query)
        return try settle().last ?? []
    }

    /// `rows` of a prepared statement.
    func rows(prepared sql: String, _ parameters: PostgresParameters) throws -> [PostgresRow] {
        try flush()
        try send(prepared: sql, parameters)
        return try settle().last ?? []
    }

    static func bytes(_ data: Data) -> [UInt8] { [UInt8](data) }

    func snapshot(_ id: String) throws -> [UInt8]? {
        var p = PostgresParameters()
        let sql =
            "SELECT snapshot FROM cases WHERE jurisdiction = \(p.text(PortableCaseStore.jurisdiction(of: id))) AND id = \(p.text(id))"
        return try rows(prepared: sql, p).first.map { [UInt8](try $0.prepared(0, as: Data.self)) }
    }

    /// The case's snapshot; the keys given to `lock(key:)` are looked up in the same round trip.
    /// Locked (`FOR UPDATE`) once the write has begun a transaction; before that, read as it is:
    /// the write's one statement inserts the case's next event, whose primary key `(jurisdiction,
    /// case_id, version)` refuses it (23505, and the write is run again on the case as it then is)
    /// if another writer appended that version since this read.
    func lockedSnapshot(_ id: String) throws -> [UInt8]? {
        var p = PostgresParameters()
        let sql =
            "SELECT snapshot FROM cases WHERE jurisdiction = \(p.text(PortableCaseStore.jurisdiction(of: id))) AND id = \(p.text(id))"
            + (began ? " FOR UPDATE" : "")
        try flush()
        let first = inFlight.count
        try send(prepared: sql, p)
        try sendKeyLookups()
        return try settle()[first].first.map { [UInt8](try $0.prepared(0, as: Data.self)) }
    }

    /// The key is looked up with the next read (`lockedSnapshot`, `idempotency`), not now.
    func lock(key: String) throws { pendingKeys.append(key) }

    private func sendKeyLookups() throws {
        for key in pendingKeys {
            var p = PostgresParameters()
            try send(
                prepared: "SELECT request, case_id, version FROM idempotency WHERE key = \(p.text(key))", p, key: key)
        }
        pendingKeys = []
    }

    func artifactHeader(_ hash: String) throws -> (header: [UInt8], procedureCount: Int)? {
        try rows("SELECT header, procedure_count FROM artifacts WHERE hash = \(hash)").first.map {
            let (header, count) = try $0.decode((Data, Int).self)
            return ([UInt8](header), count)
        }
    }

    func procedure(_ hash: String, code: String) throws -> (calls: String, body: [UInt8])? {
        try rows("SELECT calls, body FROM artifact_procedures WHERE hash = \(hash) AND code = \(code)").first.map {
            let (calls, body) = try $0.decode((String, Data).self)
            return (calls, [UInt8](body))
        }
    }

    func procedures(_ hash: String) throws -> [[UInt8]] {
        try rows("SELECT body FROM artifact_procedures WHERE hash = \(hash) ORDER BY code").map {
            [UInt8](try $0.decode(Data.self))
        }
    }

    func artifactHashes() throws -> [String] {
        try rows("SELECT hash FROM artifacts ORDER BY stored_at, hash").map { try $0.decode(String.self) }
    }

    func caseIds() throws -> [String] {
        try rows("SELECT id FROM cases ORDER BY id").map { try $0.decode(String.self) }
    }

    func eventCount() throws -> Int {
        try rows("SELECT count(*)::bigint FROM events").first.map { try $0.decode(Int.self) } ?? 0
    }

    func snapshots(openOnly: Bool) throws -> [[UInt8]] {
        let query: PostgresQuery =
            openOnly
            ? "SELECT snapshot FROM cases WHERE status <> 'closed' ORDER BY id"
            : "SELECT snapshot FROM cases ORDER BY id"
        return try rows(query).map { [UInt8](try $0.decode(Data.self)) }
    }

    func events(_ caseId: String) throws -> [EventRow] {
        let j = PortableCaseStore.jurisdiction(of: caseId)
        return try rows(
            "SELECT version, kind, at, actor, step, body::text, recorded_at, checksum FROM events WHERE jurisdiction = \(j) AND case_id = \(caseId) ORDER BY version"
        ).map { row in
            let (version, kind, at, actor, step, body, recordedAt, checksum) = try row.decode(
                (Int, String, String, String?, String?, String, String, Int64?).self)
            return EventRow(
                caseId: caseId, jurisdiction: j, version: version, kind: kind, at: at, actor: actor, step: step,
                body: Array(body.utf8), recordedAt: recordedAt,
                checksum: checksum)
        }
    }

    func idempotency(_ key: String) throws -> (request: String, caseId: String, version: Int)? {
        if keyRows.index(forKey: key) == nil {
            if !inFlight.contains(where: { $0.key == key }) {
                if !pendingKeys.contains(key) { pendingKeys.append(key) }
                try flush()
                try sendKeyLookups()
            }
            try settle()
        }
        return keyRows[key] ?? nil
    }

    func insertEvent(_ row: EventRow) throws { buffer.events.append(row) }

    func saveSnapshot(_ row: SnapshotRow) throws { buffer.save(row) }

    func remember(key: String, request: String, caseId: String, version: Int) throws {
        buffer.keys.append((key, request, caseId, version))
    }

    func reserveCaseNumbers(_ count: Int, scope: String) throws -> [Int] {
        let (sql, parameters) = PostgresCaseNumbers.reserveStatement(count, jurisdiction: scope)
        return try rows(prepared: sql, parameters).map { try $0.prepared(0, as: Int.self) }
    }

    func insertArtifact(_ artifact: ArtifactRow, procedures: [ArtifactProcedureRow]) throws {
        // Two servers registering the same province at once must not race on CREATE.
        try run("SELECT pg_advisory_xact_lock(2020)")
        for statement in PostgresBackend.partitionSQL(artifact.jurisdiction) {
            try run(PostgresQuery(unsafeSQL: statement))
        }
        let header = Data(artifact.header)
        try run(
            """
            INSERT INTO artifacts (hash, jurisdiction, header, procedure_count, stored_at)
            VALUES (\(artifact.hash), \(artifact.jurisdiction), \(header), \(artifact.procedureCount), \(artifact.storedAt)) ON CONFLICT DO NOTHING
            """)
        // Many rows per statement: an artifact has about 2,000 procedures.
        for chunk in stride(from: 0, to: procedures.count, by: 500) {
            let part = procedures[chunk..<min(chunk + 500, procedures.count)]
            var sql = "INSERT INTO artifact_procedures (hash, code, calls, body) VALUES "
            var bindings = PostgresBindings()
            for (i, procedure) in part.enumerated() {
                sql += (i == 0 ? "" : ", ") + "($\(4 * i + 1), $\(4 * i + 2), $\(4 * i + 3), $\(4 * i + 4))"
                bindings.append(artifact.hash)
                bindings.append(procedure.code)
                bindings.append(procedure.calls)
                try bindings.append(Data(procedure.body))
            }
            try run(PostgresQuery(unsafeSQL: sql + " ON CONFLICT DO NOTHING", binds: bindings))
        }
    }
}

extension PostgresBackend {
    /// Creates a new, empty database on the server of `url` and returns its URL (tests and tools:
    /// each gets a database of its own).
    public static func createDatabase(on url: String, prefix: String = "tthc_test") throws(CaseError) -> String {
        let name = "\(prefix)_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16))"
        let configuration = try configuration(url)
        do {
            let connection = try PostgresConnection.connect(
                on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration, id: 0,
                logger: Logger(label: "tthc.postgres")
            ).wait()
            defer {
                let closing: EventLoopFuture<Void> = connection.close()
                try? closing.wait()
            }
            _ = try connection.query(
                PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: Logger(label: "tthc.postgres")
            ).wait()
        } catch {
            throw .storage(.cannotCreateDatabase(StoreAddress.redacted(url), reason: describe(error)))
        }
        guard var parts = URLComponents(string: url) else { return url }
        parts.path = "/" + name
        return parts.string ?? url
    }
}
