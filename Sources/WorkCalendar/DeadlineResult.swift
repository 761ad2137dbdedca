#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A computed deadline: the due instant, how the clock started, and a day-by-day explanation.
public struct DeadlineResult: Sendable, Hashable, Codable {
    public let received: LocalDateTime
    public let clockStartRule: ClockStart
    public let clockStart: LocalDateTime
    public let clockStartReason: ClockStartReason
    public let duration: WorkDuration
    public let due: LocalDateTime
    /// Working minutes counted toward working-day, working-hour and same-day periods.
    public let countedMinutes: Int
    /// The working minutes the duration asks for, when it has no calendar-day term.
    public let workingBudgetMinutes: Int?
    /// Working minutes in one working day (8 h by default), to read `countedMinutes` as days.
    public let minutesPerWorkingDay: Int
    public let pauses: [PauseInterval]
    public let entries: [ExplanationEntry]
    /// Years between receipt and due that no official decision covers: the days off counted or
    /// skipped there are the rules' estimate (`YearStatus`).
    public let estimatedYears: [Int]
    /// Whether any day counted or skipped lies in an estimated year (stored, so the JSON says it
    /// in a word).
    public let estimated: Bool

    init(plan: DeadlinePlan, calendar: WorkCalendar) {
        received = LocalDateTime(absoluteMinute: plan.received)
        clockStartRule = plan.rule
        clockStart = LocalDateTime(absoluteMinute: plan.start)
        clockStartReason = plan.startReason
        duration = plan.duration
        due = LocalDateTime(absoluteMinute: plan.due)
        entries = ExplanationBuilder.entries(plan, calendar)
        countedMinutes = entries.last?.totalCountedMinutes ?? 0
        workingBudgetMinutes =
            plan.windows.contains { $0.term.unit == .calendarDays }
            ? nil : plan.windows.reduce(0) { $0 + $1.budget }
        minutesPerWorkingDay = calendar.officeHours.minutesPerDay
        pauses = plan.pauses.map {
            // Merged pauses are valid by construction.
            try! PauseInterval(from: LocalDateTime(absoluteMinute: $0.start), to: LocalDateTime(absoluteMinute: $0.end))
        }
        officeHoursText = calendar.officeHours.sessions.map(\.description).joined(separator: ", ")
        estimatedYears = calendar.estimatedYears(from: received.date, through: max(due, received).date)
        estimated = !estimatedYears.isEmpty
    }

    /// "07:00–11:30, 13:30–17:00", for the explanation header.
    public let officeHoursText: String

    enum CodingKeys: String, CodingKey {
        case received
        case clockStartRule = "clock_start_rule"
        case clockStart = "clock_start"
        case clockStartReason = "clock_start_reason"
        case duration, due
        case countedMinutes = "counted_minutes"
        case workingBudgetMinutes = "working_budget_minutes"
        case minutesPerWorkingDay = "minutes_per_working_day"
        case pauses, entries
        case officeHoursText = "office_hours"
        case estimated
        case estimatedYears = "estimated_years"
    }

    /// The sentence that says a due date rests on an estimate, or nil when every year is official.
    public func estimateNotice(language: Language = .en) -> String? {
        guard estimated else { return nil }
        let years = estimatedYears.map(String.init).joined(separator: ", ")
        switch language {
        case .en:
            return
                "Estimated: no official decision in the catalog covers \(years); the days off there are the rules' estimate "
                + "and may change when the decision is published (`tthc holidays \(estimatedYears[0])` says what it assumes)"
        case .vi:
            return
                "Ước tính: danh mục chưa có quyết định chính thức cho năm \(years); ngày nghỉ của năm này được ước tính theo quy tắc "
                + "và có thể thay đổi khi có quyết định (`tthc holidays \(estimatedYears[0])` cho biết ước tính dựa trên giả định nào)"
        }
    }

    /// The language of `explanationText`.
    public enum Language: Sendable {
        case en, vi
    }

