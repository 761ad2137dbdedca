import Testing

@testable import WorkCalendar

@Suite("Civil dates and times")
struct CivilTypesTests {
    @Test func dayNumberRoundTripsOverTheWholeRange() throws {
        // Walk every day of 1900–2100: the day number goes up by one and y/m/d stay valid.
        var previous = try CivilDate(1900, 1, 1)
        #expect(previous.dayNumber == -25567)
        #expect(previous.weekday == .monday)  // 1 Jan 1900 was a Monday
        for n in (previous.dayNumber + 1)...CivilDate.lastDayNumber {
            let date = try CivilDate(dayNumber: n)
            #expect(date.dayNumber == n)
            #expect(date > previous)
            if date.day == 1 {
                #expect(previous.day == CivilDate.daysInMonth(year: previous.year, month: previous.month))
            } else {
                #expect(date.day == previous.day + 1)
            }
            previous = date
        }
        #expect(previous == (try CivilDate(2100, 12, 31)))
    }

    @Test func knownWeekdays() throws {
        #expect(d("1970-01-01").weekday == .thursday)
        #expect(d("2000-02-29").weekday == .tuesday)
        #expect(d("2026-02-13").weekday == .friday)
        #expect(d("2026-04-26").weekday == .sunday)
        #expect(d("2100-12-31").weekday == .friday)
    }

    @Test func leapYears() {
        #expect(CivilDate.isLeapYear(2000))
        #expect(!CivilDate.isLeapYear(1900))
        #expect(!CivilDate.isLeapYear(2100))
        #expect(CivilDate.isLeapYear(2024))
    }

    @Test func impossibleDatesThrow() {
        #expect(throws: CalendarError.impossibleDate(year: 2026, month: 2, day: 30)) { try CivilDate(2026, 2, 30) }
        #expect(throws: CalendarError.impossibleDate(year: 2100, month: 2, day: 29)) {
            try CivilDate(parsing: "2100-02-29")
        }
        #expect(throws: CalendarError.impossibleDate(year: 2026, month: 13, day: 1)) { try CivilDate(2026, 13, 1) }
        #expect(throws: CalendarError.impossibleDate(year: 2026, month: 4, day: 31)) { try CivilDate(2026, 4, 31) }
        #expect(throws: CalendarError.yearOutOfRange(1899)) { try CivilDate(1899, 12, 31) }
        #expect(throws: CalendarError.yearOutOfRange(2101)) { try CivilDate(parsing: "2101-01-01") }
        #expect(throws: CalendarError.yearOutOfRange(2101)) { try d("2100-12-31").adding(days: 1) }
    }

    @Test func malformedTextThrows() {
        for bad in ["2026-2-13", "13/02/2026", "2026-02-13x", "", "abcd-ef-gh", "2026-02-1"] {
            #expect(throws: CalendarError.malformedDate(bad)) { try CivilDate(parsing: bad) }
        }
        for bad in ["24:00", "7:60", "0700", "07:0", "-1:00", "07:00:00"] {
            #expect(throws: CalendarError.malformedTime(bad)) { try TimeOfDay(parsing: bad) }
        }
        for bad in ["2026-02-13", "2026-02-13 7:00", "2026-02-13_16:20", "2026-02-30 16:20", "2026-02-13 25:00"] {
            #expect(throws: (any Error).self) { try LocalDateTime(parsing: bad) }
        }
        #expect(throws: CalendarError.malformedDateTime("2026-02-13 25:00")) {
            try LocalDateTime(parsing: "2026-02-13 25:00")
        }
    }

    @Test func errorMessagesAreHuman() {
        #expect(
            CalendarError.impossibleDate(year: 2026, month: 2, day: 30).description
                == "impossible date 2026-02-30: month 2 of 2026 has 28 days")
        #expect(
            CalendarError.yearOutOfRange(1850).description == "year 1850 is out of range: the calendar covers 1900–2100"
        )
        #expect(CalendarError.malformedTime("25:00").description.contains("expected HH:MM"))
    }

    @Test func parsesBothDateTimeSeparators() throws {
        let a = try LocalDateTime(parsing: "2026-02-13 16:20")
        let b = try LocalDateTime(parsing: "2026-02-13T16:20")
        #expect(a == b)
        #expect(a.date == d("2026-02-13"))
        #expect(a.time == (try TimeOfDay(16, 20)))
        #expect(a.description == "2026-02-13 16:20")
        #expect(a.isoText == "2026-02-13T16:20")
        #expect(try TimeOfDay(parsing: "7:05").description == "07:05")
        #expect(LocalDateTime(absoluteMinute: a.absoluteMinute) == a)
        #expect(LocalDateTime(absoluteMinute: t("1900-01-01 00:00").absoluteMinute).description == "1900-01-01 00:00")
    }
}
