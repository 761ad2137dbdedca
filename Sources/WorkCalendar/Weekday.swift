/// ISO weekday: Monday = 1 … Sunday = 7.
public enum Weekday: Int, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// "Mon", "Tue", … used in explanations and listings.
    public var shortName: String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue - 1]
    }

    /// "Thứ Hai" … "Chủ nhật".
    public var vietnameseName: String {
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"][rawValue - 1]
    }

    public var isWeekend: Bool { self == .saturday || self == .sunday }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }
}
