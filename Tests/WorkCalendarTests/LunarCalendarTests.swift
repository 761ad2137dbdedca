import Testing

@testable import WorkCalendar

/// Checks the astronomical calendar against the independent fixture derived from the `holidays`
/// package (Tools/derive_lunar_fixture.py), never against itself.
@Suite("Lunar calendar")
struct LunarCalendarTests {
    struct Row {
        let year: Int
        let tetVN, hungVN, tetCN, hungCN: CivilDate
    }

    static func reference() throws -> [Row] {
        try Fixtures.text("lunar-reference.tsv").split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.hasPrefix("year") else { return nil }
            let f = line.split(separator: "\t").map(String.init)
            return Row(year: Int(f[0])!, tetVN: d(f[1]), hungVN: d(f[2]), tetCN: d(f[3]), hungCN: d(f[4]))
        }
    }

    /// Years before 1968 where our UTC+7 dates may differ from the reference. It is empty: the
    /// `holidays` package also uses UTC+7 for those years, so they match. The historical almanacs
    /// of the time (UTC+8) differ in 1903, 1916, 1935, 1965 (Tết) and 1916, 1917, 1939 (Hùng Kings);
    /// `historicalUTC8YearsBefore1968` below pins that list (docs/calendar.md, "Before 1968").
    static let documentedDisagreementsBefore1968: Set<Int> = []

    @Test func referenceCoversEveryYear() throws {
        let rows = try Self.reference()
        #expect(rows.map(\.year) == Array(1901...2100))
    }

    @Test func tetAndHungKingsMatchFrom1968To2100() throws {
        let vn = LunarCalendar.vietnam
        for row in try Self.reference() where row.year >= 1968 {
            #expect(vn.solarDate(of: LunarDate(day: 1, month: 1, year: row.year)) == row.tetVN, "Tết \(row.year)")
            #expect(
                vn.solarDate(of: LunarDate(day: 10, month: 3, year: row.year)) == row.hungVN, "Hùng Kings \(row.year)")
            #expect(vn.lunarDate(of: row.tetVN) == LunarDate(day: 1, month: 1, year: row.year))
            #expect(vn.lunarDate(of: row.hungVN) == LunarDate(day: 10, month: 3, year: row.year))
        }
    }

    @Test func tetAndHungKingsBefore1968MatchExceptDocumentedYears() throws {
        let vn = LunarCalendar.vietnam
        for row in try Self.reference()
        where row.year < 1968 && !Self.documentedDisagreementsBefore1968.contains(row.year) {
            #expect(vn.solarDate(of: LunarDate(day: 1, month: 1, year: row.year)) == row.tetVN, "Tết \(row.year)")
            #expect(
                vn.solarDate(of: LunarDate(day: 10, month: 3, year: row.year)) == row.hungVN, "Hùng Kings \(row.year)")
        }
    }

    @Test func chineseCalendarAtUTC8MatchesTheReferenceEveryYear() throws {
        let cn = LunarCalendar.chinese
        for row in try Self.reference() {
            #expect(
                cn.solarDate(of: LunarDate(day: 1, month: 1, year: row.year)) == row.tetCN,
                "Chinese New Year \(row.year)")
            #expect(
                cn.solarDate(of: LunarDate(day: 10, month: 3, year: row.year)) == row.hungCN,
                "lunar 10/3 \(row.year) UTC+8")
        }
    }

    @Test func historicalUTC8YearsBefore1968() throws {
        let rows = try Self.reference().filter { $0.year < 1968 }
        #expect(rows.filter { $0.tetVN != $0.tetCN }.map(\.year) == [1903, 1916, 1935, 1965])
        #expect(rows.filter { $0.hungVN != $0.hungCN }.map(\.year) == [1916, 1917, 1939])
    }

    @Test(arguments: [
        // (year, Vietnam UTC+7, China UTC+8) — DOMAIN.md §4.2
        (2007, "2007-02-17", "2007-02-18"),
        (2030, "2030-02-02", "2030-02-03"),
        (1985, "1985-01-21", "1985-02-20"),
        (1968, "1968-01-29", "1968-01-30"),
    ])
    func tetDiffersBetweenUTC7AndUTC8(year: Int, vietnam: String, china: String) {
        let tet = LunarDate(day: 1, month: 1, year: year)
        #expect(LunarCalendar(timeZoneHours: 7).solarDate(of: tet) == d(vietnam))
        #expect(LunarCalendar(timeZoneHours: 8.0).solarDate(of: tet) == d(china))
    }

    @Test(arguments: [
        (2009, "2009-04-04", "2009-04-05"),
        (2037, "2037-04-24", "2037-04-25"),
        (2038, "2038-04-13", "2038-04-14"),
    ])
    func hungKingsDiffersBetweenUTC7AndUTC8(year: Int, vietnam: String, china: String) {
        let hung = LunarDate(day: 10, month: 3, year: year)
        #expect(LunarCalendar.vietnam.solarDate(of: hung) == d(vietnam))
        #expect(LunarCalendar.chinese.solarDate(of: hung) == d(china))
    }

    @Test func vietnamAndChinaAgreeOtherwiseIn1990To2050() throws {
        // DOMAIN.md §4.2: only the listed years differ in 1990–2050.
        var tet: [Int] = []
        var hung: [Int] = []
        for y in 1990...2050 {
            let a = LunarDate(day: 1, month: 1, year: y)
            let b = LunarDate(day: 10, month: 3, year: y)
            if LunarCalendar.vietnam.solarDate(of: a) != LunarCalendar.chinese.solarDate(of: a) { tet.append(y) }
            if LunarCalendar.vietnam.solarDate(of: b) != LunarCalendar.chinese.solarDate(of: b) { hung.append(y) }
        }
        #expect(tet == [2007, 2030])
        #expect(hung == [2009, 2037, 2038])
    }

    @Test func leapMonthsOfRecentYears() {
        // Well-known Vietnamese almanac facts: tháng 4 nhuận 2020, tháng 2 nhuận 2023, tháng 6 nhuận 2025.
        let vn = LunarCalendar.vietnam
        #expect(vn.leapMonth(inLunarYear: 2020) == 4)
        #expect(vn.leapMonth(inLunarYear: 2023) == 2)
        #expect(vn.leapMonth(inLunarYear: 2025) == 6)
        #expect(vn.leapMonth(inLunarYear: 2024) == nil)
        #expect(vn.leapMonth(inLunarYear: 2026) == nil)
        let leapStart = vn.solarDate(of: LunarDate(day: 1, month: 6, year: 2025, isLeapMonth: true))
        #expect(leapStart != nil)
        #expect(vn.solarDate(of: LunarDate(day: 1, month: 5, year: 2025, isLeapMonth: true)) == nil)
        #expect(vn.lunarDate(of: leapStart!) == LunarDate(day: 1, month: 6, year: 2025, isLeapMonth: true))
    }

    @Test func everyDayRoundTripsAndMonthsHave29Or30Days() throws {
        let vn = LunarCalendar.vietnam
        var date = d("1990-01-01")
        var previous = vn.lunarDate(of: try date.adding(days: -1))
        while date < d("2031-01-01") {
            let lunar = vn.lunarDate(of: date)
            #expect(vn.solarDate(of: lunar) == date, "\(date) → \(lunar)")
            if lunar.day == 1 {
                #expect(previous.day == 29 || previous.day == 30, "\(date)")
            } else {
                #expect(lunar.day == previous.day + 1)
            }
            previous = lunar
            date = try date.adding(days: 1)
        }
        #expect(vn.solarDate(of: LunarDate(day: 30, month: 12, year: 2025)) == nil)  // Tết 2026 eve is 29 Chạp
        #expect(vn.lengthOfMonth(containing: d("2026-02-16")) == 29)
    }
}
