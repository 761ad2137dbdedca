import Foundation
import Testing

@testable import WorkCalendar

/// Issue 21, part 1: every amount has a documented range (at most 10,000 of its unit), checked
/// where text is parsed and where an artifact or snapshot is decoded; arithmetic past it throws.
@Suite struct DurationBoundsTests {
    @Test(arguments: [
        "100000000000000000 working days", "99999999999999999999 days", "10001 working hours", "1e20 working days",
    ])
    func anAmountPastTheRangeIsAnError(_ text: String) {
        #expect(throws: CalendarError.self) { try WorkDuration(parsing: text) }
    }

    @Test func theLargestAmountIsAccepted() throws {
        #expect(try WorkDuration(parsing: "10000 working days").base.amount == 10_000)
        #expect(try WorkDuration(parsing: "10000 days + 10000 working hours").terms.count == 2)
    }

    @Test func theReasonIsInBothLanguages() {
        let error = CalendarError.malformedDuration("100000000000000000 working days", reason: .amountTooLarge)
        #expect(
            error.description
                == "malformed duration \"100000000000000000 working days\": the amount must be at most 10000")
        #expect(
            error.vietnameseDescription
                == "thời hạn \"100000000000000000 working days\" viết sai: số lượng không được quá 10000")
    }

    @Test func aDecodedAmountIsCheckedToo() {
        let json = #"{"terms":[{"amount":1e20,"unit":"working_days"}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WorkDuration.self, from: Data(json.utf8)) }
        let negative = #"{"terms":[{"amount":-1,"unit":"calendar_days"}]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(WorkDuration.self, from: Data(negative.utf8)) }
        let fine = #"{"terms":[{"amount":3,"unit":"working_days"}]}"#
        #expect((try? JSONDecoder().decode(WorkDuration.self, from: Data(fine.utf8)))?.base.amount == 3)
    }

    @Test func minutesPastTheCalendarThrowInsteadOfOverflowing() throws {
        let calculator = DeadlineCalculator(calendar: try WorkCalendar())
        #expect(throws: CalendarError.self) {
            try calculator.dueDate(from: t("2026-02-13 16:20"), addingWorkingMinutes: Int.max)
        }
        #expect(throws: CalendarError.self) {
            try calculator.dueDate(
                from: t("2026-02-13 16:20"),
                adding: try WorkDuration(parsing: "10000 working days + 10000 working days + 10000 working days"))
        }
    }
}
