/// One line of a deadline's explanation: what a day contributed to the count, and why.
public struct ExplanationEntry: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        /// Working time (or a calendar day) counted toward the deadline.
        case counted
        /// Not counted: a non-working day, or before the clock started.
        case skipped
        /// A working day entirely inside a pause.
        case paused
        /// After a calendar-day period ended on a non-working day, on the way to the next working day.
        case moved
    }

    public struct Reason: Sendable, Hashable, Codable {
        /// Stable code: received, after_cutoff, outside_office_hours, non_working_day, next_working_day_rule,
        /// weekend, holiday, compensatory, swapped_off, worked_saturday, paused, calendar_day_zero, calendar_day,
        /// period_end_moved, due.
        public let code: String
        public let text: String
        /// The same in Vietnamese (`explanationText(language: .vi)`, and `text_vi` in the JSON).
        public let vietnamese: String

        init(code: String, text: String, vi: String) {
            self.code = code
            self.text = text
            vietnamese = vi
        }

        enum CodingKeys: String, CodingKey {
            case code, text
            case vietnamese = "text_vi"
        }
    }

    public let date: CivilDate
    /// "Mon" … "Sun", for readers of the JSON.
    public let weekday: String
    public let status: Status
    /// Working minutes counted toward working-day, working-hour and same-day periods.
    public let countedMinutes: Int
    /// Minutes of the day inside a pause, within the counting window (working minutes for working
    /// periods, all minutes for calendar-day periods).
    public let pausedMinutes: Int
    /// Working minutes counted so far, this day included.
    public let totalCountedMinutes: Int
    /// For calendar-day periods: the ordinal of this day (day 1 is the day after the clock starts).
    public let calendarDay: Int?
    public let reasons: [Reason]

    enum CodingKeys: String, CodingKey {
        case date, weekday, status
        case countedMinutes = "counted_minutes"
        case pausedMinutes = "paused_minutes"
        case totalCountedMinutes = "total_counted_minutes"
        case calendarDay = "calendar_day"
        case reasons
    }
}

/// Builds the day-by-day explanation by walking the days of a plan (the only day loop; the due
/// instant itself comes from the index).
enum ExplanationBuilder {
    static func entries(_ plan: DeadlinePlan, _ calendar: WorkCalendar) -> [ExplanationEntry] {
        let oh = calendar.officeHours
        let firstDay = floorDiv(plan.received, 1440)
        let lastDay = floorDiv(plan.due, 1440)
        var out: [ExplanationEntry] = []
        var counted = 0
        for day in firstDay...max(firstDay, lastDay) {
            let date = CivilDate(uncheckedDayNumber: day)
            let kind = calendar.dayKind(of: date)
            let dayStart = day * 1440
            let dayEnd = dayStart + 1440
            var reasons: [ExplanationEntry.Reason] = []
            if day == firstDay { reasons.append(receivedReason(plan, calendar)) }

            var countedToday = 0
            var pausedToday = 0
            var calendarDay: Int?
            var moved = false
            for w in plan.windows {
                let lo = max(w.start, dayStart)
                let hi = min(w.end, dayEnd)
                switch w.term.unit {
                case .workingDays, .workingHours, .sameDay:
                    guard kind.isWorkingDay, lo < hi else { continue }
                    let total = workingMinutes(oh, lo - dayStart, hi - dayStart)
                    let paused = plan.pauses.reduce(0) { sum, p in
                        let a = max(p.start, lo)
                        let b = min(p.end, hi)
                        return a < b ? sum + workingMinutes(oh, a - dayStart, b - dayStart) : sum
                    }
                    countedToday += total - paused
                    pausedToday += paused
                case .calendarDays:
                    let nominal = w.nominalEnd ?? w.end
                    let wStartDay = floorDiv(w.start, 1440)
                    let nominalDay = floorDiv(nominal - 1, 1440)
                    if day == wStartDay {
                        reasons.append(
                            .init(
                                code: "calendar_day_zero",
                                text: "a period in days starts on the next day: this day is not counted",
                                vi: "thời hạn tính theo ngày bắt đầu từ ngày hôm sau: ngày này không tính"))
                    } else if day <= nominalDay {
                        calendarDay = day - wStartDay
                        let a = max(w.start, dayStart)
                        let b = min(nominal, dayEnd)
                        pausedToday += plan.pauses.reduce(0) { sum, p in
                            let x = max(p.start, a)
                            let y = min(p.end, b)
                            return x < y ? sum + (y - x) : sum
                        }
                    } else if day <= floorDiv(w.end, 1440) {
                        moved = true
                    }
                }
            }
            counted += countedToday

            if let r = kindReason(kind) { reasons.append(r) }
            if let n = calendarDay {
                let total = plan.windows.first { $0.term.unit == .calendarDays }.map { Int($0.term.amount) } ?? n
                reasons.append(
                    .init(
                        code: "calendar_day", text: "calendar day \(n) of \(total)", vi: "ngày thứ \(n) trên \(total)"))
            }
            if moved {
                reasons.append(
                    .init(
                        code: "period_end_moved",
                        text: "the period ended on a non-working day: it ends at the end of the next working day",
                        vi: "thời hạn kết thúc vào ngày nghỉ: kéo dài đến hết ngày làm việc tiếp theo"))
            }
            if pausedToday > 0 {
                reasons.append(
                    .init(
                        code: "paused", text: "paused \(hm(pausedToday)) (waiting on the applicant)",
                        vi: "tạm dừng \(hm(pausedToday)) (chờ người nộp hồ sơ)"))
            }
            if day == lastDay {
                let dueTime = LocalDateTime(absoluteMinute: plan.due).time
                reasons.append(.init(code: "due", text: "due at \(dueTime)", vi: "hết hạn lúc \(dueTime)"))
            }

            let status: ExplanationEntry.Status
            if countedToday > 0 || calendarDay != nil {
                status = .counted
            } else if pausedToday > 0 {
                status = .paused
            } else if moved {
                status = .moved
            } else {
                status = .skipped
            }
            out.append(
                ExplanationEntry(
                    date: date, weekday: date.weekday.shortName, status: status, countedMinutes: countedToday,
                    pausedMinutes: pausedToday, totalCountedMinutes: counted,
                    calendarDay: calendarDay, reasons: reasons))
        }
        return out
    }

