/// Computes due dates on the working-time index: O(1) per period plus O(p log p) for p pauses.
///
/// Model: working time is a single axis W (working minutes since 1900). The clock starts at an
/// instant given by the `ClockStart` rule; working days and hours consume a budget of working
/// minutes on W, skipping pauses exactly; the due instant is the earliest instant at which the
/// budget is used up. See docs/calendar.md for the rules and the worked example.
public struct DeadlineCalculator: Sendable {
    public let calendar: WorkCalendar

    public init(calendar: WorkCalendar) {
        self.calendar = calendar
    }

    /// The due instant only (the fast path, no explanation).
    public func dueDate(
        from received: LocalDateTime, adding duration: WorkDuration,
        clockStart: ClockStart = .receipt, pauses: [PauseInterval] = []
    ) throws -> LocalDateTime {
        guard pauses.isEmpty else {
            return LocalDateTime(absoluteMinute: try plan(received, duration, clockStart, pauses).due)
        }
        // Without pauses nothing needs keeping: the same steps as `plan`, with no arrays built —
        // a batch of deadlines spends its time here.
        var position = try startInstant(received.absoluteMinute, clockStart).0
        for term in duration.terms { position = try advance(from: position, term: term, pauses: []).end }
        return LocalDateTime(absoluteMinute: position)
    }

    /// `minutes` of working time from `received` under the receipt rule, with no pauses: the
    /// same instant as `dueDate(from:adding:)` for a working-time period, without building a
    /// plan — the interpreter computes one per step of every case.
    public func dueDate(from received: LocalDateTime, addingWorkingMinutes minutes: Int) throws -> LocalDateTime {
        let (start, _) = try startInstant(received.absoluteMinute, .receipt)
        return LocalDateTime(absoluteMinute: try advanceWorking(start, max(0, minutes), []))
    }

    /// As `dueDate(from:adding:)` under the receipt rule with no pauses; the fast path when the
    /// period is working days and hours only.
    public func dueDate(from received: LocalDateTime, addingWorkingTime duration: WorkDuration) throws -> LocalDateTime
    {
        guard duration.isWorkingTimeOnly else { return try dueDate(from: received, adding: duration) }
        let minutes = duration.terms.reduce(0) { $0 + $1.workingMinutes(minutesPerDay: calendar.index.minutesPerDay) }
        return try dueDate(from: received, addingWorkingMinutes: minutes)
    }

    /// The due instant with a day-by-day explanation.
    public func due(
        from received: LocalDateTime, adding duration: WorkDuration,
        clockStart: ClockStart = .receipt, pauses: [PauseInterval] = []
    ) throws -> DeadlineResult {
        let p = try plan(received, duration, clockStart, pauses)
        return DeadlineResult(plan: p, calendar: calendar)
    }

    /// When the clock starts for a receipt, and why.
    public func clockStart(for received: LocalDateTime, rule: ClockStart = .receipt) throws -> (
        start: LocalDateTime, reason: ClockStartReason
    ) {
        let (s, r) = try startInstant(received.absoluteMinute, rule)
        return (LocalDateTime(absoluteMinute: s), r)
    }

    /// The latest clock start (inside working time) from which `duration` ends at `due`:
    /// counting back working time. Only for working-day and working-hour periods.
    public func start(forDue due: LocalDateTime, subtracting duration: WorkDuration) throws -> LocalDateTime {
        guard duration.isWorkingTimeOnly else {
            throw CalendarError.notReversible(.cannotCountBack("\(duration)"))
        }
        let index = calendar.index
        let budget = duration.terms.reduce(0) { $0 + $1.workingMinutes(minutesPerDay: index.minutesPerDay) }
        let target = index.workingMinutes(at: due.absoluteMinute) - budget
        guard target >= 0, let t = index.instant(reaching: target), let s = index.nextWorkingInstant(atOrAfter: t)
        else {
            throw CalendarError.yearOutOfRange(1899)
        }
        return LocalDateTime(absoluteMinute: s)
    }

    // MARK: - The plan: clock start, then each term from where the previous one ended

    func plan(_ received: LocalDateTime, _ duration: WorkDuration, _ rule: ClockStart, _ pauses: [PauseInterval]) throws
        -> DeadlinePlan
    {
        let merged = PauseInterval.merged(pauses)
        let (start, reason) = try startInstant(received.absoluteMinute, rule)
        var windows: [DeadlinePlan.Window] = []
        var position = start
        for term in duration.terms {
            let w = try advance(from: position, term: term, pauses: merged)
            windows.append(w)
            position = w.end
        }
        return DeadlinePlan(
            received: received.absoluteMinute, start: start, startReason: reason, rule: rule,
            duration: duration, windows: windows, pauses: merged, due: position
        )
    }

