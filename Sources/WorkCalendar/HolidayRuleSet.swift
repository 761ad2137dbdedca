/// A versioned set of holiday rules, the weekly rest days and the compensation rule.
public struct HolidayRuleSet: Sendable, Hashable {
    /// A group of rules a decision can replace as a whole, with the name given to its replacement days.
    public struct Group: Sendable, Hashable {
        public let id: String
        public let name: String
        public let nameEn: String
        /// Where the compensatory days of the group's days that fall on a weekly rest day go.
        public let compensation: GroupCompensation

        public init(id: String, name: String, nameEn: String, compensation: GroupCompensation = .afterEach) {
            self.id = id
            self.name = name
            self.nameEn = nameEn
            self.compensation = compensation
        }
    }

    /// How a group's weekend days are made up when no decision sets the group's days.
    public enum GroupCompensation: Sendable, Hashable {
        /// Each on the next free working day after it (Labor Code 2019, Art. 112(3)).
        case afterEach
        /// Alternately on the last free working day before the group's first day and the first free
        /// working day after its last day, starting before — what the yearly Tết decisions of
        /// 2020–2025 did (docs/calendar.md §4, "Tết default").
        case beforeThenAfter
    }

    public let name: String
    public let rules: [HolidayRule]
    public let groups: [Group]
    public let weekendDays: Set<Weekday>
    /// Holidays on a weekly rest day get a compensatory day (the next working day) from this date.
    public let compensationFrom: CivilDate?

    public init(
        name: String, rules: [HolidayRule], groups: [Group], weekendDays: Set<Weekday>, compensationFrom: CivilDate?
    ) {
        self.name = name
        self.rules = rules
        self.groups = groups
        self.weekendDays = weekendDays
        self.compensationFrom = compensationFrom
    }

    public func rule(id: String) -> HolidayRule? { rules.first { $0.id == id } }
    public func group(id: String) -> Group? { groups.first { $0.id == id } }

    /// The effective occurrences of every rule in a Gregorian year, sorted by date.
    public func occurrences(inYear year: Int, lunar: LunarCalendar) -> [HolidayOccurrence] {
        // Relative rules ask for their anchor's date (four Tết days ask for the first), and a lunar
        // date costs a dozen new-moon computations: each rule's date is worked out once a year.
        var known = [CivilDate??](repeating: nil, count: rules.count)
        return rules.indices.compactMap { index in
            let rule = rules[index]
            guard let date = date(ofRuleAt: index, inYear: year, lunar: lunar, depth: 0, known: &known),
                rule.isEffective(on: date)
            else { return nil }
            return HolidayOccurrence(date: date, rule: rule)
        }
        .sorted { $0.date < $1.date }
    }

    /// A rule's date in a year, ignoring effective dates (an anchor is still an anchor before it is a
    /// holiday). `known` keeps the dates already worked out this year, by the rule's position.
    private func date(
        ofRuleAt index: Int, inYear year: Int, lunar: LunarCalendar, depth: Int, known: inout [CivilDate??]
    ) -> CivilDate? {
        if let date = known[index] { return date }
        guard depth < 8 else { return nil }  // a cycle of relative rules yields nothing rather than looping
        let date: CivilDate?
        switch rules[index].kind {
        case .fixedSolar(let month, let day):
            date = try? CivilDate(year, month, day)
        case .lunar(let month, let day):
            date = lunar.solarDate(of: LunarDate(day: day, month: month, year: year))
        case .relative(let anchorID, let days):
            date = anchorDate(anchorID, inYear: year, lunar: lunar, depth: depth, known: &known)
                .flatMap { try? $0.adding(days: days) }
        case .adjacent(let anchorID, let offsets):
            date = anchorDate(anchorID, inYear: year, lunar: lunar, depth: depth, known: &known)
                .flatMap { base in offsets[base.weekday].flatMap { try? base.adding(days: $0) } }
        }
        // A date found is the rule's date; a nil found deeper may be the depth limit's, not the rule's.
        if date != nil || depth == 0 { known[index] = date }
        return date
    }

    private func anchorDate(
        _ id: String, inYear year: Int, lunar: LunarCalendar, depth: Int, known: inout [CivilDate??]
    ) -> CivilDate? {
        guard let anchor = rules.firstIndex(where: { $0.id == id }) else { return nil }
        return date(ofRuleAt: anchor, inYear: year, lunar: lunar, depth: depth + 1, known: &known)
    }
}

