import Foundation
import WorkCalendar

/// Reads the period a deadline's original wording states first, as the portal writes it:
/// "03 ngày làm việc", "15 ngày", "4 giờ làm việc", "Ngay trong ngày tiếp nhận…", "05 working days".
/// The first period is the base; later ones are usually extensions ("trường hợp cần xác minh…").
/// A time of day ("sau 15 giờ") is not a period.
enum DeadlineWording {
    struct Period: Equatable {
        var amount: Double
        var unit: WorkDuration.Unit
        /// Where the phrase sits in the wording (UTF-8 offsets).
        var range: Range<Int>

        var description: String { unit.english(amount) }
    }

    /// Longer spellings first, so "ngày làm việc" wins over "ngày". As characters once, so the
    /// scan compares without building an array per position.
    private static let units: [([Character], WorkDuration.Unit)] =
        ([
            ("ngày làm việc", .workingDays), ("giờ làm việc", .workingHours),
            ("working days", .workingDays), ("working day", .workingDays),
            ("business days", .workingDays), ("business day", .workingDays),
            ("working hours", .workingHours), ("working hour", .workingHours),
            ("calendar days", .calendarDays), ("calendar day", .calendarDays),
            ("ngày", .calendarDays), ("days", .calendarDays), ("day", .calendarDays),
        ] as [(String, WorkDuration.Unit)]).map { (Array($0.0), $0.1) }

    private static let sameDay: [[Character]] = ["ngay trong ngày", "trong ngày", "same day", "same-day"].map(
        Array.init)
    /// The first letters of `sameDay`: a position starting with another cannot start one.
    private static let sameDayInitials: [Character] = Array(Set(sameDay.map { $0[0] }))

    /// The first period stated in `text`.
    static func firstPeriod(in text: String) -> Period? {
        let lowered = text.lowercased()
        let lower = Array(
            VietnameseText.mayChangeUnderNFC(utf8: lowered.utf8)
                ? lowered.precomposedStringWithCanonicalMapping : lowered)
        var i = 0
        while i < lower.count {
            if sameDayInitials.contains(lower[i]), isWordStart(lower, i),
                let phrase = sameDay.first(where: { matches(lower, i, $0) })
            {
                return Period(
                    amount: 1, unit: .sameDay, range: utf8Offset(lower, i)..<utf8Offset(lower, i + phrase.count))
            }
            if lower[i].isNumber, isWordStart(lower, i), let (amount, end) = number(lower, from: i) {
                var j = end
                while j < lower.count, lower[j] == " " { j += 1 }
                if let (spelling, unit) = units.first(where: {
                    matches(lower, j, $0.0) && isWordEnd(lower, j + $0.0.count)
                }) {
                    return Period(
                        amount: amount, unit: unit, range: utf8Offset(lower, i)..<utf8Offset(lower, j + spelling.count))
                }
                i = end
                continue
            }
            i += 1
        }
        return nil
    }

    /// "03", "0,5", "1.5": digits with one optional decimal comma or point.
    private static func number(_ s: [Character], from start: Int) -> (Double, Int)? {
        var i = start
        var digits = ""
        while i < s.count, s[i].isASCII, s[i].isNumber {
            digits.append(s[i])
            i += 1
        }
        if i + 1 < s.count, s[i] == "," || s[i] == ".", s[i + 1].isASCII, s[i + 1].isNumber {
            digits.append(".")
            i += 1
            while i < s.count, s[i].isASCII, s[i].isNumber {
                digits.append(s[i])
                i += 1
            }
        }
        return Double(digits).map { ($0, i) }
    }

    private static func matches(_ s: [Character], _ at: Int, _ phrase: [Character]) -> Bool {
        guard at + phrase.count <= s.count else { return false }
        return s[at..<(at + phrase.count)].elementsEqual(phrase)
    }

    private static func isWordStart(_ s: [Character], _ i: Int) -> Bool {
        i == 0 || !s[i - 1].isLetter && !s[i - 1].isNumber
    }
    private static func isWordEnd(_ s: [Character], _ i: Int) -> Bool { i >= s.count || !s[i].isLetter }

    /// The UTF-8 offset of character `index` in `s`.
    private static func utf8Offset(_ s: [Character], _ index: Int) -> Int {
        s[..<index].reduce(0) { $0 + $1.utf8.count }
    }
}