    /// Plain text for people, stable enough to compare with golden files; in Vietnamese with dates
    /// as DD/MM/YYYY (for clerks; the JSON carries both languages' reasons).
    public func explanationText(language: Language = .en) -> String {
        let w = language == .vi ? ExplanationWords.vietnamese : ExplanationWords.english
        var lines: [String] = []
        lines.append(
            "\(w.deadline): \(w.duration(duration)) (\(w.oneDay) = \(hm(minutesPerWorkingDay)): \(officeHoursText))")
        lines.append("\(w.received): \(w.instant(received))")
        let rule = clockStartRule == .receipt ? w.fromReceipt : w.fromNextWorkingDay
        lines.append("\(w.clockStarts): \(w.instant(clockStart)), \(w.rule): \(rule)")
        for p in pauses {
            lines.append("\(w.paused): \(w.time(p.start)) → \(w.time(p.end))")
        }
        lines.append("\(w.dayByDay):")
        let working = duration.terms.contains { $0.unit != .calendarDays }
        for e in entries {
            var cells = [
                "  \(w.date(e.date)) \(w.shortDay(e.date.weekday))", w.status(e.status).padding(w.statusWidth),
            ]
            var notes: [String] = []
            if e.countedMinutes > 0 || (working && e.status == .counted && e.calendarDay == nil) {
                let of = workingBudgetMinutes.map { " \(w.of) \(hm($0))" } ?? ""
                notes.append("\(hm(e.countedMinutes)) (\(w.total) \(hm(e.totalCountedMinutes))\(of))")
            }
            notes += e.reasons.map { language == .vi ? $0.vietnamese : $0.text }
            cells.append(notes.joined(separator: "; "))
            lines.append(cells.joined(separator: "  "))
        }
        lines.append("\(w.due): \(w.instant(due))")
        if let notice = estimateNotice(language: language) { lines.append(notice) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Pretty-printed JSON with sorted keys (deterministic).
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[LocalDateTime.withOffsetKey] = true
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

/// The words of an explanation, per language.
struct ExplanationWords {
    let deadline, oneDay, received, clockStarts, rule, fromReceipt, fromNextWorkingDay: String
    let paused, dayByDay, of, total, due: String
    let statusWidth: Int
    let status: (ExplanationEntry.Status) -> String
    let duration: (WorkDuration) -> String
    let time: (LocalDateTime) -> String
    let date: (CivilDate) -> String
    let shortDay: (Weekday) -> String
    let longDay: (Weekday) -> String

    /// An instant with its weekday: "2026-02-13 16:20 (Fri)", "16:20 ngày 13/02/2026 (Thứ Sáu)".
    func instant(_ t: LocalDateTime) -> String { "\(time(t)) (\(longDay(t.date.weekday)))" }

    static var english: ExplanationWords {
        ExplanationWords(
            deadline: "Deadline", oneDay: "1 working day", received: "Received", clockStarts: "Clock starts",
            rule: "rule",
            fromReceipt: "from receipt", fromNextWorkingDay: "from the next working day", paused: "Paused",
            dayByDay: "Day by day",
            of: "of", total: "total", due: "Due", statusWidth: 7, status: \.rawValue, duration: \.description,
            time: \.description,
            date: \.description, shortDay: \.shortName, longDay: \.shortName)
    }

    static var vietnamese: ExplanationWords {
        ExplanationWords(
            deadline: "Thời hạn", oneDay: "1 ngày làm việc", received: "Tiếp nhận", clockStarts: "Bắt đầu tính",
            rule: "quy tắc",
            fromReceipt: "từ khi tiếp nhận", fromNextWorkingDay: "từ ngày làm việc tiếp theo", paused: "Tạm dừng",
            dayByDay: "Từng ngày",
            of: "trên", total: "cộng dồn", due: "Hạn giải quyết", statusWidth: 10,
            status: { status in
                switch status {
                case .counted: "tính"
                case .skipped: "không tính"
                case .paused: "tạm dừng"
                case .moved: "dời hạn"
                }
            },
            duration: \.vietnameseDescription, time: \.vietnameseText, date: \.vietnameseText,
            shortDay: \.vietnameseShortName,
            longDay: \.vietnameseName)
    }
}
