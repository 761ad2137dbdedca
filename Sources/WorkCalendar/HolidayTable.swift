/// Resolves rules and decisions into the days that differ from an ordinary week, once, for 1900–2100.
///
/// Precedence (strongest first): a decision's working day, a decision's day off, a holiday,
/// a compensatory day, the weekly rest day.
struct HolidayTable: Sendable {
    /// Day number → kind, only for days that are not plain working days or plain weekends.
    let special: [Int: DayKind]

    init(rules: HolidayRuleSet, decisions: [OfficialDecision], lunar: LunarCalendar) throws {
        var decisionOff: [Int: DayKind] = [:]
        var decisionWork: [Int: DayKind] = [:]
        for decision in decisions {
            for day in decision.daysOff {
                decisionOff[day.date.dayNumber] = .swappedOff(
                    source: decision.source, name: day.name, nameEn: day.nameEn)
            }
            for day in decision.workingDays {
                decisionWork[day.date.dayNumber] = .workedSaturday(
                    source: decision.source, name: day.name, nameEn: day.nameEn)
            }
        }
        if let clash = decisionOff.keys.filter({ decisionWork[$0] != nil }).min() {
            throw CalendarError.conflictingDecisions(CivilDate(uncheckedDayNumber: clash), .dayOffAndWorkingDay)
        }

        // (group, year) → official dates that replace the group's rule dates that year.
        var overrides: [String: [CivilDate]] = [:]
        for decision in decisions {
            for (group, dates) in decision.groupOverrides {
                let key = "\(group)/\(dates[0].year)"
                if overrides[key] != nil {
                    throw CalendarError.conflictingDecisions(
                        dates[0], .twoDecisions(group: "\(group)", year: dates[0].year))
                }
                overrides[key] = dates
            }
        }

        struct Holiday { let name: String, nameEn: String, compensated: Bool }
        var holidays: [Int: Holiday] = [:]
        // Groups whose weekend days are made up around the group (Tết), one entry per year.
        var aroundGroups: [[HolidayOccurrence]] = []
        for year in CivilDate.supportedYears {
            var occurrences = rules.occurrences(inYear: year, lunar: lunar)
            for (key, dates) in overrides where key.hasSuffix("/\(year)") {
                let groupID = String(key.prefix(while: { $0 != "/" }))
                let group = rules.group(id: groupID)
                let inGroup = occurrences.filter { $0.rule.group == groupID }
                occurrences.removeAll { $0.rule.group == groupID }
                // A rule day on a rest day keeps its name but gets no compensation: the decision already
                // chose the days off. A rule day on a working day that the decision does not list is dropped.
                for o in inGroup where rules.weekendDays.contains(o.date.weekday) && !dates.contains(o.date) {
                    holidays[o.date.dayNumber] = Holiday(name: o.rule.name, nameEn: o.rule.nameEn, compensated: false)
                }
                for date in dates {
                    let named = inGroup.first { $0.date == date }
                    holidays[date.dayNumber] = Holiday(
                        name: named?.rule.name ?? group?.name ?? groupID,
                        nameEn: named?.rule.nameEn ?? group?.nameEn ?? groupID,
                        compensated: false
                    )
                }
            }
            for group in rules.groups where group.compensation == .beforeThenAfter {
                let inGroup = occurrences.filter { $0.rule.group == group.id && holidays[$0.date.dayNumber] == nil }
                guard !inGroup.isEmpty else { continue }
                for o in inGroup {
                    holidays[o.date.dayNumber] = Holiday(name: o.rule.name, nameEn: o.rule.nameEn, compensated: false)
                }
                aroundGroups.append(inGroup)
            }
            for o in occurrences where holidays[o.date.dayNumber] == nil {
                holidays[o.date.dayNumber] = Holiday(
                    name: o.rule.name, nameEn: o.rule.nameEn, compensated: o.rule.compensated)
            }
        }

        // Compensation: a holiday on a weekly rest day gives the next day that is neither a rest day,
        // a holiday, a decision's day off nor already a compensatory day (Labor Code 2019, Art. 112(3)).
        var compensatory: [Int: DayKind] = [:]
        let last = CivilDate.lastDayNumber
        let first = CivilDate.firstDayNumber
        func isFree(_ d: Int) -> Bool {
            !rules.weekendDays.contains(Weekday.of(dayNumber: d)) && holidays[d] == nil
                && decisionOff[d] == nil && compensatory[d] == nil
        }
        // Tết: the k-th weekend day of the group is made up before the group's first day (k even) or
        // after its last day (k odd), so the break stays one block (2020–2025 decisions).
        for group in aroundGroups {
            let sorted = group.sorted { $0.date < $1.date }
            let onRest = sorted.filter { o in
                o.rule.compensated && rules.weekendDays.contains(o.date.weekday)
                    && !(rules.compensationFrom.map { o.date < $0 } ?? false)
            }
            for (k, o) in onRest.enumerated() {
                let step = k % 2 == 0 ? -1 : 1
                var d = (step < 0 ? sorted.first! : sorted.last!).date.dayNumber + step
                while d >= first, d <= last, !isFree(d) { d += step }
                if d >= first, d <= last {
                    compensatory[d] = .compensatory(forName: o.rule.name, forNameEn: o.rule.nameEn)
                }
            }
        }
        for dayNumber in holidays.keys.sorted() {
            let h = holidays[dayNumber]!
            let date = CivilDate(uncheckedDayNumber: dayNumber)
            guard h.compensated, rules.weekendDays.contains(date.weekday) else { continue }
            if let from = rules.compensationFrom, date < from { continue }
            var d = dayNumber + 1
            while d <= last, !isFree(d) { d += 1 }
            if d <= last { compensatory[d] = .compensatory(forName: h.name, forNameEn: h.nameEn) }
        }

        var special = compensatory
        for (d, h) in holidays { special[d] = .holiday(name: h.name, nameEn: h.nameEn) }
        for (d, k) in decisionOff { special[d] = k }
        for (d, k) in decisionWork { special[d] = k }
        self.special = special
    }
}
