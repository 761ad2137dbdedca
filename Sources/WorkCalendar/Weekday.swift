/// ISO weekday: Monday = 1 … Sunday = 7.
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case monday = 1
    case tuesday, wednesday, thursday, friday, saturday, sunday

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
