import CaseEngine
import CaseStorage
import GRDB
import GRDBSQLite
import WorkCalendar

/// The store's hot statements (an event row, a snapshot, a snapshot read) bound and stepped
/// through SQLite's C API on GRDB's cached statement. GRDB's `execute(arguments:)` boxes every
/// argument as a `DatabaseValueConvertible` and converts it again to bind it: for a row of
/// sixteen mostly-null columns that cost more than SQLite's own insert. The statement still
/// belongs to GRDB's connection and runs inside the transaction GRDB opened; the store registers
/// no transaction observers, which is what stepping around GRDB would skip.
struct FastStatement {
    private let handle: SQLiteStatement
    private let connection: SQLiteConnection?
    private var position: Int32 = 0
    /// The bound texts and blobs, copied here and handed to SQLite without a copy of its own
    /// (`SQLITE_STATIC`): SQLite's copies (a malloc, a copy and a free per value) were a fifth
    /// of a durable write. Valid until the statement is reset, after its step.
    private let arena = BindArena()

    /// `sql` is prepared once per connection (GRDB's statement cache).
    init(_ sql: String, in db: Database) throws {
        let statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
        // A statement GRDB ran before may still hold a row or bindings.
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: Binding, in the order of the statement's `?`

    /// Moves to the next `?`: the value to bind there, or nil once null is bound there.
    private mutating func next<Value>(_ value: Value?) -> Value? {
        position += 1
        if value == nil { sqlite3_bind_null(handle, position) }
        return value
    }

    mutating func bind(_ value: String?) {
        guard var value = next(value) else { return }
        value.withUTF8 { bindText($0) }
    }

    /// An instant as `isoText`, without building the string.
    mutating func bind(_ value: LocalDateTime?) {
        guard let value = next(value) else { return }
        value.withISOBytes { bindText($0) }
    }

    /// A name's text, read where the name table keeps it.
    mutating func bind(_ value: Name?) {
        guard let value = next(value) else { return }
        NameTable.shared.withUTF8(value.number) { bindText($0) }
    }

    private func bindText(_ utf8: UnsafeBufferPointer<UInt8>) {
        if let copy = arena.copy(UnsafeRawBufferPointer(utf8)) {
            sqlite3_bind_text(handle, position, copy.assumingMemoryBound(to: CChar.self), Int32(utf8.count), nil)
        } else if let start = utf8.baseAddress {
            UnsafeRawPointer(start).withMemoryRebound(to: CChar.self, capacity: utf8.count) { text in
                _ = sqlite3_bind_text(handle, position, text, Int32(utf8.count), sqliteTransient)
            }
        } else {
            // An empty buffer may have no base address, and SQLite reads a null pointer as NULL.
            sqlite3_bind_text(handle, position, "", 0, sqliteTransient)
        }
    }

    mutating func bind(_ value: Int?) {
        guard let value = next(value) else { return }
        sqlite3_bind_int64(handle, position, Int64(value))
    }

    mutating func bind(_ bytes: [UInt8]?) {
        guard let bytes = next(bytes) else { return }
        let position = position
        let handle = handle
        let arena = arena
        bytes.withUnsafeBytes { raw in
            if let copy = arena.copy(raw) {
                sqlite3_bind_blob(handle, position, copy, Int32(raw.count), nil)
            } else {
                sqlite3_bind_blob(
                    handle, position, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(raw.count),
                    sqliteTransient)
            }
        }
    }

    // MARK: Running

    /// Runs a statement that returns no row, then readies it for the next use.
    mutating func run() throws {
        defer { rewind() }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw failure(code) }
    }

    /// The first column of the first row as bytes (nil: no row, or NULL).
    mutating func firstBlob() throws -> [UInt8]? {
        defer { rewind() }
        guard try stepToFirstValue() else { return nil }
        let count = Int(sqlite3_column_bytes(handle, 0))
        guard count > 0, let start = sqlite3_column_blob(handle, 0) else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    }

    /// The first column of the first row as an integer (nil: no row, or NULL).
    mutating func firstInt() throws -> Int? {
        defer { rewind() }
        guard try stepToFirstValue() else { return nil }
        return Int(sqlite3_column_int64(handle, 0))
    }

    /// Steps to the first row; whether there is one and its first column is not NULL.
    private func stepToFirstValue() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return false }
        guard code == SQLITE_ROW else { throw failure(code) }
        return sqlite3_column_type(handle, 0) != SQLITE_NULL
    }

    private mutating func rewind() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        position = 0
        arena.clear()
    }

    private func failure(_ code: Int32) -> DatabaseError {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(
            resultCode: ResultCode(rawValue: code), message: message,
            sql: sqlite3_sql(handle).map { String(cString: $0) })
    }
}

/// SQLite copies the bound bytes (`SQLITE_TRANSIENT`, a macro Swift does not import).
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// Memory for one row's bound values, reused row after row. A value that does not fit is left
/// to SQLite to copy.
final class BindArena {
    private static let capacity = 64 * 1024
    /// Allocated at the first copy: a statement run once may never need it.
    private var storage: UnsafeMutableRawPointer?
    private var used = 0

    deinit { storage?.deallocate() }

    /// A copy of `bytes` that stays put until `clear`; nil when there is no room left (or nothing
    /// to copy: an empty value has no address).
    func copy(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawPointer? {
        guard let source = bytes.baseAddress, !bytes.isEmpty, used + bytes.count <= Self.capacity else { return nil }
        let base = storage ?? UnsafeMutableRawPointer.allocate(byteCount: Self.capacity, alignment: 16)
        storage = base
        let target = base + used
        target.copyMemory(from: source, byteCount: bytes.count)
        used += bytes.count
        return UnsafeRawPointer(target)
    }

    func clear() { used = 0 }
}