    func startInstant(_ received: Int, _ rule: ClockStart) throws -> (Int, ClockStartReason) {
        let index = calendar.index
        let day = floorDiv(received, 1440)
        let minute = received - day * 1440
        let opening = index.officeHours.opening.minutes
        func nextDayStart() throws -> Int {
            guard let d = index.workingDay(onOrAfter: day + 1) else { throw CalendarError.yearOutOfRange(2101) }
            return d * 1440 + opening
        }
        switch rule {
        case .nextWorkingDay:
            return (try nextDayStart(), .nextWorkingDayRule)
        case .receipt:
            if !index.isWorking(day: day) { return (try nextDayStart(), .nonWorkingDay) }
            if minute > calendar.cutoff.minutes { return (try nextDayStart(), .afterCutoff) }
            guard let m = index.officeHours.nextWorkingMinute(atOrAfter: minute) else {
                return (try nextDayStart(), .outsideOfficeHours)
            }
            return (day * 1440 + m, m == minute ? .withinOfficeHours : .outsideOfficeHours)
        }
    }

    func advance(from s: Int, term: WorkDuration.Term, pauses: [(start: Int, end: Int)]) throws -> DeadlinePlan.Window {
        let index = calendar.index
        switch term.unit {
        case .workingDays, .workingHours:
            let budget = term.workingMinutes(minutesPerDay: index.minutesPerDay)
            return .init(
                term: term, start: s, end: try advanceWorking(s, budget, pauses), budget: budget, nominalEnd: nil)
        case .sameDay:
            guard let s2 = index.nextWorkingInstant(atOrAfter: s) else { throw CalendarError.yearOutOfRange(2101) }
            let day = floorDiv(s2, 1440)
            let budget =
                index.workingMinutes(day: day, minute: index.officeHours.closing.minutes) - index.workingMinutes(at: s2)
            return .init(
                term: term, start: s, end: try advanceWorking(s2, budget, pauses), budget: budget, nominalEnd: nil)
        case .calendarDays:
            var pos = s
            var remaining = Int(term.amount) * 1440
            for (a, b) in pauses where b > pos {
                let a2 = max(a, pos)
                if a2 - pos >= remaining { break }
                remaining -= a2 - pos
                pos = b
            }
            let nominalEnd = pos + remaining
            // The period's last day is the day of its last minute; on a non-working day it moves on.
            guard let day = index.workingDay(onOrAfter: floorDiv(nominalEnd - 1, 1440)) else {
                throw CalendarError.yearOutOfRange(2101)
            }
            let end = max(day * 1440 + index.officeHours.closing.minutes, s)
            return .init(term: term, start: s, end: end, budget: 0, nominalEnd: nominalEnd)
        }
    }

    /// The earliest instant at which `budget` working minutes, not counting pauses, have elapsed since `s`.
    func advanceWorking(_ s: Int, _ budget: Int, _ pauses: [(start: Int, end: Int)]) throws -> Int {
        let index = calendar.index
        var pos = s
        var current = index.workingMinutes(at: s)
        var remaining = budget
        for (a, b) in pauses where b > pos {
            let before = index.workingMinutes(at: max(a, pos)) - current
            if before >= remaining { break }
            remaining -= before
            pos = b
            current = index.workingMinutes(at: b)
        }
        if remaining == 0 { return pos }
        // A budget given in minutes by a caller may be anything: past Int's range is past 2100 too.
        let (target, overflow) = current.addingReportingOverflow(remaining)
        guard !overflow, let t = index.instant(reaching: target) else { throw CalendarError.yearOutOfRange(2101) }
        return t
    }
}

/// Why the clock starts when it does.
public enum ClockStartReason: String, Sendable, Hashable, Codable {
    case withinOfficeHours = "within_office_hours"
    case outsideOfficeHours = "outside_office_hours"
    case afterCutoff = "after_cutoff"
    case nonWorkingDay = "non_working_day"
    case nextWorkingDayRule = "next_working_day_rule"
}

/// The computed timeline of one deadline; the explanation is read from it.
struct DeadlinePlan: Sendable {
    struct Window: Sendable {
        let term: WorkDuration.Term
        let start: Int
        let end: Int
        /// Working minutes for working units and same day; 0 for calendar days.
        let budget: Int
        /// For calendar days: the end of the counted period before moving off a non-working day.
        let nominalEnd: Int?
    }

    let received: Int
    let start: Int
    let startReason: ClockStartReason
    let rule: ClockStart
    let duration: WorkDuration
    let windows: [Window]
    let pauses: [(start: Int, end: Int)]
    let due: Int
}
