/// Reads the durations people write: "3 working days", "0.5 working day", "4 working hours",
/// "15 days", "15 calendar days", "same day", "03 ngày làm việc", "4 giờ làm việc", "15 ngày",
/// "trong ngày", and sums of them with "+" ("15 working days + 5 working days").
extension WorkDuration {
    /// Unit spellings, lower-cased; the first spelling of each unit is shown in error messages.
    static let unitSpellings: [(String, Unit)] = [
        ("working day", .workingDays), ("working days", .workingDays),
        ("business day", .workingDays), ("business days", .workingDays),
        ("ngày làm việc", .workingDays),
        ("working hour", .workingHours), ("working hours", .workingHours),
        ("giờ làm việc", .workingHours),
        ("day", .calendarDays), ("days", .calendarDays),
        ("calendar day", .calendarDays), ("calendar days", .calendarDays),
        ("ngày", .calendarDays),
    ]

    static let sameDaySpellings: Set<String> = ["same day", "same-day", "trong ngày", "ngay trong ngày"]

    /// The accepted units, as listed in the error for an unknown unit.
    public static let acceptedUnits: [String] = [
        "working day(s)", "working hour(s)", "day(s)", "calendar day(s)", "same day",
        "ngày làm việc", "giờ làm việc", "ngày", "trong ngày",
    ]

    public init(parsing text: String) throws {
        let parts = text.split(separator: "+", omittingEmptySubsequences: false)
        var terms: [Term] = []
        for part in parts {
            let words = part.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard !words.isEmpty else {
                throw CalendarError.malformedDuration(text, reason: .emptyTerm)
            }
            terms.append(try Self.term(words.map(String.init), in: text))
        }
        self.init(terms: terms)
    }

    private static func term(_ words: [String], in text: String) throws -> Term {
        let phrase = words.joined(separator: " ")
        if sameDaySpellings.contains(phrase) { return try Term(1, .sameDay) }
        guard let amount = number(words[0]) else {
            throw CalendarError.malformedDuration(
                text, reason: .notANumber(words[0]))
        }
        let unitText = words.dropFirst().joined(separator: " ")
        guard !unitText.isEmpty else {
            throw CalendarError.unknownUnit("", accepted: acceptedUnits)
        }
        guard let unit = unitSpellings.first(where: { $0.0 == unitText })?.1 else {
            throw CalendarError.unknownUnit(unitText, accepted: acceptedUnits)
        }
        do {
            return try Term(amount, unit)
        } catch CalendarError.malformedDuration(_, let reason) {
            throw CalendarError.malformedDuration(text, reason: reason)
        }
    }

    /// "3", "03", "0.5", "0,5" (Vietnamese decimal comma).
    private static func number(_ s: String) -> Double? {
        let t = String(s.map { $0 == "," ? "." : $0 })
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            t.filter({ $0 == "." }).count <= 1, t.first != ".", t.last != "."
        else { return nil }
        return Double(t)
    }
}
