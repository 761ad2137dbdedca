import WorkCalendar

/// Converts durations to working minutes soundly, in the direction each use needs:
/// a deadline converts to the working time it *guarantees* (a lower bound), a step or a called
/// procedure to the working time it *may take* (an upper bound).
public struct DurationConverter: Sendable {
    public let minutesPerDay: Int
    private let calendar: WorkCalendar
    private let fromYear: Int

    public init(calendar: WorkCalendar, fromYear: Int) {
        self.calendar = calendar
        self.minutesPerDay = calendar.officeHours.minutesPerDay
        self.fromYear = fromYear
    }

    /// The fewest working days any window of `days` calendar days holds, over the five years
    /// from the catalog's effective year (so Tết weeks count against it).
    public func minimumWorkingDays(inCalendarDays days: Int) -> Int {
        guard days > 0, let first = try? CivilDate(fromYear, 1, 1), let last = try? CivilDate(min(fromYear + 5, 2099), 12, 31) else { return 0 }
        var minimum = days
        var start = first.dayNumber
        while start + days - 1 <= last.dayNumber {
            if let a = try? CivilDate(dayNumber: start), let b = try? CivilDate(dayNumber: start + days - 1) {
                minimum = min(minimum, calendar.workingDays(from: a, through: b))
            }
            start += 1
        }
        return minimum
    }

    /// Working time a deadline guarantees.
    public func guaranteedMinutes(_ duration: WorkDuration) -> Int {
        duration.terms.reduce(0) { $0 + guaranteed($1) }
    }

    /// Working time a step or a called procedure may take at most.
    public func maximumMinutes(_ duration: WorkDuration) -> Int {
        duration.terms.reduce(0) { total, term in
            switch term.unit {
            case .workingDays: total + Int((term.amount * Double(minutesPerDay)).rounded(.up))
            case .workingHours: total + Int((term.amount * 60).rounded(.up))
            // A same-day period is at most the working day; N calendar days hold at most N working days.
            case .sameDay: total + minutesPerDay
            case .calendarDays: total + Int(term.amount) * minutesPerDay
            }
        }
    }

    private func guaranteed(_ term: WorkDuration.Term) -> Int {
        switch term.unit {
        case .workingDays: Int((term.amount * Double(minutesPerDay)).rounded(.down))
        case .workingHours: Int((term.amount * 60).rounded(.down))
        // Documented choice: a same-day deadline gives the working day of receipt.
        case .sameDay: minutesPerDay
        case .calendarDays: minimumWorkingDays(inCalendarDays: Int(term.amount)) * minutesPerDay
        }
    }

    /// "1 working day and 1 hour", "3 hours", "2 working days and 1h30", for messages.
    public func describe(minutes: Int) -> String {
        let days = minutes / minutesPerDay
        let rest = minutes % minutesPerDay
        let h = rest / 60, m = rest % 60
        let hours: String
        switch (h, m) {
        case (0, let m): hours = "\(m) minutes"
        case (let h, 0): hours = "\(h) hour\(h == 1 ? "" : "s")"
        default: hours = "\(h)h\(m < 10 ? "0" : "")\(m)"
        }
        if days == 0 { return rest == 0 ? "no time" : "\(hours) of working time" }
        let dayText = "\(days) working day\(days == 1 ? "" : "s")"
        return rest == 0 ? dayText : "\(dayText) and \(hours)"
    }
}
