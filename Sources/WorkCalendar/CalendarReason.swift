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

    public var description: String {
        switch self {
        case .negativeAmount: "the amount must be a number ≥ 0"
        case .amountTooLarge: "the amount must be at most 10000"
        case .fractionalCalendarDays: "calendar days must be whole days"
        case .emptyTerm: "an empty term; write e.g. \"3 working days\""
        case .notANumber(let word): "\"\(word)\" is not a number; write e.g. \"3 working days\" or \"same day\""
        case .noSession: "no session"
        case .sessionEndsBeforeStart(let session): "session \(session) ends before it starts"
        case .sessionOverlaps(let session, let previous): "session \(previous) overlaps or follows \(session)"
        case .notASession(let text): "\"\(text)\" is not HH:MM-HH:MM"
        case .dayOffAndWorkingDay: "declared both a day off and a working day"
        case .twoDecisions(let group, let year): "two decisions set the \(group) days of \(year)"
        case .cannotCountBack(let duration):
            "\"\(duration)\" has calendar-day or same-day terms; only working days and hours can be counted back"
        }
    }

    public var vietnameseDescription: String {
        switch self {
        case .negativeAmount: "số lượng phải là một số ≥ 0"
        case .amountTooLarge: "số lượng không được quá 10000"
        case .fractionalCalendarDays: "ngày theo lịch phải là số ngày nguyên"
        case .emptyTerm: "có một vế trống; hãy viết ví dụ \"3 working days\""
        case .notANumber(let word):
            "\"\(word)\" không phải là một số; hãy viết ví dụ \"3 working days\" hoặc \"same day\""
        case .noSession: "không có buổi làm việc nào"
        case .sessionEndsBeforeStart(let session): "buổi \(session) kết thúc trước khi bắt đầu"
        case .sessionOverlaps(let session, let previous): "buổi \(previous) trùng hoặc nằm sau buổi \(session)"
        case .notASession(let text): "\"\(text)\" không có dạng HH:MM-HH:MM"
        case .dayOffAndWorkingDay: "vừa được khai báo là ngày nghỉ vừa là ngày làm việc"
        case .twoDecisions(let group, let year): "hai quyết định cùng quy định các ngày \(group) của năm \(year)"
        case .cannotCountBack(let duration):
            "\"\(duration)\" có vế tính theo ngày lịch hoặc trong ngày; chỉ ngày làm việc và giờ làm việc mới tính lùi được"
        }
    }
}
