/// A processing time: a base period plus conditional extensions, each counted after the one before.
///
/// "15 working days + 5 working days" is the base 15 days and one 5-day extension (e.g. a remote
/// commune). Working units are measured in working minutes (a working day = the office hours of one day,
/// 8 h by default); calendar days follow the Civil Code (see docs/calendar.md).
public struct WorkDuration: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        case workingDays = "working_days"
        case workingHours = "working_hours"
        /// Calendar days: weekends and holidays count, but a period ending on a non-working day
        /// ends at the end of the next working day.
        case calendarDays = "calendar_days"
        /// By the end of the working day on which the clock starts (the 15:00 cut-off moves a late
        /// receipt to the next working day).
        case sameDay = "same_day"
    }

    public struct Term: Sendable, Hashable, Codable, CustomStringConvertible {
        public let amount: Double
        public let unit: Unit

        /// The largest amount of any unit: far beyond any statutory period, small enough that
        /// minutes of any sum of terms a file can hold stay exact in `Int` (no overflow downstream).
        public static let maximumAmount: Double = 10_000

        /// Amounts must be finite, ≥ 0 and at most `maximumAmount`; calendar days must be whole;
        /// "same day" has amount 1.
        public init(_ amount: Double, _ unit: Unit) throws {
            guard amount.isFinite, amount >= 0 else {
                throw CalendarError.malformedDuration("\(amount)", reason: .negativeAmount)
            }
            guard amount <= Self.maximumAmount else {
                throw CalendarError.malformedDuration("\(amount)", reason: .amountTooLarge)
            }
            if unit == .calendarDays, amount != amount.rounded() {
                throw CalendarError.malformedDuration("\(amount) days", reason: .fractionalCalendarDays)
            }
            self.amount = unit == .sameDay ? 1 : amount
            self.unit = unit
        }

        private enum CodingKeys: String, CodingKey { case amount, unit }

        /// Decoded values (an artifact, a stored snapshot) pass the same checks as parsed ones.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let amount = try c.decode(Double.self, forKey: .amount)
            do {
                try self.init(amount, try c.decode(Unit.self, forKey: .unit))
            } catch let error as CalendarError {
                throw DecodingError.dataCorruptedError(forKey: .amount, in: c, debugDescription: error.description)
            }
        }

        /// Working minutes for working units, given the minutes of a working day.
        func workingMinutes(minutesPerDay: Int) -> Int {
            switch unit {
            case .workingDays: return Int((amount * Double(minutesPerDay)).rounded())
            case .workingHours: return Int((amount * 60).rounded())
            case .calendarDays, .sameDay: return 0
            }
        }

        public var description: String { unit.english(amount) }

        /// "3 ngày làm việc", "4 giờ làm việc", "15 ngày", "trong ngày": how Vietnamese decisions
        /// write periods (and what `WorkDuration(parsing:)` reads).
        public var vietnameseDescription: String { unit.vietnamese(amount) }
    }

    /// The base period first, then the extensions in order. Never empty.
    public let terms: [Term]

    public init(_ amount: Double, _ unit: Unit) throws {
        terms = [try Term(amount, unit)]
    }

    init(terms: [Term]) { self.terms = terms }

    private enum CodingKeys: String, CodingKey { case terms }

    /// A decoded duration (an artifact) has a base period, like a parsed one.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        terms = try c.decode([Term].self, forKey: .terms)
        guard !terms.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .terms, in: c, debugDescription: "a period needs at least one term")
        }
    }

    public static func workingDays(_ n: Double) throws -> WorkDuration { try WorkDuration(n, .workingDays) }
    public static func workingHours(_ n: Double) throws -> WorkDuration { try WorkDuration(n, .workingHours) }
    public static func calendarDays(_ n: Int) throws -> WorkDuration { try WorkDuration(Double(n), .calendarDays) }
    public static let sameDay = WorkDuration(terms: [try! Term(1, .sameDay)])

    public var base: Term { terms[0] }
    public var extensions: [Term] { Array(terms.dropFirst()) }

    /// This duration followed by the terms of `extension` (a conditional extension that applies).
    public func extended(by extension: WorkDuration) -> WorkDuration {
        WorkDuration(terms: terms + `extension`.terms)
    }

    /// Whether every term counts working time (so the period can be counted backwards).
    public var isWorkingTimeOnly: Bool { terms.allSatisfy { $0.unit == .workingDays || $0.unit == .workingHours } }

    /// One term (nearly every period) is written without an array of words to join: the compiler
    /// writes every step's budget.
    public var description: String {
        terms.count == 1 ? terms[0].description : terms.map(\.description).joined(separator: " + ")
    }

    public var vietnameseDescription: String { terms.map(\.vietnameseDescription).joined(separator: " + ") }
}

extension WorkDuration.Unit {
    /// `amount` of this unit in words: "3 working days", "1 calendar day", "same day".
    public func english(_ amount: Double) -> String {
        if amount >= 0, amount <= 100, amount == amount.rounded() {
            return Self.wholeAmountsInEnglish[tableRow][Int(amount)]
        }
        return spelledInEnglish(amount)
    }

    /// `english` of the whole amounts files write nearly always (0 to 100), spelled once: the
    /// compiler writes every step's budget.
    private static let wholeAmountsInEnglish: [[String]] = [Self.workingDays, .workingHours, .calendarDays, .sameDay]
        .map { unit in (0...100).map { unit.spelledInEnglish(Double($0)) } }

    private var tableRow: Int {
        switch self {
        case .workingDays: 0
        case .workingHours: 1
        case .calendarDays: 2
        case .sameDay: 3
        }
    }

    private func spelledInEnglish(_ amount: Double) -> String {
        let n = amount == amount.rounded() ? String(Int(amount)) : String(amount)
        // Joined, not interpolated: the compiler writes every step's budget this way.
        let plural = amount == 1 ? "" : "s"
        switch self {
        case .workingDays: return n + " working day" + plural
        case .workingHours: return n + " working hour" + plural
        case .calendarDays: return n + " calendar day" + plural
        case .sameDay: return "same day"
        }
    }

    /// The same in Vietnamese, with a decimal comma: "3 ngày làm việc", "1,5 giờ làm việc".
    public func vietnamese(_ amount: Double) -> String {
        let n =
            amount == amount.rounded() ? String(Int(amount)) : String(String(amount).map { $0 == "." ? "," : $0 })
        switch self {
        case .workingDays: return "\(n) ngày làm việc"
        case .workingHours: return "\(n) giờ làm việc"
        case .calendarDays: return "\(n) ngày"
        case .sameDay: return "trong ngày"
        }
    }
}

extension WorkDuration {
    /// The words of descriptions in `text` put into Vietnamese ("15 working days; 10 working days
    /// from 2026-07-01" → "15 ngày làm việc; 10 ngày làm việc from 2026-07-01"), for the texts that
    /// are made of descriptions: the artifact's step budgets in a drawing, the simulation report's
    /// deadlines, the catalog diff. Amounts keep the decimal point they have there
    /// (`vietnameseDescription` writes a comma).
    public static func vietnameseWords(in text: String) -> String {
        text.replacing("working days", with: "ngày làm việc").replacing("working day", with: "ngày làm việc")
            .replacing("working hours", with: "giờ làm việc").replacing("working hour", with: "giờ làm việc")
            .replacing("calendar days", with: "ngày").replacing("calendar day", with: "ngày")
            .replacing("same day", with: "trong ngày")
            .replacing(" days", with: " ngày").replacing(" day", with: " ngày")
    }
}
