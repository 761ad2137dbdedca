import Testing

@testable import WorkCalendar

@Suite("Deadlines")
struct DeadlineTests {
    let calculator = DeadlineCalculator(calendar: OfficialDecisions.calendar)

    func due(_ from: String, _ add: String, _ rule: ClockStart = .receipt, pauses: [(String, String)] = []) throws
        -> String
    {
        let p = try pauses.map { try PauseInterval(from: t($0.0), to: t($0.1)) }
        return try calculator.dueDate(from: t(from), adding: WorkDuration(parsing: add), clockStart: rule, pauses: p)
            .description
    }

    /// The worked example of docs/calendar.md: Friday after the cut-off, just before the Tết break.
    @Test func workedExampleTet2026() throws {
        let result = try calculator.due(from: t("2026-02-13 16:20"), adding: .workingDays(3))
        #expect(result.clockStart == t("2026-02-23 07:00"))
        #expect(result.clockStartReason == .afterCutoff)
        #expect(result.due == t("2026-02-25 17:00"))
        #expect(result.countedMinutes == 3 * 480)
        #expect(
            result.entries.map(\.status) == [.skipped] + Array(repeating: .skipped, count: 9) + [
                .counted, .counted, .counted,
            ])
        #expect(result.entries[3].reasons.map(\.code) == ["holiday"])
    }

    @Test func receiptWithinOfficeHoursCountsFromTheReceiptTime() throws {
        #expect(try due("2026-03-02 10:00", "3 working days") == "2026-03-05 10:00")
        #expect(try due("2026-03-02 10:00", "4 working hours") == "2026-03-02 16:00")
        #expect(try due("2026-03-02 07:00", "0.5 working day") == "2026-03-02 11:00")
        #expect(try due("2026-03-02 07:00", "1 working day") == "2026-03-02 17:00")
        #expect(try due("2026-03-02 15:00", "1 working day") == "2026-03-03 15:00")  // 15:00 is not after the cut-off
    }

    @Test func receiptOutsideOfficeHoursMovesToTheNextWorkingTime() throws {
        #expect(try due("2026-03-02 06:15", "1 working hour") == "2026-03-02 08:00")
        #expect(try due("2026-03-02 12:10", "1 working hour") == "2026-03-02 14:30")
        #expect(try due("2026-03-07 10:00", "1 working day") == "2026-03-09 17:00")  // Saturday
        #expect(try due("2026-03-02 15:01", "1 working hour") == "2026-03-03 08:00")  // after the cut-off
    }

    @Test func nextWorkingDayClockStart() throws {
        #expect(try due("2026-03-02 10:00", "3 working days", .nextWorkingDay) == "2026-03-05 17:00")
        #expect(try due("2026-03-02 06:00", "1 working day", .nextWorkingDay) == "2026-03-03 17:00")
    }

    @Test func sameDayWithCutoff() throws {
        #expect(try due("2026-03-02 14:00", "same day") == "2026-03-02 17:00")
        #expect(try due("2026-03-02 15:30", "same day") == "2026-03-03 17:00")
        #expect(try due("2026-04-29 16:00", "same day") == "2026-05-04 17:00")  // 30/4, 1/5, weekend
    }

    @Test func calendarDaysEndOnTheNextWorkingDay() throws {
        #expect(try due("2026-03-02 10:00", "15 days") == "2026-03-17 17:00")
        // 15/4 + 15 = Thu 30/4 (holiday) → 1/5 holiday → weekend → Monday 4/5.
        #expect(try due("2026-04-15 10:00", "15 ngày") == "2026-05-04 17:00")
        // Received Saturday: counted from Monday 13/4; +15 = Tue 28/4.
        #expect(try due("2026-04-11 09:00", "15 calendar days") == "2026-04-28 17:00")
    }

    @Test func workedSaturdayCounts() throws {
        #expect(try due("2026-01-09 10:00", "1 working day") == "2026-01-10 10:00")
        // After the cut-off: Fri 9 and Sat 10.
        #expect(try due("2026-01-08 16:00", "2 working days") == "2026-01-10 17:00")
    }

    @Test func extensionsAreAddedAfterTheBase() throws {
        #expect(
            try due("2026-03-02 10:00", "3 working days + 2 working days")
                == (try due("2026-03-02 10:00", "5 working days")))
        #expect(try due("2026-03-02 10:00", "same day + 1 working day") == "2026-03-03 17:00")
        #expect(try due("2026-03-02 10:00", "15 days + 2 working days") == "2026-03-19 17:00")
    }

    @Test func pausesAreExcludedExactly() throws {
        // One full working day of pause moves the due by one working day.
        #expect(
            try due("2026-03-02 10:00", "3 working days", pauses: [("2026-03-03 07:00", "2026-03-04 07:00")])
                == "2026-03-06 10:00")
        // Overlapping pauses are merged: 08:00–14:30 on Tue = 3h30 + 1h00 of working time.
        #expect(
            try due(
                "2026-03-02 10:00", "3 working days",
                pauses: [("2026-03-03 08:00", "2026-03-03 12:00"), ("2026-03-03 10:00", "2026-03-03 14:30")])
                == "2026-03-05 16:30")
        // A pause over a weekend only removes nothing.
        #expect(
            try due("2026-03-06 10:00", "1 working day", pauses: [("2026-03-07 00:00", "2026-03-08 23:59")])
                == "2026-03-09 10:00")
        // A pause during a calendar-day period shifts it by its exact length.
        #expect(
            try due("2026-03-02 10:00", "15 days", pauses: [("2026-03-10 09:00", "2026-03-11 09:00")])
                == "2026-03-18 17:00")
        #expect(
            try due("2026-03-02 10:00", "15 days", pauses: [("2026-03-10 09:00", "2026-03-10 09:30")])
                == "2026-03-17 17:00")
    }

    @Test func pauseEndingBeforeItStartsIsAnError() {
        #expect(throws: CalendarError.pauseEndsBeforeStart(start: t("2026-03-04 10:00"), end: t("2026-03-03 10:00"))) {
            try PauseInterval(from: t("2026-03-04 10:00"), to: t("2026-03-03 10:00"))
        }
        #expect(
            CalendarError.pauseEndsBeforeStart(start: t("2026-03-04 10:00"), end: t("2026-03-03 10:00")).description
                == "pause ends before it starts: 2026-03-03 10:00 is before 2026-03-04 10:00")
    }

    @Test func countingBackwards() throws {
        let due = t("2026-02-25 17:00")
        #expect(try calculator.start(forDue: due, subtracting: .workingDays(3)) == t("2026-02-23 07:00"))
        #expect(
            try calculator.start(forDue: t("2026-03-05 10:00"), subtracting: .workingDays(3)) == t("2026-03-02 10:00"))
        #expect(throws: CalendarError.self) { try calculator.start(forDue: due, subtracting: .calendarDays(3)) }
    }

    @Test func resultsPast2100AreErrors() {
        #expect(throws: CalendarError.yearOutOfRange(2101)) {
            try calculator.dueDate(from: t("2100-12-30 10:00"), adding: .workingDays(5))
        }
    }

    @Test func workingTimeBetweenInstants() {
        let cal = OfficialDecisions.calendar
        #expect(cal.workingMinutes(from: t("2026-02-13 16:20"), to: t("2026-02-23 08:00")) == 40 + 60)
        #expect(cal.workingDays(from: d("2026-02-01"), through: d("2026-02-28")) == 20 - 5)
        #expect(cal.isWorkingTime(t("2026-03-02 07:00")))
        #expect(!cal.isWorkingTime(t("2026-03-02 11:30")))
    }

    @Test func statusAsForm06RecordsIt() {
        let due = t("2026-02-25 17:00")
        #expect(DeadlineStatus.of(returned: t("2026-02-24 16:00"), due: due) == .ahead)
        #expect(DeadlineStatus.of(returned: t("2026-02-25 08:00"), due: due) == .onTime)
        #expect(DeadlineStatus.of(returned: t("2026-02-25 17:00"), due: due) == .onTime)
        #expect(DeadlineStatus.of(returned: t("2026-02-25 17:01"), due: due) == .overdue)
        #expect(DeadlineStatus.of(returned: t("2026-02-26 07:00"), due: due) == .overdue)
        #expect(DeadlineStatus.ahead.vietnameseLabel == "Trước hạn")
        #expect(DeadlineStatus.overdue.rawValue == "overdue")
    }

    @Test func customOfficeHoursAndCutoff() throws {
        let hours = try OfficeHours(parsing: "07:30-11:30, 13:00-16:30")
        #expect(hours.minutesPerDay == 450)
        let cal = try WorkCalendar(decisions: OfficialDecisions.all, officeHours: hours, cutoff: TimeOfDay(16, 0))
        let calc = DeadlineCalculator(calendar: cal)
        #expect(try calc.dueDate(from: t("2026-03-02 15:30"), adding: .workingDays(1)) == t("2026-03-03 15:30"))
        #expect(try calc.dueDate(from: t("2026-03-02 16:10"), adding: .workingDays(1)) == t("2026-03-03 16:30"))
        #expect(throws: CalendarError.self) { try OfficeHours(parsing: "13:00-16:30, 07:30-11:30") }
        #expect(throws: CalendarError.self) { try OfficeHours(parsing: "11:00-10:00") }
        #expect(throws: CalendarError.self) { try OfficeHours(parsing: "") }
    }
}
