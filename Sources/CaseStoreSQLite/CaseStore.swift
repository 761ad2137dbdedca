import CaseEngine
import CaseStorage
import Diagnostics
import Foundation
import GRDB
import WorkCalendar
import WorkflowCompiler

/// The durable case store: an embedded SQLite file in WAL mode, written through GRDB.
///
/// Every request runs in one `BEGIN IMMEDIATE` transaction: read the case, check the idempotency
/// key and the expected version, decide, append the events and the new snapshots, commit. Only
/// after the commit does the caller acknowledge, so an acknowledged event survives a crash
/// (`synchronous = FULL`), and a crash before the commit leaves no trace of the request.
public final class CaseStore {
    public let path: String
    let queue: DatabaseQueue
    /// Interpreters by artifact hash: the procedures they know, or the whole artifact.
    var interpreters: [String: (codes: Set<String>, whole: Bool, interpreter: CaseInterpreter)] = [:]
    let encoder = JSONEncoder()
    let decoder = JSONDecoder()

    /// Opens (creating when needed) the store at `path`; its folder is created too.
    public init(path: String) throws(CaseError) {
        self.path = path
        var configuration = Configuration()
        configuration.journalMode = .wal
        // Another process writing: wait for it rather than fail at once.
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .storage(.storeIsFolder(path, file: (path as NSString).appendingPathComponent("cases.sqlite")))
        }
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
        } catch {
            throw .storage(.cannotCreateStoreFolder(folder, store: path, reason: FileErrorReason.text(error)))
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try StoreSchema.migrator().migrate(queue)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .storage(.notSQLite(path))
        } catch {
            throw .storage(.cannotOpenStore(path, reason: "\(error)"))
        }
    }

    /// `$TTHC_STORE`, else `~/.tthc/cases.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["TTHC_STORE"], !path.isEmpty { return path }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".tthc/cases.sqlite")
    }

    /// Runs `body` in one immediate write transaction; any error rolls everything back.
    func transaction<T>(_ body: (Database) throws -> T) throws(CaseError) -> T {
        try StoreConventions.storeFailures(at: path, writing: true) {
            var result: T?
            try queue.inTransaction(.immediate) { db in
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(CaseError) -> T {
        try StoreConventions.storeFailures(at: path, writing: false) { try queue.read(body) }
    }

    // MARK: - Snapshots

    static let loadSnapshotSQL = "SELECT snapshot FROM cases WHERE id = ?"
    static let saveSnapshotSQL = """
        INSERT INTO cases (id, procedure, artifact_hash, parent_id, commune, receiving_unit, status, outcome, version, received, last_event_at, closed_at, snapshot)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(id) DO UPDATE SET artifact_hash = excluded.artifact_hash, status = excluded.status, outcome = excluded.outcome,
            version = excluded.version, last_event_at = excluded.last_event_at, closed_at = excluded.closed_at, snapshot = excluded.snapshot
        """

    static func loadState(_ id: String, in db: Database) throws -> CaseState? {
        var read = try FastStatement(loadSnapshotSQL, in: db)
        return try loadState(id, with: &read)
    }

    /// `loadState` with the statement prepared already (a write session prepares it once).
    static func loadState(_ id: String, with read: inout FastStatement) throws -> CaseState? {
        read.bind(id)
        return try read.firstBlob().map(SnapshotCodec.decode)
    }

    static func saveState(_ state: CaseState, in db: Database) throws {
        var row = try FastStatement(saveSnapshotSQL, in: db)
        try saveState(state, with: &row)
    }

    /// `saveState` with the statement prepared already.
    static func saveState(_ state: CaseState, with row: inout FastStatement) throws {
        row.bind(state.id)
        row.bind(state.procedure)
        row.bind(state.artifactHash)
        row.bind(state.opening.parent?.caseId)
        row.bind(state.opening.commune)
        row.bind(state.opening.receivingUnit)
        row.bind(state.status.rawValue)
        row.bind(state.outcome)
        row.bind(state.version)
        row.bind(state.opening.received)
        row.bind(state.lastEventAt)
        row.bind(state.closedAt)
        row.bind(SnapshotCodec.encode(state))
        try row.run()
    }
}