extension HolidayRuleSet {
    /// Public holidays of the Labor Code 2019 (Art. 112), with the effective dates of the older
    /// versions folded into the rules (Labor Code 1994 as amended in 2007, Labor Code 2012) and
    /// Vietnam Culture Day from 2026. Weekly rest: Saturday and Sunday (the state sector's 40-hour week).
    public static let vietnamLaborCode2019: HolidayRuleSet = {
        let tet = "tet"
        let nationalDay = "national-day"
        func from(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(unchecked: y, m, d) }
        let lc2019 = "Bộ luật Lao động 2019, Điều 112 (Labor Code 2019, Art. 112)"
        let rules: [HolidayRule] = [
            HolidayRule(
                id: "new-year", name: "Tết Dương lịch", nameEn: "New Year's Day",
                kind: .fixedSolar(month: 1, day: 1), basis: lc2019),
            HolidayRule(
                id: "tet-eve", name: "Tết Nguyên Đán (ngày cuối năm âm lịch)", nameEn: "Lunar New Year's Eve (Tết)",
                kind: .relative(to: "tet-1", days: -1), group: tet, basis: lc2019),
            HolidayRule(
                id: "tet-1", name: "Tết Nguyên Đán (mùng 1)", nameEn: "Lunar New Year (Tết), day 1",
                kind: .lunar(month: 1, day: 1), group: tet, basis: lc2019),
            HolidayRule(
                id: "tet-2", name: "Tết Nguyên Đán (mùng 2)", nameEn: "Lunar New Year (Tết), day 2",
                kind: .relative(to: "tet-1", days: 1), group: tet, basis: lc2019),
            HolidayRule(
                id: "tet-3", name: "Tết Nguyên Đán (mùng 3)", nameEn: "Lunar New Year (Tết), day 3",
                kind: .relative(to: "tet-1", days: 2), group: tet, basis: lc2019),
            // The fifth Tết day arrived with the Labor Code 2012 (applied from Tết 2013).
            HolidayRule(
                id: "tet-4", name: "Tết Nguyên Đán (mùng 4)", nameEn: "Lunar New Year (Tết), day 4",
                kind: .relative(to: "tet-1", days: 3), group: tet, effectiveFrom: from(2013, 1, 1),
                basis: "Bộ luật Lao động 2012, Điều 115 (Labor Code 2012, Art. 115)"),
            // Hùng Kings' day became a paid holiday with the 2007 amendment of the Labor Code 1994.
            HolidayRule(
                id: "hung-kings", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", nameEn: "Hùng Kings' Commemoration Day",
                kind: .lunar(month: 3, day: 10), effectiveFrom: from(2007, 1, 1),
                basis: "Bộ luật Lao động 1994 sửa đổi 2007, Điều 73 (Labor Code 1994 as amended 2007)"),
            HolidayRule(
                id: "victory-day", name: "Ngày Chiến thắng (30/4)", nameEn: "Victory Day (Reunification Day)",
                kind: .fixedSolar(month: 4, day: 30), basis: lc2019),
            HolidayRule(
                id: "labour-day", name: "Ngày Quốc tế Lao động (1/5)", nameEn: "International Labour Day",
                kind: .fixedSolar(month: 5, day: 1), basis: lc2019),
            HolidayRule(
                id: "national-day", name: "Quốc khánh (2/9)", nameEn: "National Day",
                kind: .fixedSolar(month: 9, day: 2), group: nationalDay, basis: lc2019),
            // "2/9 and one adjacent day, before or after" (Labor Code 2019, in force 1 Jan 2021). The Prime
            // Minister picks the side each year; the default picks the side that joins the weekend, which
            // matches the decisions of 2024 (Mon→Tue), 2025 (Tue→Mon) and 2026 (Wed→Tue).
            HolidayRule(
                id: "national-day-adjacent", name: "Quốc khánh (ngày liền kề)", nameEn: "National Day (adjacent day)",
                kind: .adjacent(
                    to: "national-day",
                    offsetByWeekday: [
                        .monday: 1, .tuesday: -1, .wednesday: -1, .thursday: 1,
                        .friday: -1, .saturday: -1, .sunday: 1,
                    ]),
                group: nationalDay, effectiveFrom: from(2021, 1, 1), basis: lc2019),
            // Policy: Politburo Resolution 80-NQ/TW; the Government's Resolution 30/NQ-CP (reported 26 Feb
            // 2026) tasks amending Labor Code Art. 112(1) to add it. The amending law or National Assembly
            // resolution itself was not found (docs/calendar.md §4): its number is unverified.
            HolidayRule(
                id: "culture-day", name: "Ngày Văn hóa Việt Nam (24/11)", nameEn: "Vietnam Culture Day",
                kind: .fixedSolar(month: 11, day: 24), effectiveFrom: from(2026, 1, 1),
                basis:
                    "Nghị quyết 80-NQ/TW ngày 07/01/2026; Nghị quyết 30/NQ-CP giao sửa khoản 1 Điều 112 Bộ luật Lao động (văn bản sửa đổi chưa xác minh) — Politburo Resolution 80-NQ/TW; Government Resolution 30/NQ-CP tasks amending Labor Code Art. 112(1) (amending instrument unverified)"
            ),
        ]
        return HolidayRuleSet(
            name: "vietnam-labor-code-2019",
            rules: rules,
            groups: [
                Group(
                    id: tet, name: "Nghỉ Tết Nguyên Đán", nameEn: "Lunar New Year (Tết) holiday",
                    compensation: .beforeThenAfter),
                Group(id: nationalDay, name: "Nghỉ lễ Quốc khánh", nameEn: "National Day holiday"),
            ],
            weekendDays: [.saturday, .sunday],
            // Labor Code 1994 (in force 1 Jan 1995) introduced the compensatory day.
            compensationFrom: from(1995, 1, 1)
        )
    }()
}
