import Testing
import WorkCalendar

@testable import CatalogLint

/// The period a deadline's wording states first, read by scalars. Before the Character reading
/// was replaced, both were run on 20,000 random wordings (marks included) and agreed; these are
/// the answers, the edge cases among them.
struct DeadlineWordingTests {
    @Test(
        arguments: [
            ("03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", 3, WorkDuration.Unit.workingDays, 0..<20),
            ("Ngay trong ngày tiếp nhận hồ sơ", 1, .sameDay, 0..<16),
            ("15 ngày; trường hợp cần xác minh thì không quá 05 ngày làm việc", 15, .calendarDays, 0..<8),
            ("05 working days", 5, .workingDays, 0..<15),
            ("Trong ngày làm việc (nếu nộp trước 15 giờ)", 1, .sameDay, 0..<11),
            ("4 giờ làm việc", 4, .workingHours, 0..<19),
            ("0,5 ngày làm việc", 0.5, .workingDays, 0..<21),
            ("Sau 15 giờ: 02 ngày", 2, .calendarDays, 14..<22),
            // A mark after a digit makes it no digit, as a Character reads it.
            ("15\u{301}5ngày 3 ngày", 3, .calendarDays, 11..<18),
            ("0,5\u{301} same-day", 1, .sameDay, 6..<14),
            ("½ ngày; 2 ngày", 2, .calendarDays, 10..<17),
            ("5ngày, 7 days", 5, .calendarDays, 0..<6),
        ] as [(String, Double, WorkDuration.Unit, Range<Int>)])
    func theFirstPeriodIsFound(_ text: String, _ amount: Double, _ unit: WorkDuration.Unit, _ range: Range<Int>) {
        #expect(DeadlineWording.firstPeriod(in: text) == .init(amount: amount, unit: unit, range: range), "\(text)")
    }

    @Test(arguments: ["kể từ\u{301}trong ngày", "sau 15 giờ", "trong tháng", ""])
    func noPeriodIsFound(_ text: String) {
        #expect(DeadlineWording.firstPeriod(in: text) == nil, "\(text)")
    }
}
