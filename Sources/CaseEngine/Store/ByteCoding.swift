import WorkCalendar

/// Little binary writer/reader for snapshots: variable-length integers (zig-zag), strings as
/// length and UTF-8, optionals with a presence byte.
///
/// With `sharesStrings`, a string written before is written again as a back-reference (its
/// number among the distinct strings so far, as a negative length): a case names the same units
/// and steps in visit after visit, and halving a snapshot halves what SQLite writes for it.
struct ByteWriter {
    var bytes: [UInt8] = []
    private let sharesStrings: Bool
    /// What has been written, with its number in the shared table (strings and names share it).
    /// Searched in order: a case has a few dozen distinct ids, and comparing names (integers) or
    /// mostly identical strings costs less than hashing each one. Past `sharedLimit` entries a
    /// new string is written in full, so a case with very many distinct texts stays linear.
    private var writtenStrings: [(text: String, number: Int)] = []
    private var writtenNames: [(name: Name, number: Int)] = []
    private var shared = 0
    static let sharedLimit = 128

    init(sharesStrings: Bool = false) {
        self.sharesStrings = sharesStrings
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
        if sharesStrings {
            for entry in writtenStrings where entry.text == value {
                int(-1 - entry.number)
                return
            }
            if shared < Self.sharedLimit {
                writtenStrings.append((value, shared))
                shared += 1
            } else {
                int(Self.unshared)
            }
        }
        literal(value)
    }

    /// A name, as its text; with `sharesStrings` a name met before costs a reference and no lookup of its text.
    mutating func name(_ value: Name) {
        if sharesStrings {
            for entry in writtenNames where entry.name == value {
                int(-1 - entry.number)
                return
            }
            if shared < Self.sharedLimit {
                writtenNames.append((value, shared))
                shared += 1
            } else {
                int(Self.unshared)
            }
        }
        literal(value.text)
    }

    /// Marks a string written in full that does not enter the shared table (the table is full).
    /// Zero cannot be a back-reference (those are negative), and an empty string needs no mark.
    static let unshared = 0

    private mutating func literal(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func time(_ value: LocalDateTime) {
        int(value.date.dayNumber)
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
    /// Reads back-references to earlier strings (`ByteWriter(sharesStrings:)`).
    private let sharesStrings: Bool
    private var strings: [String] = []
    /// The names of `strings` read as names so far (each is interned once).
    private var names: [Name?] = []

    init(_ bytes: [UInt8], from position: Int = 0, sharesStrings: Bool = false) {
        self.bytes = bytes
        self.position = position
        self.sharesStrings = sharesStrings
    }

    mutating func int() throws -> Int {
        var result: UInt64 = 0, shift: UInt64 = 0
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
        try entry().text
    }

    mutating func name() throws -> Name {
        let (text, index) = try entry()
        guard let index else { return Name(text) }
        if let known = names[index] { return known }
        let name = Name(text)
        names[index] = name
        return name
    }

    /// A string written in full or referred back to, and its place in the shared table.
    private mutating func entry() throws -> (text: String, index: Int?) {
        var count = try int()
        if sharesStrings, count < 0 {
            guard count >= -strings.count else { throw Truncated() }
            return (strings[-1 - count], -1 - count)
        }
        // A mark before a string the writer did not share (its table was full).
        var shares = sharesStrings
        if sharesStrings, count == ByteWriter.unshared, strings.count >= ByteWriter.sharedLimit {
            count = try int()
            shares = false
        }
        guard count >= 0, position + count <= bytes.count else { throw Truncated() }
        defer { position += count }
        let value = String(decoding: bytes[position..<position + count], as: UTF8.self)
        guard shares else { return (value, nil) }
        strings.append(value)
        names.append(nil)
        return (value, strings.count - 1)
    }

    mutating func bool() throws -> Bool {
        guard position < bytes.count else { throw Truncated() }
        defer { position += 1 }
        return bytes[position] != 0
    }

    mutating func time() throws -> LocalDateTime {
        let day = try int(), minute = try int()
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
