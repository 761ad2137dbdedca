#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The Vietnamese lunisolar calendar, computed astronomically (Hồ Ngọc Đức's method).
///
/// A month starts on the local day of a new moon; month 11 contains the winter solstice;
/// a year with 13 months repeats the first month that contains no major solar term.
/// "Local" is the calendar's time zone: Vietnam has computed its calendar at UTC+7 since 1968,
/// China at UTC+8, which is why Tết differs in some years (2007, 2030, 1985 …). Pass 8 to get
/// the Chinese calendar. This library uses UTC+7 for every year, including before 1968
/// (see docs/calendar.md, "Before 1968").
public struct LunarCalendar: Sendable, Hashable {
    public let timeZoneHours: Double

    public init(timeZoneHours: Double = 7) {
        self.timeZoneHours = timeZoneHours
    }

    /// Vietnam's calendar, UTC+7.
    public static let vietnam = LunarCalendar(timeZoneHours: 7)
    /// The Chinese calendar, UTC+8.
    public static let chinese = LunarCalendar(timeZoneHours: 8)

    /// The lunar date of a Gregorian date.
    public func lunarDate(of date: CivilDate) -> LunarDate {
        let dayNumber = julianDay(date)
        let k = floorInt((Double(dayNumber) - 2_415_021.076998695) / 29.530588853)
        var monthStart = newMoonDay(k + 1)
        if monthStart > dayNumber { monthStart = newMoonDay(k) }
        var a11 = lunarMonth11(date.year)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = date.year
            a11 = lunarMonth11(date.year - 1)
        } else {
            lunarYear = date.year + 1
            b11 = lunarMonth11(date.year + 1)
        }
        let lunarDay = dayNumber - monthStart + 1
        let diff = (monthStart - a11) / 29
        var isLeap = false
        var lunarMonth = diff + 11
        if b11 - a11 > 365 {
            let leapDiff = leapMonthOffset(a11)
            if diff >= leapDiff {
                lunarMonth = diff + 10
                isLeap = diff == leapDiff
            }
        }
        if lunarMonth > 12 { lunarMonth -= 12 }
        if lunarMonth >= 11, diff < 4 { lunarYear -= 1 }
        return LunarDate(day: lunarDay, month: lunarMonth, year: lunarYear, isLeapMonth: isLeap)
    }

    /// The Gregorian date of a lunar date, or nil if that lunar date does not exist
    /// (a leap flag on a month that is not leap, day 30 of a 29-day month) or is outside 1900–2100.
    public func solarDate(of lunar: LunarDate) -> CivilDate? {
        guard (1...12).contains(lunar.month), (1...30).contains(lunar.day) else { return nil }
        guard let start = monthStartDay(month: lunar.month, year: lunar.year, isLeap: lunar.isLeapMonth) else {
            return nil
        }
        guard lunar.day <= monthLength(startingOn: start) else { return nil }
        let jd = start + lunar.day - 1
        return try? CivilDate(dayNumber: jd - Self.julianDayOfEpoch)
    }

    /// The month that is doubled in a lunar year (e.g. 4 in 2020, 2 in 2023, 6 in 2025), or nil.
    public func leapMonth(inLunarYear year: Int) -> Int? {
        // Months 1–10 of year Y lie between the month-11 starts of Gregorian Y-1 and Y;
        // months 11–12 of Y lie between those of Y and Y+1.
        if let m = leapMonth(from: lunarMonth11(year - 1), to: lunarMonth11(year)), m <= 10 { return m }
        if let m = leapMonth(from: lunarMonth11(year), to: lunarMonth11(year + 1)), m >= 11 { return m }
        return nil
    }

    private func leapMonth(from a11: Int, to b11: Int) -> Int? {
        guard b11 - a11 > 365 else { return nil }
        return Self.monthNumber(atOffset: leapMonthOffset(a11) - 1)
    }

    /// Month number at `offset` months after month 11 (offset 0 = 11, 1 = 12, 2 = 1 …), no leap month counted.
    static func monthNumber(atOffset offset: Int) -> Int { (offset + 10) % 12 + 1 }

    /// 29 or 30 days in the month containing `date`.
    public func lengthOfMonth(containing date: CivilDate) -> Int {
        let l = lunarDate(of: date)
        return monthLength(startingOn: julianDay(date) - l.day + 1)
    }

    // MARK: - Hồ Ngọc Đức's algorithm, in Julian day numbers

    static let julianDayOfEpoch = 2_440_588  // JDN of 1970-01-01

    private func julianDay(_ d: CivilDate) -> Int { d.dayNumber + Self.julianDayOfEpoch }

    /// Local day (JDN) of the k-th new moon.
    private func newMoonDay(_ k: Int) -> Int {
        floorInt(Astronomy.newMoon(k) + 0.5 + timeZoneHours / 24)
    }

    /// Which of the 12 30°-sectors the sun is in at local midnight starting day `jdn`.
    private func sunSector(_ jdn: Int) -> Int {
        floorInt(Astronomy.sunLongitude(Double(jdn) - 0.5 - timeZoneHours / 24) / Double.pi * 6)
    }

    /// Start (JDN) of lunar month 11, the month containing the winter solstice, of Gregorian year `y`.
    private func lunarMonth11(_ y: Int) -> Int {
        let off = CivilDate.daysFromCivil(y, 12, 31) + Self.julianDayOfEpoch - 2_415_021
        let k = floorInt(Double(off) / 29.530588853)
        let nm = newMoonDay(k)
        return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm
    }

    /// Offset, from month 11 starting at `a11`, of the first month without a major solar term.
    private func leapMonthOffset(_ a11: Int) -> Int {
        let k = floorInt((Double(a11) - 2_415_021.076998695) / 29.530588853 + 0.5)
        var i = 1
        var arc = sunSector(newMoonDay(k + i))
        var last: Int
        repeat {
            last = arc
            i += 1
            arc = sunSector(newMoonDay(k + i))
        } while arc != last && i < 14
        return i - 1
    }

    private func monthStartDay(month: Int, year: Int, isLeap: Bool) -> Int? {
        let a11: Int
        let b11: Int
        if month < 11 {
            a11 = lunarMonth11(year - 1)
            b11 = lunarMonth11(year)
        } else {
            a11 = lunarMonth11(year)
            b11 = lunarMonth11(year + 1)
        }
        var off = month - 11
        if off < 0 { off += 12 }
        if b11 - a11 > 365 {
            let leapOff = leapMonthOffset(a11)
            // The leap month repeats the month just before it.
            if isLeap, month != Self.monthNumber(atOffset: leapOff - 1) { return nil }
            if isLeap || off >= leapOff { off += 1 }
        } else if isLeap {
            return nil
        }
        let k = floorInt(0.5 + (Double(a11) - 2_415_021.076998695) / 29.530588853)
        return newMoonDay(k + off)
    }

    private func monthLength(startingOn start: Int) -> Int {
        let k = floorInt((Double(start) - 2_415_021.076998695) / 29.530588853 + 0.5)
        // The next new moon after `start` is k+1 (k is the lunation that begins at `start`).
        for j in (k)...(k + 2) {
            let next = newMoonDay(j)
            if next > start { return next - start }
        }
        return 30
    }
}

@inline(__always) func floorInt(_ x: Double) -> Int { Int(floor(x)) }
