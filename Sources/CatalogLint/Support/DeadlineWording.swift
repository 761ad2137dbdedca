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

    /// Longer spellings first, so "ngày làm việc" wins over "ngày". As scalars: the wording is
    /// read scalar by scalar (NFC text, where a Vietnamese letter is one scalar).
    private static let units: [([Unicode.Scalar], WorkDuration.Unit)] =
        ([
            ("ngày làm việc", .workingDays), ("giờ làm việc", .workingHours),
            ("working days", .workingDays), ("working day", .workingDays),
            ("business days", .workingDays), ("business day", .workingDays),
            ("working hours", .workingHours), ("working hour", .workingHours),
            ("calendar days", .calendarDays), ("calendar day", .calendarDays),
            ("ngày", .calendarDays), ("days", .calendarDays), ("day", .calendarDays),
        ] as [(String, WorkDuration.Unit)]).map { (Array($0.0.unicodeScalars), $0.1) }

    private static let sameDay: [[Unicode.Scalar]] = ["ngay trong ngày", "trong ngày", "same day", "same-day"].map {
        Array($0.unicodeScalars)
    }
    /// The first letters of `sameDay`: a position starting with another cannot start one.
    private static let sameDayInitials: [Unicode.Scalar] = Array(Set(sameDay.map { $0[0] }))

    /// The first period stated in `text`. Read by scalars, not Characters: splitting every
    /// wording into grapheme clusters was most of lint's time in this rule. A combining mark
    /// still belongs to the letter before it, as in a Character ("5\u{301}" is no digit).
    static func firstPeriod(in text: String) -> Period? {
        // By table where it can: `lowercased()` cost most of this rule's time.
        let lowered = NameScalars.lowercased(text) ?? text.lowercased()
        let lower = Array(
            (VietnameseText.mayChangeUnderNFC(utf8: lowered.utf8)
                ? lowered.precomposedStringWithCanonicalMapping : lowered).unicodeScalars)
        var i = 0
        while i < lower.count {
            if isExtending(lower[i]) {
                i += 1
                continue
            }
            if sameDayInitials.contains(lower[i]), isWordStart(lower, i),
                let phrase = sameDay.first(where: { matches(lower, i, $0) })
            {
                return Period(
                    amount: 1, unit: .sameDay, range: utf8Offset(lower, i)..<utf8Offset(lower, i + phrase.count))
            }
            if isNumber(lower[i]), isWordStart(lower, i), let (amount, end) = number(lower, from: i) {
                var j = end
                while j < lower.count, lower[j] == " ", !extended(lower, j) { j += 1 }
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
    private static func number(_ s: [Unicode.Scalar], from start: Int) -> (Double, Int)? {
        var i = start
        var digits = ""
        while i < s.count, isDigit(s, i) {
            digits.unicodeScalars.append(s[i])
            i += 1
        }
        if i + 1 < s.count, s[i] == "," || s[i] == ".", !extended(s, i), isDigit(s, i + 1) {
            digits.append(".")
            i += 1
            while i < s.count, isDigit(s, i) {
                digits.unicodeScalars.append(s[i])
                i += 1
            }
        }
        return Double(digits).map { ($0, i) }
    }

    private static func matches(_ s: [Unicode.Scalar], _ at: Int, _ phrase: [Unicode.Scalar]) -> Bool {
        guard at + phrase.count <= s.count else { return false }
        return s[at..<(at + phrase.count)].elementsEqual(phrase) && !extended(s, at + phrase.count - 1)
    }

    /// A scalar that joins the letter before it (a combining mark).
    private static func isExtending(_ s: Unicode.Scalar) -> Bool { !s.isASCII && s.properties.isGraphemeExtend }

    /// Whether the scalar at `i` has a combining mark after it (so is not a Character of its own).
    private static func extended(_ s: [Unicode.Scalar], _ i: Int) -> Bool { i + 1 < s.count && isExtending(s[i + 1]) }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    private static func isDigit(_ s: [Unicode.Scalar], _ i: Int) -> Bool { isDigit(s[i]) && !extended(s, i) }

    // As `Character.isLetter` and `isNumber` judge a letter by its first scalar; ASCII without tables.
    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value | 0x20 >= 0x61 && s.value | 0x20 <= 0x7A) : s.properties.isAlphabetic
    }
    private static func isNumber(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? isDigit(s) : s.properties.numericType != nil
    }

    /// Judged on the Character before: its first scalar, past any marks.
    private static func isWordStart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        var k = i - 1
        while k > 0, isExtending(s[k]) { k -= 1 }
        return !isLetter(s[k]) && !isNumber(s[k])
    }
    private static func isWordEnd(_ s: [Unicode.Scalar], _ i: Int) -> Bool { i >= s.count || !isLetter(s[i]) }

    /// The UTF-8 offset of scalar `index` in `s`.
    private static func utf8Offset(_ s: [Unicode.Scalar], _ index: Int) -> Int {
        s[..<index].reduce(0) { $0 + UTF8.width($1) }
    }
}
