/// A wall-clock time in Vietnam (UTC+7, no daylight saving since 1975), minute precision.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Minutes since midnight, 0…1439.
    public let minutes: Int

    public init(_ hour: Int, _ minute: Int) throws {
        guard (0...23).contains(hour), (0...59).contains(minute) else {
            throw CalendarError.malformedTime("\(pad2(hour)):\(pad2(minute))")
        }
        minutes = hour * 60 + minute
    }

    init(minutes: Int) { self.minutes = minutes }

    /// Parses `HH:MM` (the hour may have one digit: `7:00`).
    public init(parsing text: String) throws {
        let b = Array(text.utf8)
        guard let colon = b.firstIndex(of: UInt8(ascii: ":")), colon == 1 || colon == 2, b.count == colon + 3,
            let h = digits(b, 0, colon), let m = digits(b, colon + 1, 2), h < 24, m < 60
        else { throw CalendarError.malformedTime(text) }
        minutes = h * 60 + m
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `HH:MM`.
    public var description: String { "\(pad2(hour)):\(pad2(minute))" }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }

    /// 15:00, the receipt cut-off written in many procedures.
    public static let defaultCutoff = TimeOfDay(minutes: 15 * 60)
}

/// Encoded as the string `HH:MM`.
extension TimeOfDay: WrittenAsText {}
