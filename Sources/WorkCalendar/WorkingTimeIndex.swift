/// Prefix sums of working days over 1900–2100, so that working time between any two instants,
/// and the instant at which a working-time budget runs out, are O(1) — no day-by-day loop.
///
/// Working time is measured on a single axis W: the number of working minutes from
/// 1900-01-01 00:00 to an instant. Every working day has the same sessions, so
/// W(day, minute) = workingDaysBefore(day) × minutesPerDay + workedMinutes(before: minute).
final class WorkingTimeIndex: Sendable {
    let firstDay: Int
    let lastDay: Int
    let minutesPerDay: Int
    let officeHours: OfficeHours
    /// isWorking[i] for day number firstDay + i.
    let isWorking: [Bool]
    /// workingBefore[i] = working days in [firstDay, firstDay + i); count + 1 entries.
    let workingBefore: [Int32]
    /// dayOfWorkingDay[q] = index i of the q-th (0-based) working day.
    let dayOfWorkingDay: [Int32]

    /// `isWorking[i]`: whether day `CivilDate.firstDayNumber + i` is a working day, for every
    /// day to `CivilDate.lastDayNumber`.
    init(officeHours: OfficeHours, isWorking working: [Bool]) {
        firstDay = CivilDate.firstDayNumber
        lastDay = CivilDate.lastDayNumber
        minutesPerDay = officeHours.minutesPerDay
        self.officeHours = officeHours
        let count = lastDay - firstDay + 1
        precondition(working.count == count, "one entry a day of 1900-2100")
        var before = [Int32](repeating: 0, count: count + 1)
        var days: [Int32] = []
        days.reserveCapacity(count * 5 / 7 + 1)
        for (i, w) in working.enumerated() {
            before[i + 1] = before[i] + (w ? 1 : 0)
            if w { days.append(Int32(i)) }
        }
        isWorking = working
        workingBefore = before
        dayOfWorkingDay = days
    }

    func contains(day: Int) -> Bool { day >= firstDay && day <= lastDay }

    func isWorking(day: Int) -> Bool { isWorking[day - firstDay] }

    /// W at (day, minute of day).
    func workingMinutes(day: Int, minute: Int) -> Int {
        let i = day - firstDay
        return Int(workingBefore[i]) * minutesPerDay + (isWorking[i] ? officeHours.workedMinutes(before: minute) : 0)
    }

    /// W at an absolute minute (minutes since 1970-01-01 00:00).
    func workingMinutes(at absolute: Int) -> Int {
        let day = floorDiv(absolute, 1440)
        return workingMinutes(day: day, minute: absolute - day * 1440)
    }

    /// The earliest instant at which W reaches `target`, or nil past 2100.
    func instant(reaching target: Int) -> Int? {
        guard target > 0 else { return (firstDay * 1440) }
        let q = (target - 1) / minutesPerDay
        guard q < dayOfWorkingDay.count else { return nil }
        let day = firstDay + Int(dayOfWorkingDay[q])
        return day * 1440 + officeHours.minute(reaching: target - q * minutesPerDay)
    }

    /// The first working day on or after `day`, or nil past 2100.
    func workingDay(onOrAfter day: Int) -> Int? {
        guard day <= lastDay else { return nil }
        let q = Int(workingBefore[max(day, firstDay) - firstDay])
        return q < dayOfWorkingDay.count ? firstDay + Int(dayOfWorkingDay[q]) : nil
    }

    /// The first instant at or after `absolute` inside an office session of a working day, or nil past 2100.
    func nextWorkingInstant(atOrAfter absolute: Int) -> Int? {
        let day = floorDiv(absolute, 1440)
        if contains(day: day), isWorking(day: day),
            let m = officeHours.nextWorkingMinute(atOrAfter: absolute - day * 1440)
        {
            return day * 1440 + m
        }
        guard let next = workingDay(onOrAfter: day + 1) else { return nil }
        return next * 1440 + officeHours.opening.minutes
    }
}

@inline(__always) func floorDiv(_ a: Int, _ b: Int) -> Int {
    a >= 0 ? a / b : -((-a + b - 1) / b)
}
