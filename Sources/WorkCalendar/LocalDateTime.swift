/// A date and a wall-clock minute in Vietnam (Asia/Ho_Chi_Minh).
///
/// Vietnam has used UTC+7 without daylight saving since 1975, so local time is a plain
/// (date, minute) pair: no time-zone arithmetic is ever needed for deadlines.
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Minutes since 1970-01-01 00:00 local time. One narrow integer: an instant is 4 bytes, two
    /// instants compare as integers, and the working-time index takes it as it is — the
    /// interpreter compares, copies and advances instants on every event. 1900–2100 is about
    /// ±70 million minutes, well inside 32 bits.
    private let stored: Int32

    /// Days since 1970-01-01 (`date.dayNumber` without building the date).
    public var dayNumber: Int { floorDiv(Int(stored), 1440) }

    public var date: CivilDate { CivilDate(uncheckedDayNumber: dayNumber) }
    /// Minutes since midnight, 0…1439.
    public var minuteOfDay: Int { Int(stored) - dayNumber * 1440 }

    public init(_ date: CivilDate, _ time: TimeOfDay) {
        self.init(date: date, minuteOfDay: time.minutes)
    }

    init(date: CivilDate, minuteOfDay: Int) {
        stored = Int32(truncatingIfNeeded: date.dayNumber * 1440 + minuteOfDay)
    }

    /// Parses `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM`, optionally followed by `+07:00` (Vietnam's
    /// only offset; any other is refused rather than silently shifted).
    public init(parsing text: String) throws {
        var b = Array(text.utf8)
        if b.count == 22, b[16] == UInt8(ascii: "+") || b[16] == UInt8(ascii: "-") {
            guard Array(b[16...]) == Array("+07:00".utf8) else { throw CalendarError.malformedDateTime(text) }
            b.removeLast(6)
        }
        guard b.count == 16, b[10] == UInt8(ascii: " ") || b[10] == UInt8(ascii: "T") else {
            throw CalendarError.malformedDateTime(text)
        }
        let datePart = String(decoding: b[0..<10], as: UTF8.self)
        let timePart = String(decoding: b[11..<16], as: UTF8.self)
        do {
            self.init(date: try CivilDate(parsing: datePart), minuteOfDay: try TimeOfDay(parsing: timePart).minutes)
        } catch CalendarError.malformedDate, CalendarError.malformedTime {
            throw CalendarError.malformedDateTime(text)
        }
    }

    public var time: TimeOfDay { TimeOfDay(minutes: minuteOfDay) }

    /// Minutes since 1970-01-01 00:00 local time: a total order usable for interval arithmetic.
    public var absoluteMinute: Int { Int(stored) }

    init(absoluteMinute m: Int) {
        stored = Int32(truncatingIfNeeded: m)
    }

    /// `YYYY-MM-DD HH:MM`.
    public var description: String { "\(date) \(time)" }

    /// `HH:MM ngày DD/MM/YYYY`, the way Vietnamese documents write a time.
    public var vietnameseText: String { "\(time) ngày \(date.vietnameseText)" }

    /// `YYYY-MM-DDTHH:MM`, used in JSON.
    public var isoText: String { "\(date)T\(time)" }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        a.stored < b.stored
    }
}

extension LocalDateTime: Codable {
    /// Set to `true` in an encoder's `userInfo` to write `+07:00` after every instant (the deadline
    /// JSON does, for readers that need the offset; stored cases keep the bare local form).
    public static let withOffsetKey = CodingUserInfoKey(rawValue: "tthc.localDateTime.withOffset")!

    /// Encoded as `YYYY-MM-DDTHH:MM` (local time, always UTC+7), or with `+07:00` (`withOffsetKey`).
    public init(from decoder: any Decoder) throws {
        try self.init(parsing: decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(encoder.userInfo[Self.withOffsetKey] as? Bool == true ? offsetText : isoText)
    }

    /// `YYYY-MM-DDTHH:MM+07:00`.
    public var offsetText: String { isoText + "+07:00" }
}

extension LocalDateTime {
    /// `isoText`'s bytes, written into a buffer on the stack: a store writes two or three times per
    /// event, and building each as a string (interpolating five padded numbers) cost more than
    /// SQLite's insert of the row.
    public func withISOBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let date = date
        let minute = minuteOfDay
        let y = date.year
        let mo = date.month
        let d = date.day
        let h = minute / 60
        let mi = minute % 60
        guard (0...9999).contains(y) else {
            var text = isoText
            return try text.withUTF8(body)
        }
        var b:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8
            )
        let zero = UInt8(ascii: "0")
        func digit(_ n: Int) -> UInt8 { zero + UInt8(n) }
        b = (
            digit(y / 1000), digit(y / 100 % 10), digit(y / 10 % 10), digit(y % 10), UInt8(ascii: "-"),
            digit(mo / 10), digit(mo % 10), UInt8(ascii: "-"), digit(d / 10), digit(d % 10), UInt8(ascii: "T"),
            digit(h / 10), digit(h % 10), UInt8(ascii: ":"), digit(mi / 10), digit(mi % 10)
        )
        return try withUnsafeBytes(of: &b) { raw in try body(raw.bindMemory(to: UInt8.self)) }
    }
}
