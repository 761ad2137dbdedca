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
                    LoaderMessage.dateOutsideFileYear(key: key, date: date.value, year: year), at: date.range)
            }
        }
        // A worked day in exchange is a Saturday (the state sector's swaps always are).
        for date in located["working_days"] ?? [] where date.value.weekday != .saturday {
            context.report(
                .invalidValue,
                LoaderMessage.workedDayNotSaturday(date: date.value),
                at: date.range)
        }
        // A swap pairs each day off with a worked day.
        let off = located["days_off"] ?? []
        let work = located["working_days"] ?? []
        if off.count != work.count {
            let first = (off.count > work.count ? off : work)[min(off.count, work.count)]
            context.report(
                .invalidValue,
                LoaderMessage.unpairedSwap(offCount: off.count, workCount: work.count),
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
                    LoaderMessage.holidaySwappedAway(date: date.value, name: name),
                    at: date.range)
            }
        }
        for date in off {
            if date.value.weekday.isWeekend {
                context.report(
                    .invalidValue,
                    LoaderMessage.swappedDayOffNotWeekday(date: date.value), at: date.range)
            } else if let name = holidays[date.value] {
                context.report(
                    .invalidValue,
                    LoaderMessage.swappedDayOffAlreadyHoliday(date: date.value, name: name), at: date.range)
            }
        }
        // Tết days lie around lunar 1/1 of the year.
        if let tet = lunar.solarDate(of: LunarDate(day: 1, month: 1, year: year)) {
            for date in located["tet_days"] ?? [] where date.value.year == year && abs(tet.days(to: date.value)) > 10 {
                context.report(
                    .invalidValue,
                    LoaderMessage.tetDayTooFar(date: date.value, tet: tet), at: date.range)
            }
        }
    }

}
