import CaseEngine
import WorkCalendar

/// Little binary writer/reader for snapshots: variable-length integers (zig-zag), strings as
/// length and UTF-8, optionals with a presence byte.
///
/// With `sharesNames`, a name written before is written again as a back-reference (its number
/// among the distinct names so far, as a negative length): a case names the same units and steps
/// in visit after visit, and halving a snapshot halves what SQLite writes for it. Other strings
/// (ids, reasons, notes) seldom repeat within a case and are always written in full.
struct ByteWriter {
    var bytes: [UInt8] = []
    private let sharesNames: Bool
    /// The names written so far, in the order of their numbers. Searched in order: a case has a
    /// few dozen distinct names, and comparing integers costs less than hashing. Past
    /// `sharedLimit` a new name is written in full, so a case with very many stays linear.
    private var writtenNames: [Name] = []
    static let sharedLimit = 128

    init(sharesNames: Bool = false) {
        self.sharesNames = sharesNames
    }

    mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A name, as its text; with `sharesNames` a name met before costs a reference and no lookup of its text.
    mutating func name(_ value: Name) {
        if sharesNames {
            if let earlier = writtenNames.firstIndex(of: value) {
                int(-1 - earlier)
                return
            }
            if writtenNames.count < Self.sharedLimit {
                writtenNames.append(value)
            } else {
                int(Self.unshared)
            }
        }
        NameTable.shared.withUTF8(value.number) { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Marks a name written in full that does not enter the shared table (the table is full).
    /// Zero cannot be a back-reference (those are negative), and an empty name needs no mark.
    static let unshared = 0

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// The day number and the minute of the day.
    mutating func time(_ value: LocalDateTime) {
        int(value.dayNumber)
        int(value.minuteOfDay)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<C: Collection>(_ values: C, _ write: (inout ByteWriter, C.Element) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

struct ByteReader {
    struct Truncated: Error {}

    let bytes: [UInt8]
    var position = 0
    /// Reads back-references to earlier names (`ByteWriter(sharesNames:)`).
    private let sharesNames: Bool
    private var names: [Name] = []

    init(_ bytes: [UInt8], from position: Int = 0, sharesNames: Bool = false) {
        self.bytes = bytes
        self.position = position
        self.sharesNames = sharesNames
    }

    mutating func int() throws -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Truncated() }
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: result >> 1) ^ -Int64(bitPattern: result & 1))
    }

    mutating func string() throws -> String {
        try literal(count: try int())
    }

    mutating func name() throws -> Name {
        var count = try int()
        guard sharesNames else { return Name(try literal(count: count)) }
        if count < 0 {
            guard count >= -names.count else { throw Truncated() }
            return names[-1 - count]
        }
        // A mark before a name the writer did not share (its table was full).
        if count == ByteWriter.unshared, names.count >= ByteWriter.sharedLimit {
            count = try int()
            return Name(try literal(count: count))
        }
        let name = Name(try literal(count: count))
        names.append(name)
        return name
    }

    private mutating func literal(count: Int) throws -> String {
        guard count >= 0, position + count <= bytes.count else { throw Truncated() }
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }

    mutating func bool() throws -> Bool {
        guard position < bytes.count else { throw Truncated() }
        defer { position += 1 }
        return bytes[position] != 0
    }

    mutating func time() throws -> LocalDateTime {
        let day = try int()
        let minute = try int()
        return LocalDateTime(try CivilDate(dayNumber: day), try TimeOfDay(minute / 60, minute % 60))
    }

    mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout ByteReader) throws -> T) throws -> [T] {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Truncated() }
        var out: [T] = []
        out.reserveCapacity(count)
        for _ in 0..<count { out.append(try read(&self)) }
        return out
    }
}
