/// Why a duration, office hours or a set of decisions is wrong: a typed value, said in English
/// (`description`) or Vietnamese (`vietnameseDescription`) when the error is printed.
public enum CalendarReason: Equatable, Sendable, CustomStringConvertible {
    case negativeAmount
    case amountTooLarge
    case fractionalCalendarDays
    case emptyTerm
    case notANumber(String)
    case noSession
    case sessionEndsBeforeStart(String)
    case sessionOverlaps(String, previous: String)
    case notASession(String)
    case dayOffAndWorkingDay
    case twoDecisions(group: String, year: Int)
    case cannotCountBack(String)

    public var description: String { text(vietnamese: false) }

    public var vietnameseDescription: String { text(vietnamese: true) }

    /// The reason in one language; each case says its English and Vietnamese side by side.
    func text(vietnamese vi: Bool) -> String {
        switch self {
        case .negativeAmount: vi ? "số lượng phải là một số ≥ 0" : "the amount must be a number ≥ 0"
        case .amountTooLarge: vi ? "số lượng không được quá 10000" : "the amount must be at most 10000"
        case .fractionalCalendarDays: vi ? "ngày theo lịch phải là số ngày nguyên" : "calendar days must be whole days"
        case .emptyTerm:
            vi ? "có một vế trống; hãy viết ví dụ \"3 working days\"" : "an empty term; write e.g. \"3 working days\""
        case .notANumber(let word):
            vi
                ? "\"\(word)\" không phải là một số; hãy viết ví dụ \"3 working days\" hoặc \"same day\""
                : "\"\(word)\" is not a number; write e.g. \"3 working days\" or \"same day\""
        case .noSession: vi ? "không có buổi làm việc nào" : "no session"
        case .sessionEndsBeforeStart(let session):
            vi ? "buổi \(session) kết thúc trước khi bắt đầu" : "session \(session) ends before it starts"
        case .sessionOverlaps(let session, let previous):
            vi
                ? "buổi \(previous) trùng hoặc nằm sau buổi \(session)"
                : "session \(previous) overlaps or follows \(session)"
        case .notASession(let text): vi ? "\"\(text)\" không có dạng HH:MM-HH:MM" : "\"\(text)\" is not HH:MM-HH:MM"
        case .dayOffAndWorkingDay:
            vi ? "vừa được khai báo là ngày nghỉ vừa là ngày làm việc" : "declared both a day off and a working day"
        case .twoDecisions(let group, let year):
            vi
                ? "hai quyết định cùng quy định các ngày \(group) của năm \(year)"
                : "two decisions set the \(group) days of \(year)"
        case .cannotCountBack(let duration):
            vi
                ? "\"\(duration)\" có vế tính theo ngày lịch hoặc trong ngày; chỉ ngày làm việc và giờ làm việc mới tính lùi được"
                : "\"\(duration)\" has calendar-day or same-day terms; only working days and hours can be counted back"
        }
    }
}
