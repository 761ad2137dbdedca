import Foundation
import WorkCalendar

/// Converts durations to working minutes soundly, in the direction each use needs:
/// a deadline converts to the working time it *guarantees* (a lower bound), a step or a called
/// procedure to the working time it *may take* (an upper bound).
public struct DurationConverter: Sendable {
    public let minutesPerDay: Int
    private let calendar: WorkCalendar
    private let fromYear: Int
    /// `minimumWorkingDays` walks five years of windows: remember each length asked for.
    private let cache = MinimumCache()

    final class MinimumCache: @unchecked Sendable {
        private var values: [Int: Int] = [:]
        private let lock = NSLock()
        func value(_ days: Int, _ compute: () -> Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            if let known = values[days] { return known }
            let computed = compute()
            values[days] = computed
            return computed
        }
    }

    public init(calendar: WorkCalendar, fromYear: Int) {
        self.calendar = calendar
        self.minutesPerDay = calendar.officeHours.minutesPerDay
        self.fromYear = fromYear
    }

    /// The fewest working days a period of `days` calendar days guarantees, over the five years
    /// from the catalog's effective year (so Tết weeks count against it). The period runs from the
    /// day after receipt; one that ends on a non-working day ends on the next working day.
    public func minimumWorkingDays(inCalendarDays days: Int) -> Int {
        guard days > 0, let first = try? CivilDate(fromYear, 1, 1),
            let last = try? CivilDate(min(fromYear + 5, 2099), 12, 31)
        else { return 0 }
        var minimum = days
        var receipt = first.dayNumber
        while receipt + days <= last.dayNumber {
            if let from = try? CivilDate(dayNumber: receipt + 1), let end = try? CivilDate(dayNumber: receipt + days),
                let extended = try? calendar.nextWorkingDay(onOrAfter: end)
            {
                minimum = min(minimum, calendar.workingDays(from: from, through: extended))
            }
            receipt += 1
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
        case .calendarDays:
            cache.value(Int(term.amount)) { minimumWorkingDays(inCalendarDays: Int(term.amount)) } * minutesPerDay
        }
    }

    /// "1 working day and 1 hour", "3 hours", "2 working days and 1h30", for messages.
    public func describe(minutes: Int) -> String {
        let (days, h, m) = split(minutes)
        let hours: String
        switch (h, m) {
        case (0, let m): hours = "\(m) minutes"
        case (let h, 0): hours = "\(h) hour\(h == 1 ? "" : "s")"
        default: hours = "\(h)h\(m < 10 ? "0" : "")\(m)"
        }
        if days == 0 { return h + m == 0 ? "no time" : "\(hours) of working time" }
        let dayText = "\(days) working day\(days == 1 ? "" : "s")"
        return h + m == 0 ? dayText : "\(dayText) and \(hours)"
    }

    /// `describe(minutes:)` in Vietnamese ("2 ngày làm việc và 3 giờ").
    public func describeVi(minutes: Int) -> String {
        let (days, h, m) = split(minutes)
        let hours: String
        switch (h, m) {
        case (0, let m): hours = "\(m) phút"
        case (let h, 0): hours = "\(h) giờ"
        default: hours = "\(h) giờ \(m < 10 ? "0" : "")\(m) phút"
        }
        if days == 0 { return h + m == 0 ? "không có thời gian nào" : "\(hours) làm việc" }
        let dayText = "\(days) ngày làm việc"
        return h + m == 0 ? dayText : "\(dayText) và \(hours)"
    }

    /// Whole working days, then the hours and minutes of the rest.
    private func split(_ minutes: Int) -> (days: Int, hours: Int, minutes: Int) {
        let rest = minutes % minutesPerDay
        return (minutes / minutesPerDay, rest / 60, rest % 60)
    }
}