    static func receivedReason(_ plan: DeadlinePlan, _ calendar: WorkCalendar) -> ExplanationEntry.Reason {
        let received = LocalDateTime(absoluteMinute: plan.received).time
        let start = LocalDateTime(absoluteMinute: plan.start)
        switch plan.startReason {
        case .withinOfficeHours:
            return .init(
                code: "received", text: "received \(received), within office hours: the clock starts at once",
                vi: "tiếp nhận lúc \(received), trong giờ hành chính: bắt đầu tính ngay")
        case .outsideOfficeHours:
            return .init(
                code: "outside_office_hours",
                text:
                    "received \(received), outside office hours: the clock starts at \(start.time)\(sameDay(plan) ? "" : " on \(start.date)")",
                vi:
                    "tiếp nhận lúc \(received), ngoài giờ hành chính: bắt đầu tính từ \(start.time)\(sameDay(plan) ? "" : " ngày \(start.date.vietnameseText)")"
            )
        case .afterCutoff:
            return .init(
                code: "after_cutoff",
                text: "received \(received), after the \(calendar.cutoff) cut-off: counted from the next working day",
                vi: "tiếp nhận lúc \(received), sau \(calendar.cutoff): tính từ ngày làm việc tiếp theo")
        case .nonWorkingDay:
            return .init(
                code: "non_working_day",
                text: "received \(received) on a non-working day: counted from the next working day",
                vi: "tiếp nhận lúc \(received) vào ngày nghỉ: tính từ ngày làm việc tiếp theo")
        case .nextWorkingDayRule:
            return .init(
                code: "next_working_day_rule",
                text: "received \(received); this procedure's clock starts on the next working day",
                vi: "tiếp nhận lúc \(received); thủ tục này tính từ ngày làm việc tiếp theo")
        }
    }

    private static func sameDay(_ plan: DeadlinePlan) -> Bool {
        floorDiv(plan.received, 1440) == floorDiv(plan.start, 1440)
    }

    static func kindReason(_ kind: DayKind) -> ExplanationEntry.Reason? {
        switch kind {
        case .working: return nil
        case .weekend: return .init(code: "weekend", text: "weekend", vi: "nghỉ cuối tuần")
        case .holiday(let name, let nameEn):
            return .init(code: "holiday", text: "holiday: \(name) — \(nameEn)", vi: "nghỉ lễ, tết: \(name)")
        case .compensatory(let name, let nameEn):
            return .init(
                code: "compensatory", text: "compensatory day off for \(name) — \(nameEn)", vi: "nghỉ bù \(name)")
        case .swappedOff(let source, let name, _):
            return .init(
                code: "swapped_off", text: "swapped day off: \(name) (\(source))",
                vi: "nghỉ hoán đổi: \(name) (\(source))")
        case .workedSaturday(let source, let name, _):
            return .init(
                code: "worked_saturday", text: "worked Saturday: \(name) (\(source))",
                vi: "làm bù ngày thứ Bảy: \(name) (\(source))")
        }
    }

    /// Working minutes between two minutes of a working day.
    static func workingMinutes(_ oh: OfficeHours, _ from: Int, _ to: Int) -> Int {
        oh.workedMinutes(before: to) - oh.workedMinutes(before: from)
    }
}

/// "8h00", "0h30", "24h00".
func hm(_ minutes: Int) -> String { "\(minutes / 60)h\(pad2(minutes % 60))" }
