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

        var description: String {
            let n = amount == amount.rounded() ? String(Int(amount)) : String(amount)
            switch unit {
            case .sameDay: return "same day"
            case .workingDays: return "\(n) working day\(amount == 1 ? "" : "s")"
            case .workingHours: return "\(n) working hour\(amount == 1 ? "" : "s")"
            case .calendarDays: return "\(n) calendar day\(amount == 1 ? "" : "s")"
            }
        }
    }

    /// Longer spellings first, so "ngày làm việc" wins over "ngày".
    private static let units: [(String, WorkDuration.Unit)] = [
        ("ngày làm việc", .workingDays), ("giờ làm việc", .workingHours),
        ("working days", .workingDays), ("working day", .workingDays),
        ("business days", .workingDays), ("business day", .workingDays),
        ("working hours", .workingHours), ("working hour", .workingHours),
        ("calendar days", .calendarDays), ("calendar day", .calendarDays),
        ("ngày", .calendarDays), ("days", .calendarDays), ("day", .calendarDays),
    ]

    private static let sameDay = ["ngay trong ngày", "trong ngày", "same day", "same-day"]

    /// Every period stated in `text`, in order.
    static func periods(in text: String) -> [Period] {
        let lower = Array(text.lowercased().precomposedStringWithCanonicalMapping)
        let offsets = utf8Offsets(lower)
        var result: [Period] = []
        var i = 0
        while i < lower.count {
            if isWordStart(lower, i), let phrase = sameDay.first(where: { matches(lower, i, $0) }) {
                result.append(Period(amount: 1, unit: .sameDay, range: offsets[i]..<offsets[i + phrase.count]))
                i += phrase.count
                continue
            }
            if lower[i].isNumber, isWordStart(lower, i), let (amount, end) = number(lower, from: i) {
                var j = end
                while j < lower.count, lower[j] == " " { j += 1 }
                if let (spelling, unit) = units.first(where: { matches(lower, j, $0.0) && isWordEnd(lower, j + $0.0.count) }) {
                    result.append(Period(amount: amount, unit: unit, range: offsets[i]..<offsets[j + spelling.count]))
                    i = j + spelling.count
                    continue
                }
                i = end
                continue
            }
            i += 1
        }
        return result
    }

    static func firstPeriod(in text: String) -> Period? {
        periods(in: text).first
    }

    /// "03", "0,5", "1.5": digits with one optional decimal comma or point.
    private static func number(_ s: [Character], from start: Int) -> (Double, Int)? {
        var i = start
        var digits = ""
        while i < s.count, s[i].isASCII, s[i].isNumber { digits.append(s[i]); i += 1 }
        if i + 1 < s.count, s[i] == "," || s[i] == ".", s[i + 1].isASCII, s[i + 1].isNumber {
            digits.append(".")
            i += 1
            while i < s.count, s[i].isASCII, s[i].isNumber { digits.append(s[i]); i += 1 }
        }
        return Double(digits).map { ($0, i) }
    }

    private static func matches(_ s: [Character], _ at: Int, _ phrase: String) -> Bool {
        let p = Array(phrase)
        guard at + p.count <= s.count else { return false }
        return Array(s[at..<(at + p.count)]) == p
    }

    private static func isWordStart(_ s: [Character], _ i: Int) -> Bool { i == 0 || !s[i - 1].isLetter && !s[i - 1].isNumber }
    private static func isWordEnd(_ s: [Character], _ i: Int) -> Bool { i >= s.count || !s[i].isLetter }

    private static func utf8Offsets(_ s: [Character]) -> [Int] {
        var offsets = [0]
        for c in s { offsets.append(offsets.last! + c.utf8.count) }
        return offsets
    }
}
