/// ISO weekday: Monday = 1 … Sunday = 7.
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case monday = 1
    case tuesday, wednesday, thursday, friday, saturday, sunday

    /// The weekday of a day number (days since 1970-01-01, a Thursday), without making the date.
    static func of(dayNumber: Int) -> Weekday {
        let r = (dayNumber + 3) % 7
        return Weekday(rawValue: (r < 0 ? r + 7 : r) + 1)!
    }

    /// "Mon", "Tue", … used in explanations and listings.
    public var shortName: String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue - 1]
    }

    /// "Thứ Hai" … "Chủ nhật".
    public var vietnameseName: String {
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"][rawValue - 1]
    }

    /// "T2" … "T7", "CN", as Vietnamese calendars abbreviate.
    public var vietnameseShortName: String {
        ["T2", "T3", "T4", "T5", "T6", "T7", "CN"][rawValue - 1]
    }

    public var isWeekend: Bool { self == .saturday || self == .sunday }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
}
