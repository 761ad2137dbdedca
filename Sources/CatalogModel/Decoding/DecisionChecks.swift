import Diagnostics
import WorkCalendar
import YAMLReader

/// What `tthc check` asks of a yearly decision, so that a decision file written by hand from a
/// published notice cannot quietly change the calendar in a way no notice does.
enum DecisionChecks {
    static func check(
        _ decision: OfficialDecision, located: [String: [Located<CivilDate>]], year: Int, at range: SourceRange,
        in context: LoadContext
    ) {
        // Dates in the file's year: a decision of another year belongs in that year's file.
        for (key, dates) in located.sorted(by: { $0.key < $1.key }) {
            for date in dates where date.value.year != year {
                context.report(
                    .invalidValue,
                    Localized(
                        "\(key): \(date.value) is not in \(year), the year of this file; put it in calendar/\(date.value.year).yaml",
                        vi:
                            "\(key): \(date.value) không thuộc năm \(year) của tệp này; ghi vào calendar/\(date.value.year).yaml"
                    ), at: date.range)
            }
        }
        // A worked day in exchange is a Saturday (the state sector's swaps always are).
        for date in located["working_days"] ?? [] where date.value.weekday != .saturday {
            context.report(
                .invalidValue,
                Localized(
                    "\(date.value) is a \(dayName(date.value)) — a worked day in exchange (làm bù) must be a Saturday",
                    vi: "\(date.value) là \(date.value.weekday.vietnameseName) — ngày làm bù phải là Thứ Bảy"),
                at: date.range)
        }
        // A swap pairs each day off with a worked day.
        let off = located["days_off"] ?? []
        let work = located["working_days"] ?? []
        if off.count != work.count {
            let first = (off.count > work.count ? off : work)[min(off.count, work.count)]
            context.report(
                .invalidValue,
                Localized(
                    "this decision has \(off.count) day\(off.count == 1 ? "" : "s") off and \(work.count) worked day\(work.count == 1 ? "" : "s"): a swap pairs each day off (days_off) with a Saturday worked for it (working_days)",
                    vi:
                        "quyết định này có \(off.count) ngày nghỉ hoán đổi và \(work.count) ngày làm bù: mỗi ngày nghỉ (days_off) phải đi với một Thứ Bảy làm bù (working_days)"
                ),
                at: first.range)
        }
        // No holiday swapped away: a worked day is not a holiday, a day off is a working weekday.
        let lunar = LunarCalendar.vietnam
        var holidays: [CivilDate: String] = [:]
        for o in HolidayRuleSet.vietnamLaborCode2019.occurrences(inYear: year, lunar: lunar) {
            holidays[o.date] = o.rule.name
        }
        for date in decision.tetDays + decision.nationalDayDays {
            holidays[date] = holidays[date] ?? "ngày nghỉ lễ của quyết định"
        }
        for date in work {
            if let name = holidays[date.value] {
                context.report(
                    .invalidValue,
                    Localized(
                        "\(date.value) is a holiday (\(name)): a holiday cannot be swapped away into a working day",
                        vi: "\(date.value) là ngày lễ (\(name)): không được hoán đổi ngày lễ thành ngày làm việc"),
                    at: date.range)
            }
        }
        for date in off {
            if date.value.weekday.isWeekend {
                context.report(
                    .invalidValue,
                    Localized(
                        "\(date.value) is a \(dayName(date.value)): a swapped day off must be a working weekday",
                        vi:
                            "\(date.value) là \(date.value.weekday.vietnameseName): ngày nghỉ hoán đổi phải là ngày làm việc trong tuần"
                    ), at: date.range)
            } else if let name = holidays[date.value] {
                context.report(
                    .invalidValue,
                    Localized(
                        "\(date.value) is already a holiday (\(name)): a swapped day off must be a working day, or the swap gains nothing",
                        vi:
                            "\(date.value) đã là ngày lễ (\(name)): ngày nghỉ hoán đổi phải là ngày làm việc, nếu không việc hoán đổi là vô ích"
                    ), at: date.range)
            }
        }
        // Tết days lie around lunar 1/1 of the year.
        if let tet = lunar.solarDate(of: LunarDate(day: 1, month: 1, year: year)) {
            for date in located["tet_days"] ?? [] where date.value.year == year && abs(tet.days(to: date.value)) > 10 {
                context.report(
                    .invalidValue,
                    Localized(
                        "\(date.value) is \(abs(tet.days(to: date.value))) days from Tết (\(tet)): tet_days lists the days off around lunar 1/1",
                        vi:
                            "\(date.value) cách Tết (\(tet.vietnameseText)) \(abs(tet.days(to: date.value))) ngày: tet_days là các ngày nghỉ quanh mùng 1 tháng Giêng"
                    ), at: date.range)
            }
        }
    }

    private static func dayName(_ date: CivilDate) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][date.weekday.rawValue - 1]
    }
}
