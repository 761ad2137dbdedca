/// A date in the proleptic Gregorian calendar, local to Vietnam (Asia/Ho_Chi_Minh).
///
/// Arithmetic goes through a day number (days since 1970-01-01) computed with
/// Howard Hinnant's `days_from_civil`, so it is exact and needs no `Calendar`.
/// Years are limited to 1900–2100: the lunar calendar and the working-time index cover that span.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    // Stored narrow: a date takes 6 bytes instead of 24. (An instant, `LocalDateTime`, is a
    // minute count of 4 bytes.)
    private let storedYear: Int32
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public static let supportedYears: ClosedRange<Int> = 1900...2100
    /// Day numbers of 1900-01-01 and 2100-12-31.
    static let firstDayNumber = daysFromCivil(1900, 1, 1)
    static let lastDayNumber = daysFromCivil(2100, 12, 31)

    /// Validated: throws for 2026-02-30, month 13, or a year outside 1900–2100.
    public init(_ year: Int, _ month: Int, _ day: Int) throws {
        guard Self.supportedYears.contains(year) else { throw CalendarError.yearOutOfRange(year) }
        guard (1...12).contains(month), day >= 1, day <= Self.daysInMonth(year: year, month: month) else {
            throw CalendarError.impossibleDate(year: year, month: month, day: day)
        }
        self.init(unchecked: year, month, day)
    }

    /// Unchecked; callers guarantee the fields form a real date.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        storedYear = Int32(truncatingIfNeeded: year)
        storedMonth = UInt8(truncatingIfNeeded: month)
        storedDay = UInt8(truncatingIfNeeded: day)
    }

    /// The date of a day number (days since 1970-01-01). Throws outside 1900–2100.
    public init(dayNumber: Int) throws {
        guard dayNumber >= Self.firstDayNumber, dayNumber <= Self.lastDayNumber else {
            throw CalendarError.yearOutOfRange(Self.civilFromDays(dayNumber).y)
        }
        self.init(uncheckedDayNumber: dayNumber)
    }

    init(uncheckedDayNumber n: Int) {
        let c = Self.civilFromDays(n)
        self.init(unchecked: c.y, c.m, c.d)
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init(parsing text: String) throws {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2)
        else { throw CalendarError.malformedDate(text) }
        try self.init(y, m, d)
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int { Self.daysFromCivil(year, month, day) }

    public var weekday: Weekday { Weekday.of(dayNumber: dayNumber) }

    /// Adds calendar days; throws if the result leaves 1900–2100.
    public func adding(days: Int) throws -> CivilDate {
        try CivilDate(dayNumber: dayNumber + days)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// `YYYY-MM-DD`.
    public var description: String { "\(pad4(year))-\(pad2(month))-\(pad2(day))" }

    /// `DD/MM/YYYY`, the way Vietnamese documents write dates.
    public var vietnameseText: String { "\(pad2(day))/\(pad2(month))/\(pad4(year))" }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.storedYear, a.storedMonth, a.storedDay) < (b.storedYear, b.storedMonth, b.storedDay)
    }

    public static func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        case 1...12: return 31
        default: return 0
        }
    }

    // Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = m > 2 ? m - 3 : m + 9
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (y: Int, m: Int, d: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// Encoded as the string `YYYY-MM-DD`.
extension CivilDate: WrittenAsText {}

/// Reads `count` ASCII digits starting at `start`, or nil.
func digits(_ b: [UInt8], _ start: Int, _ count: Int) -> Int? {
    guard start + count <= b.count else { return nil }
    var v = 0
    for i in start..<(start + count) {
        let c = b[i]
        guard c >= 48, c <= 57 else { return nil }
        v = v * 10 + Int(c - 48)
    }
    return v
}
