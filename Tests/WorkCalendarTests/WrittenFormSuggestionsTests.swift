import Testing

@testable import WorkCalendar

/// What a date or duration written as Vietnamese documents and keyboards write it meant: offered
/// in the message, only where it is a real date or a known unit.
@Suite struct WrittenFormSuggestionsTests {
    @Test(arguments: [
        ("01/07/2025", "2025-07-01"), ("1/7/2025", "2025-07-01"), ("01-07-2025", "2025-07-01"),
        ("01.07.2025", "2025-07-01"), ("2025/07/01", "2025-07-01"), ("2025-7-1", "2025-07-01"),
        (" 31/12/2026 ", "2026-12-31"),
    ])
    func aDateWrittenDayFirstIsReadAsThatDay(_ written: String, _ meant: String) {
        #expect(WrittenFormSuggestions.date(written) == meant)
    }

    @Test(arguments: ["31/02/2025", "2025-07-01", "07/2025", "1/7/25", "13/13/2025", "a/b/2025", "1/7/2025/1", ""])
    func noDateIsMadeUp(_ written: String) {
        #expect(WrittenFormSuggestions.date(written) == nil)
    }

    @Test func aDateAndTimeKeepsItsTime() {
        #expect(WrittenFormSuggestions.dateTime("01/07/2025 08:30") == "2025-07-01 08:30")
        #expect(WrittenFormSuggestions.dateTime("01/07/2025T08:30") == "2025-07-01 08:30")
        #expect(WrittenFormSuggestions.dateTime("01/07/2025") == "2025-07-01")
        #expect(WrittenFormSuggestions.dateTime("01/07/2025 8h30") == nil)
        #expect(WrittenFormSuggestions.dateTime("2025-07-01 08:30") == nil)
    }

    @Test func aUnitTypedWithoutItsMarksIsSpeltWithThem() {
        #expect(WrittenFormSuggestions.durationWords("ngay lam viec") == "ngày làm việc")
        #expect(WrittenFormSuggestions.durationWords("gio lam viec") == "giờ làm việc")
        #expect(WrittenFormSuggestions.durationWords("ngay") == "ngày")
        #expect(WrittenFormSuggestions.durationWords("trong ngay") == "trong ngày")
        #expect(WrittenFormSuggestions.durationWords("ngày làm việc") == nil)
        #expect(WrittenFormSuggestions.durationWords("weeks") == nil)
    }

    /// The messages a clerk and a policy officer read, in both languages.
    @Test func theMessagesSayWhatWasMeant() {
        let accepted = WorkDuration.acceptedUnits.map { "\"\($0)\"" }.joined(separator: ", ")
        #expect(throws: CalendarError.unknownUnit("ngay lam viec", accepted: WorkDuration.acceptedUnits)) {
            try WorkDuration(parsing: "10 ngay lam viec")
        }
        let unit = CalendarError.unknownUnit("ngay lam viec", accepted: WorkDuration.acceptedUnits)
        #expect(
            unit.description
                == "unknown unit \"ngay lam viec\"; did you mean \"ngày làm việc\"? Accepted units are \(accepted)")
        #expect(
            unit.vietnameseDescription
                == "đơn vị thời gian \"ngay lam viec\" không xác định; có phải ý bạn là \"ngày làm việc\"? Các cách viết được chấp nhận là \(accepted)"
        )
        #expect(
            CalendarError.malformedDate("01/07/2025").description
                == "malformed date \"01/07/2025\": expected YYYY-MM-DD, e.g. 2026-02-13; did you mean \"2025-07-01\"?")
        #expect(
            CalendarError.malformedDateTime("01/07/2025 08:30").vietnameseDescription
                == "ngày giờ \"01/07/2025 08:30\" viết sai: cần dạng YYYY-MM-DD HH:MM, ví dụ 2026-02-13 16:20; có phải ý bạn là \"2025-07-01 08:30\"?"
        )
        #expect(
            CalendarError.malformedDuration("trong ngay", reason: .notANumber("trong")).vietnameseDescription
                == "thời hạn \"trong ngay\" viết sai; có phải ý bạn là \"trong ngày\"?")
        #expect(
            CalendarError.malformedDate("2025-13-01").description
                == "malformed date \"2025-13-01\": expected YYYY-MM-DD, e.g. 2026-02-13")
    }
}
