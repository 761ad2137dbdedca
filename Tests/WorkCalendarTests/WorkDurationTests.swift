import Testing

@testable import WorkCalendar

@Suite("Durations")
struct WorkDurationTests {
    @Test(arguments: [
        ("3 working days", 3.0, WorkDuration.Unit.workingDays),
        ("1 working day", 1.0, .workingDays),
        ("4 working hours", 4.0, .workingHours),
        ("0.5 working day", 0.5, .workingDays),
        ("15 days", 15.0, .calendarDays),
        ("15 calendar days", 15.0, .calendarDays),
        ("same day", 1.0, .sameDay),
        ("03 ngày làm việc", 3.0, .workingDays),
        ("3 Ngày làm việc", 3.0, .workingDays),
        ("4 giờ làm việc", 4.0, .workingHours),
        ("15 ngày", 15.0, .calendarDays),
        ("0,5 ngày làm việc", 0.5, .workingDays),
        ("Trong ngày", 1.0, .sameDay),
        ("  7   working   days ", 7.0, .workingDays),
    ])
    func parses(text: String, amount: Double, unit: WorkDuration.Unit) throws {
        let duration = try WorkDuration(parsing: text)
        #expect(duration.terms.count == 1)
        #expect(duration.base.amount == amount)
        #expect(duration.base.unit == unit)
    }

    @Test func decomposedVietnameseIsTheSameText() throws {
        // "ngày làm việc" typed with combining marks (NFD) must read the same as the composed form.
        let nfd = "3 nga\u{300}y la\u{300}m vie\u{323}\u{302}c"
        #expect(try WorkDuration(parsing: nfd) == (try WorkDuration.workingDays(3)))
    }

    /// Whole amounts up to 100 come from a table spelled once; past it, and for fractions, they
    /// are spelled each time: both read the same.
    @Test(arguments: [
        ("0 working days", "0 working days"), ("1 working day", "1 working day"),
        ("3 working days", "3 working days"), ("100 working days", "100 working days"),
        ("101 working days", "101 working days"), ("1.5 working days", "1.5 working days"),
        ("1 working hour", "1 working hour"), ("0.5 working hours", "0.5 working hours"),
        ("1 day", "1 calendar day"), ("45 ngày", "45 calendar days"), ("150 days", "150 calendar days"),
        ("same day", "same day"), ("trong ngày", "same day"),
    ])
    func spelledInEnglish(_ text: String, _ expected: String) throws {
        #expect(try WorkDuration(parsing: text).description == expected)
    }

    @Test func extensionsAreSummedInOrder() throws {
        let duration = try WorkDuration(parsing: "15 working days + 5 working days + 2 ngày làm việc")
        #expect(duration.terms.map(\.amount) == [15, 5, 2])
        #expect(duration.extensions.count == 2)
        #expect(duration.description == "15 working days + 5 working days + 2 working days")
        let built = try WorkDuration.workingDays(15).extended(by: .workingDays(5)).extended(by: .workingDays(2))
        #expect(built == duration)
    }

    /// What `tthc deadline --lang vi` prints reads back as the same period.
    @Test(arguments: [
        "3 working days", "1 working day", "0.5 working day", "4 working hours", "15 days", "same day",
        "15 working days + 5 working days + 0.5 working day",
    ])
    func vietnameseTextReadsBackTheSame(text: String) throws {
        let duration = try WorkDuration(parsing: text)
        #expect(
            try WorkDuration(parsing: duration.vietnameseDescription) == duration, "\(duration.vietnameseDescription)")
    }

    @Test func unknownUnitListsTheAcceptedOnes() {
        #expect(throws: CalendarError.unknownUnit("weeks", accepted: WorkDuration.acceptedUnits)) {
            try WorkDuration(parsing: "2 weeks")
        }
        #expect(throws: CalendarError.unknownUnit("hours", accepted: WorkDuration.acceptedUnits)) {
            try WorkDuration(parsing: "4 hours")
        }
        let message = CalendarError.unknownUnit("weeks", accepted: WorkDuration.acceptedUnits).description
        #expect(
            message
                == "unknown unit \"weeks\": accepted units are \"working day(s)\", \"working hour(s)\", \"day(s)\", \"calendar day(s)\", \"same day\", \"ngày làm việc\", \"giờ làm việc\", \"ngày\", \"trong ngày\""
        )
    }

    @Test func malformedDurations() {
        #expect(throws: CalendarError.self) { try WorkDuration(parsing: "three working days") }
        #expect(throws: CalendarError.self) { try WorkDuration(parsing: "") }
        #expect(throws: CalendarError.self) { try WorkDuration(parsing: "3 working days +") }
        #expect(throws: CalendarError.malformedDuration("1.5 days", reason: .fractionalCalendarDays)) {
            try WorkDuration(parsing: "1.5 days")
        }
        #expect(throws: CalendarError.self) { try WorkDuration(parsing: "-3 working days") }
        #expect(throws: CalendarError.unknownUnit("", accepted: WorkDuration.acceptedUnits)) {
            try WorkDuration(parsing: "3")
        }
    }
}
