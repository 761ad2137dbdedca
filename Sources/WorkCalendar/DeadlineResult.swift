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

    init(plan: DeadlinePlan, calendar: WorkCalendar) {
        received = LocalDateTime(absoluteMinute: plan.received)
        clockStartRule = plan.rule
        clockStart = LocalDateTime(absoluteMinute: plan.start)
        clockStartReason = plan.startReason
        duration = plan.duration
        due = LocalDateTime(absoluteMinute: plan.due)
        entries = ExplanationBuilder.entries(plan, calendar)
        countedMinutes = entries.last?.totalCountedMinutes ?? 0
        workingBudgetMinutes = plan.windows.contains { $0.term.unit == .calendarDays }
            ? nil : plan.windows.reduce(0) { $0 + $1.budget }
        minutesPerWorkingDay = calendar.officeHours.minutesPerDay
        pauses = plan.pauses.map {
            // Merged pauses are valid by construction.
            try! PauseInterval(from: LocalDateTime(absoluteMinute: $0.start), to: LocalDateTime(absoluteMinute: $0.end))
        }
        officeHoursText = calendar.officeHours.sessions.map(\.description).joined(separator: ", ")
    }

    /// "07:00–11:30, 13:30–17:00", for the explanation header.
    public let officeHoursText: String

    enum CodingKeys: String, CodingKey {
        case received, clockStartRule = "clock_start_rule", clockStart = "clock_start"
        case clockStartReason = "clock_start_reason", duration, due, countedMinutes = "counted_minutes"
        case workingBudgetMinutes = "working_budget_minutes"
        case minutesPerWorkingDay = "minutes_per_working_day", pauses, entries, officeHoursText = "office_hours"
    }

    /// Plain text for people, stable enough to compare with golden files.
    public func explanationText() -> String {
        var lines: [String] = []
        lines.append("Deadline: \(duration) (1 working day = \(hm(minutesPerWorkingDay)): \(officeHoursText))")
        lines.append("Received: \(received) (\(received.date.weekday.shortName))")
        let rule = clockStartRule == .receipt ? "from receipt" : "from the next working day"
        lines.append("Clock starts: \(clockStart) (\(clockStart.date.weekday.shortName)), rule: \(rule)")
        for p in pauses {
            lines.append("Paused: \(p.start) → \(p.end)")
        }
        lines.append("Day by day:")
        let working = duration.terms.contains { $0.unit != .calendarDays }
        for e in entries {
            var cells = ["  \(e.date) \(e.date.weekday.shortName)", e.status.rawValue.padding(7)]
            var notes: [String] = []
            if e.countedMinutes > 0 || (working && e.status == .counted && e.calendarDay == nil) {
                let of = workingBudgetMinutes.map { " of \(hm($0))" } ?? ""
                notes.append("\(hm(e.countedMinutes)) (total \(hm(e.totalCountedMinutes))\(of))")
            }
            notes += e.reasons.map(\.text)
            cells.append(notes.joined(separator: "; "))
            lines.append(cells.joined(separator: "  "))
        }
        lines.append("Due: \(due) (\(due.date.weekday.shortName))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Pretty-printed JSON with sorted keys (deterministic).
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
