/// A deliberately plain day-by-day walk of the same rules as `dueDate(from:adding:clockStart:pauses:)`.
///
/// It reads only `WorkCalendar.dayKind(of:)` and the office sessions, never the working-time index,
/// so the property tests can use it as an oracle for the index, and the benchmark as a baseline.
extension DeadlineCalculator {
    public func dueDateDayByDay(
        from received: LocalDateTime, adding duration: WorkDuration,
        clockStart: ClockStart = .receipt, pauses: [PauseInterval] = []
    ) throws -> LocalDateTime {
        let pauses = PauseInterval.merged(pauses)
        var position = try start(received, clockStart)
        for term in duration.terms {
            position = try advance(position, term, pauses)
        }
        return LocalDateTime(absoluteMinute: position)
    }

    private var sessions: [OfficeHours.Session] { calendar.officeHours.sessions }

    private func isWorking(_ day: Int) throws -> Bool {
        guard day >= CivilDate.firstDayNumber, day <= CivilDate.lastDayNumber else {
            throw CalendarError.yearOutOfRange(2101)
        }
        return calendar.dayKind(of: CivilDate(uncheckedDayNumber: day)).isWorkingDay
    }

    private func firstWorkingDay(after day: Int) throws -> Int {
        var d = day + 1
        while try !isWorking(d) { d += 1 }
        return d
    }

    private func start(_ received: LocalDateTime, _ rule: ClockStart) throws -> Int {
        let day = received.date.dayNumber
        let minute = received.minuteOfDay
        let opening = sessions[0].start.minutes
        let workingDay = try isWorking(day)
        if rule == .nextWorkingDay || !workingDay || minute > calendar.cutoff.minutes {
            return try firstWorkingDay(after: day) * 1440 + opening
        }
        for s in sessions where minute < s.end.minutes {
            return day * 1440 + max(minute, s.start.minutes)
        }
        return try firstWorkingDay(after: day) * 1440 + opening
    }

    private func advance(_ s: Int, _ term: WorkDuration.Term, _ pauses: [(start: Int, end: Int)]) throws -> Int {
        switch term.unit {
        case .workingDays, .workingHours:
            return try consumeWorking(
                from: s, term.workingMinutes(minutesPerDay: calendar.officeHours.minutesPerDay), pauses)
        case .sameDay:
            // Budget: what is left of the working day on which the clock (next) runs.
            var day = floorDiv(s, 1440)
            var from = s
            while true {
                if try isWorking(day), let last = sessions.last, from < day * 1440 + last.end.minutes { break }
                day += 1
                from = day * 1440
            }
            let budget = sessions.reduce(0) { sum, x in
                let a = max(from, day * 1440 + x.start.minutes)
                let b = day * 1440 + x.end.minutes
                return a < b ? sum + (b - a) : sum
            }
            return try consumeWorking(from: s, budget, pauses)
        case .calendarDays:
            var remaining = Int(term.amount) * 1440
            var end = s
            if remaining > 0 {
                var day = floorDiv(s, 1440)
                search: while true {
                    for piece in free(max(s, day * 1440), (day + 1) * 1440, pauses) {
                        let length = piece.end - piece.start
                        if length >= remaining {
                            end = piece.start + remaining
                            break search
                        }
                        remaining -= length
                    }
                    day += 1
                    guard day <= CivilDate.lastDayNumber else { throw CalendarError.yearOutOfRange(2101) }
                }
            }
            var last = floorDiv(end - 1, 1440)
            while try !isWorking(last) { last += 1 }
            return max(last * 1440 + sessions[sessions.count - 1].end.minutes, s)
        }
    }

    /// Walks sessions day by day, minus pauses, until `budget` working minutes are used.
    private func consumeWorking(from s: Int, _ budget: Int, _ pauses: [(start: Int, end: Int)]) throws -> Int {
        guard budget > 0 else { return s }
        var remaining = budget
        var day = floorDiv(s, 1440)
        while true {
            if try isWorking(day) {
                for session in sessions {
                    let a = max(s, day * 1440 + session.start.minutes)
                    let b = day * 1440 + session.end.minutes
                    guard a < b else { continue }
                    for piece in free(a, b, pauses) {
                        let length = piece.end - piece.start
                        if length >= remaining { return piece.start + remaining }
                        remaining -= length
                    }
                }
            }
            day += 1
        }
    }

    /// [a, b) minus the pauses, as ordered pieces.
    private func free(_ a: Int, _ b: Int, _ pauses: [(start: Int, end: Int)]) -> [(start: Int, end: Int)] {
        var pieces: [(start: Int, end: Int)] = []
        var cursor = a
        for p in pauses where p.end > cursor && p.start < b {
            if p.start > cursor { pieces.append((cursor, p.start)) }
            cursor = max(cursor, p.end)
        }
        if cursor < b { pieces.append((cursor, b)) }
        return pieces
    }
}
