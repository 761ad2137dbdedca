import CaseEngine
import WorkCalendar

/// A checksum written with every stored event and snapshot and checked whenever one is read, so
/// that a row changed or damaged outside tthc (a flipped byte, an edit with the sqlite3 shell) is
/// reported as damage instead of being shown or replayed as data.
///
/// FNV-1a over 64 bits: each byte is mixed in by an exclusive or and a multiplication by an odd
/// number, both invertible, so any one changed byte always changes the result. It guards against
/// damage, not against someone who rewrites the checksum too (that would need a key the store
/// does not have). Cheap enough for the write path: a few instructions a byte, no allocation.
package struct RecordChecksum {
    package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    package mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var v = value
        for byte in bytes {
            v ^= UInt64(byte)
            v &*= 0x0000_0100_0000_01b3
        }
        value = v
    }

    package mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    package mutating func add(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { add($0) }
    }

    package mutating func add(_ text: String?) {
        optional(text) { c, text in
            var text = text
            text.withUTF8 { c.field($0) }
        }
    }

    package mutating func add(_ name: Name?) {
        optional(name) { c, name in NameTable.shared.withUTF8(name.number) { c.field($0) } }
    }

    package mutating func add(_ time: LocalDateTime?) {
        optional(time) { c, time in time.withISOBytes { c.field($0) } }
    }

    package mutating func add(_ number: Int?) {
        optional(number) { c, number in c.add(number) }
    }

    package mutating func add(blob: [UInt8]?) {
        optional(blob) { c, blob in
            c.add(blob.count)
            c.add(blob)
        }
    }

    /// Absent and present values are told apart by a marker byte.
    private mutating func optional<T>(_ value: T?, _ write: (inout RecordChecksum, T) -> Void) {
        withUnsafeBytes(of: value == nil ? UInt8(0) : UInt8(1)) { add($0) }
        if let value { write(&self, value) }
    }

    /// A length before the bytes, so that two fields cannot trade bytes and keep the checksum.
    private mutating func field(_ utf8: UnsafeBufferPointer<UInt8>) {
        add(utf8.count)
        add(UnsafeRawBufferPointer(utf8))
    }

    /// As stored in a signed 64-bit column (SQLite's INTEGER, PostgreSQL's bigint).
    package var stored: Int64 { Int64(bitPattern: value) }
}

extension RecordChecksum {
    /// An event's checksum: its case, its version, every field it has, and when it was written;
    /// computed from the event's values, so the SQLite store (one column a field) and the
    /// PostgreSQL store (the event as JSON) give the same checksum for the same event.
    package static func of(_ event: CaseEvent, caseId: String, version: Int, recordedAt: String) -> Int64 {
        var c = RecordChecksum()
        c.add(caseId as String?)
        c.add(version)
        c.add(event.kind.rawValue as String?)
        c.add(event.at as LocalDateTime?)
        c.add(event.actor)
        c.add(event.step)
        c.add(event.target)
        c.add(event.fact)
        c.add(event.reason)
        c.add(event.amount)
        c.add(event.child)
        c.add(event.outcome)
        c.add(event.due)
        c.add(blob: event.opening.map { SnapshotCodec.encode($0) })
        c.add(event.artifact)
        c.add(recordedAt as String?)
        return c.stored
    }

    /// Refuses an event read back whose values no longer give the checksum written with it.
    package static func check(_ stored: StoredEvent, against recorded: Int64) throws(CaseError) {
        guard
            of(stored.event, caseId: stored.caseId, version: stored.version, recordedAt: stored.recordedAt) != recorded
        else { return }
        throw .storage(.eventChecksum(caseId: stored.caseId, version: stored.version))
    }
}
