/// Every way input to the calendar can be wrong, with a message a policy officer can act on.
public enum CalendarError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A date that does not exist, e.g. 2026-02-30.
    case impossibleDate(year: Int, month: Int, day: Int)
    /// The library covers 1900–2100 only (lunar tables and the working-time index).
    case yearOutOfRange(Int)
    /// Text that is not `YYYY-MM-DD`.
    case malformedDate(String)
    /// Text that is not `HH:MM`, or a time such as 24:00 or 07:60.
    case malformedTime(String)
    /// Text that is not `YYYY-MM-DD HH:MM` (or with a `T`).
    case malformedDateTime(String)
    /// A duration whose unit is not one we know; lists the accepted spellings.
    case unknownUnit(String, accepted: [String])
    /// A duration that is not "<amount> <unit>" at all, or an amount that makes no sense.
    case malformedDuration(String, reason: CalendarReason)
    /// A pause (waiting on the applicant) whose end is before its start.
    case pauseEndsBeforeStart(start: LocalDateTime, end: LocalDateTime)
    /// Office sessions that are empty, overlap or are out of order.
    case invalidOfficeHours(CalendarReason)
    /// Two decisions say opposite things about one date.
    case conflictingDecisions(CivilDate, CalendarReason)
    /// Only working-day and working-hour periods can be counted backwards.
    case notReversible(CalendarReason)

    public var description: String { text(vietnamese: false) }

    /// `description` in Vietnamese, for `--lang vi`. Values, dates and accepted spellings stay as written.
    public var vietnameseDescription: String { text(vietnamese: true) }

    /// The message in one language; each case says its English and Vietnamese side by side.
    func text(vietnamese vi: Bool) -> String {
        switch self {
        case .impossibleDate(let y, let m, let d):
            let date = "\(pad4(y))-\(pad2(m))-\(pad2(d))"
            guard (1...12).contains(m) else {
                return vi
                    ? "ngày không tồn tại \(date): không có tháng \(m)"
                    : "impossible date \(date): there is no month \(m)"
            }
            let days = CivilDate.daysInMonth(year: y, month: m)
            return vi
                ? "ngày không tồn tại \(date): tháng \(m) năm \(y) có \(days) ngày"
                : "impossible date \(date): month \(m) of \(y) has \(days) days"
        case .yearOutOfRange(let y):
            return vi
                ? "năm \(y) nằm ngoài phạm vi: lịch chỉ bao gồm 1900–2100"
                : "year \(y) is out of range: the calendar covers 1900–2100"
        case .malformedDate(let text):
            return
                (vi
                ? "ngày \"\(text)\" viết sai: cần dạng YYYY-MM-DD, ví dụ 2026-02-13"
                : "malformed date \"\(text)\": expected YYYY-MM-DD, e.g. 2026-02-13")
                + didYouMean(WrittenFormSuggestions.date(text), vietnamese: vi)
        case .malformedTime(let text):
            return vi
                ? "giờ \"\(text)\" viết sai: cần dạng HH:MM từ 00:00 đến 23:59, ví dụ 15:00"
                : "malformed time \"\(text)\": expected HH:MM between 00:00 and 23:59, e.g. 15:00"
        case .malformedDateTime(let text):
            return
                (vi
                ? "ngày giờ \"\(text)\" viết sai: cần dạng YYYY-MM-DD HH:MM, ví dụ 2026-02-13 16:20"
                : "malformed date and time \"\(text)\": expected YYYY-MM-DD HH:MM, e.g. 2026-02-13 16:20")
                + didYouMean(WrittenFormSuggestions.dateTime(text), vietnamese: vi)
        case .unknownUnit(let unit, let accepted):
            let spellings = accepted.map { "\"\($0)\"" }.joined(separator: ", ")
            // What was meant, when it is plain, comes before the list.
            let meant = didYouMean(WrittenFormSuggestions.durationWords(unit), vietnamese: vi)
            return vi
                ? "đơn vị thời gian \"\(unit)\" không xác định"
                    + (meant.isEmpty ? ": các" : meant + " Các") + " cách viết được chấp nhận là \(spellings)"
                : "unknown unit \"\(unit)\"" + (meant.isEmpty ? ": accepted" : meant + " Accepted")
                    + " units are \(spellings)"
        case .malformedDuration(let text, let reason):
            // "trong ngay": what was meant says more than why the words failed.
            if let meant = WrittenFormSuggestions.durationWords(text) {
                return (vi ? "thời hạn \"\(text)\" viết sai" : "malformed duration \"\(text)\"")
                    + didYouMean(meant, vietnamese: vi)
            }
            let why = reason.text(vietnamese: vi)
            return vi ? "thời hạn \"\(text)\" viết sai: \(why)" : "malformed duration \"\(text)\": \(why)"
        case .pauseEndsBeforeStart(let start, let end):
            return vi
                ? "thời gian tạm dừng kết thúc trước khi bắt đầu: \(end) trước \(start)"
                : "pause ends before it starts: \(end) is before \(start)"
        case .invalidOfficeHours(let reason):
            let why = reason.text(vietnamese: vi)
            return vi ? "giờ làm việc không hợp lệ: \(why)" : "invalid office hours: \(why)"
        case .conflictingDecisions(let date, let reason):
            let why = reason.text(vietnamese: vi)
            return vi
                ? "các quyết định mâu thuẫn nhau về ngày \(date): \(why)" : "conflicting decisions for \(date): \(why)"
        case .notReversible(let reason):
            let why = reason.text(vietnamese: vi)
            return vi ? "không thể tính lùi: \(why)" : "cannot count backwards: \(why)"
        }
    }

    /// `; did you mean "x"?`, as `MessageLanguage.didYouMean` says it (the calendar does not
    /// depend on Diagnostics).
    private func didYouMean(_ suggestion: String?, vietnamese vi: Bool) -> String {
        guard let suggestion else { return "" }
        return vi ? "; có phải ý bạn là \"\(suggestion)\"?" : "; did you mean \"\(suggestion)\"?"
    }
}

@inline(__always) func pad2(_ n: Int) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
@inline(__always) func pad4(_ n: Int) -> String {
    let s = String(n)
    return n >= 0 && s.count < 4 ? String(repeating: "0", count: 4 - s.count) + s : s
}
