/// The words `WorkDuration(parsing:)` accepts, for tools that describe the format (JSON Schema).
extension WorkDuration {
    /// Every unit spelling, lower-case ("working days", "ngày làm việc", …).
    public static var unitSpellingTexts: [String] { unitSpellings.map(\.0) }
    /// Every spelling of a same-day deadline ("same day", "trong ngày", …).
    public static var sameDaySpellingTexts: [String] { sameDaySpellings.sorted() }
}
