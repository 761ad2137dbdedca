/// A date in the Vietnamese lunisolar calendar (âm lịch).
public struct LunarDate: Sendable, Hashable, CustomStringConvertible, Codable {
    public let day: Int
    public let month: Int
    /// The lunar year, named after the Gregorian year in which its month 1 begins.
    public let year: Int
    /// True for the intercalary month (tháng nhuận) that repeats `month`.
    public let isLeapMonth: Bool

    public init(day: Int, month: Int, year: Int, isLeapMonth: Bool = false) {
        self.day = day
        self.month = month
        self.year = year
        self.isLeapMonth = isLeapMonth
    }

    /// `10/3/2026` or `15/4n/2020` (n marks the leap month), day/month like Vietnamese almanacs.
    public var description: String { "\(day)/\(month)\(isLeapMonth ? "n" : "")/\(year)" }
}
