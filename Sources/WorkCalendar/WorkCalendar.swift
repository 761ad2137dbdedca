/// The state sector's working calendar: holiday rules, yearly decisions, office hours and the
/// receipt cut-off, resolved once into a working-time index for 1900–2100.
public struct WorkCalendar: Sendable {
    public let rules: HolidayRuleSet
    public let decisions: [OfficialDecision]
    public let officeHours: OfficeHours
    /// A dossier received after this time counts as received at the start of the next working day.
    public private(set) var cutoff: TimeOfDay
    public let lunar: LunarCalendar

    let table: HolidayTable
    let index: WorkingTimeIndex
    /// Years whose Tết days a decision sets (`YearStatus`).
    let officialYears: Set<Int>

    /// Throws `CalendarError.conflictingDecisions` when decisions contradict each other.
    public init(
        rules: HolidayRuleSet = .vietnamLaborCode2019,
        decisions: [OfficialDecision] = [],
        officeHours: OfficeHours = .standard,
        cutoff: TimeOfDay = .defaultCutoff,
        lunar: LunarCalendar = .vietnam
    ) throws {
        self.rules = rules
        self.decisions = decisions
        self.officeHours = officeHours
        self.cutoff = cutoff
        self.lunar = lunar
        let table = try HolidayTable(rules: rules, decisions: decisions, lunar: lunar)
        self.table = table
        officialYears = Set(decisions.flatMap { $0.tetDays.map(\.year) })
        index = WorkingTimeIndex(officeHours: officeHours, isWorking: Self.workingDays(table: table, rules: rules))
    }

    /// Whether each day of 1900–2100 is a working day: the week's pattern, then the few thousand
    /// special days over it. Asking `kind(dayNumber:)` for each of the 73,000 days cost a hashed
    /// lookup and a date conversion a day, paid by every command that loads a catalog.
    private static func workingDays(table: HolidayTable, rules: HolidayRuleSet) -> [Bool] {
        let first = CivilDate.firstDayNumber
        let count = CivilDate.lastDayNumber - first + 1
        let restDays = bits(rules.weekendDays)
        let firstWeekday = Weekday.of(dayNumber: first).rawValue
        var working = [Bool](repeating: true, count: count)
        for i in 0..<count where restDays & 1 << ((firstWeekday - 1 + i) % 7 + 1) != 0 { working[i] = false }
        for (dayNumber, kind) in table.special where dayNumber >= first && dayNumber - first < count {
            working[dayNumber - first] = kind.isWorkingDay
        }
        return working
    }

    /// The same calendar with another receipt cut-off: the holidays and the working-time index
    /// are kept (building them works out two centuries of lunar months).
    public func with(cutoff: TimeOfDay) -> WorkCalendar {
        var copy = self
        copy.cutoff = cutoff
        return copy
    }

    /// The rules alone, no decisions, standard office hours.
    public static let rulesOnly: WorkCalendar = try! WorkCalendar()

    public func dayKind(of date: CivilDate) -> DayKind {
        Self.kind(dayNumber: date.dayNumber, table: table, restDays: Self.bits(rules.weekendDays))
    }

    /// Bit `Weekday.rawValue` set for each day of `days`.
    private static func bits(_ days: Set<Weekday>) -> UInt8 {
        days.reduce(0) { $0 | 1 << $1.rawValue }
    }

    private static func kind(dayNumber: Int, table: HolidayTable, restDays: UInt8) -> DayKind {
        if let k = table.special[dayNumber] { return k }
        return restDays & 1 << Weekday.of(dayNumber: dayNumber).rawValue != 0 ? .weekend : .working
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool { index.isWorking(day: date.dayNumber) }

    /// Holidays (also those on a weekend), compensatory days and swapped days off of a year, by date.
    public func nonWorkingDays(in year: Int) -> [CalendarDay] {
        days(in: year).filter { !$0.kind.isWorkingDay && $0.kind != .weekend }
    }

    /// Weekend days worked in exchange for a swapped day off, by date.
    public func workedSaturdays(in year: Int) -> [CalendarDay] {
        days(in: year).filter { if case .workedSaturday = $0.kind { return true } else { return false } }
    }

    /// Every day of a year that is not a plain working day or a plain weekend, by date.
    public func specialDays(in year: Int) -> [CalendarDay] {
        days(in: year)
    }

    private func days(in year: Int) -> [CalendarDay] {
        guard CivilDate.supportedYears.contains(year) else { return [] }
        let first = CivilDate.daysFromCivil(year, 1, 1)
        let last = CivilDate.daysFromCivil(year, 12, 31)
        return table.special.keys.filter { $0 >= first && $0 <= last }.sorted().map {
            CalendarDay(date: CivilDate(uncheckedDayNumber: $0), kind: table.special[$0]!)
        }
    }

    /// The first working day on or after `date`.
    public func nextWorkingDay(onOrAfter date: CivilDate) throws -> CivilDate {
        guard let d = index.workingDay(onOrAfter: date.dayNumber) else { throw CalendarError.yearOutOfRange(2101) }
        return CivilDate(uncheckedDayNumber: d)
    }

    /// Working days in `from…to` (both included); 0 if `to` is before `from`. O(1).
    public func workingDays(from: CivilDate, through to: CivilDate) -> Int {
        guard from <= to else { return 0 }
        let f = from.dayNumber - index.firstDay
        let t = to.dayNumber - index.firstDay
        return Int(index.workingBefore[t + 1] - index.workingBefore[f])
    }

    /// Working minutes elapsed between two instants (0 if `to` is not after `from`). O(1).
    public func workingMinutes(from: LocalDateTime, to: LocalDateTime) -> Int {
        max(0, index.workingMinutes(at: to.absoluteMinute) - index.workingMinutes(at: from.absoluteMinute))
    }

    /// Whether an instant lies inside an office session of a working day.
    public func isWorkingTime(_ t: LocalDateTime) -> Bool {
        isWorkingDay(t.date) && officeHours.isWorkingMinute(t.minuteOfDay)
    }
}
