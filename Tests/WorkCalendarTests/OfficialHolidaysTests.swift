import Foundation
import GoldenFiles
import Testing

@testable import WorkCalendar

/// Every non-working weekday and worked Saturday of 2024–2026 against DOMAIN.md §4.3–4.4.
@Suite("Official holidays 2020–2027")
struct OfficialHolidaysTests {
    let calendar = OfficialDecisions.calendar

    /// Non-working days that fall Monday–Friday (weekend holidays are checked separately).
    func weekdaysOff(_ year: Int) -> [String] {
        calendar.nonWorkingDays(in: year).filter { !$0.date.weekday.isWeekend }.map(\.date.description)
    }

    func workedSaturdays(_ year: Int) -> [String] {
        calendar.workedSaturdays(in: year).map(\.date.description)
    }

    /// The weekdays off and worked Saturdays of 2024–2027, a year a line (Fixtures/official-days.txt,
    /// as DOMAIN.md §4.3–4.4 gives them; 2027 by the rules alone).
    @Test func weekdaysOffAndWorkedSaturdays() {
        let years = (2024...2027).map { year in
            let saturdays = workedSaturdays(year)
            return "\(year) weekdays off: \(weekdaysOff(year).joined(separator: " "))\n"
                + "\(year) worked Saturdays: \(saturdays.isEmpty ? "none" : saturdays.joined(separator: " "))\n"
        }
        Golden.expect(years.joined(), matchesFileAt: Fixtures.sourceURL("official-days.txt"))
    }

    /// What a decided day is, by date.
    @Test(arguments: [
        // Tết 2024's mùng 1–2 fell on the weekend: named, but no compensation beyond the decision's days.
        ("2024-02-10", DayKind.holiday(name: "Tết Nguyên Đán (mùng 1)", nameEn: "Lunar New Year (Tết), day 1")),
        ("2024-02-08", .holiday(name: "Nghỉ Tết Nguyên Đán", nameEn: "Lunar New Year (Tết) holiday")),
        ("2025-02-01", .holiday(name: "Tết Nguyên Đán (mùng 4)", nameEn: "Lunar New Year (Tết), day 4")),
        // Hùng Kings 2026: lunar 10/3 = Sunday 26/4 → compensatory Monday 27/4.
        ("2026-04-26", .holiday(name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", nameEn: "Hùng Kings' Commemoration Day")),
        (
            "2026-04-27",
            .compensatory(forName: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", forNameEn: "Hùng Kings' Commemoration Day")
        ),
        (
            "2026-01-02",
            .swappedOff(
                source: "Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ",
                name: "Nghỉ hoán đổi dịp Tết Dương lịch", nameEn: "Swapped day off (New Year)")
        ),
        ("2026-11-24", .holiday(name: "Ngày Văn hóa Việt Nam (24/11)", nameEn: "Vietnam Culture Day")),
        ("2026-02-23", .working),
        ("2026-02-21", .weekend),
    ])
    func aDecidedDayIs(_ date: String, _ kind: DayKind) {
        #expect(calendar.dayKind(of: d(date)) == kind)
    }

    /// The first working days after Tết 2024 and 2025, and the Saturday worked for 2 January 2026:
    /// the index and the day's kind agree.
    @Test(arguments: ["2024-02-15", "2025-02-03", "2026-01-10"])
    func aDecidedWorkingDay(_ date: String) {
        #expect(calendar.isWorkingDay(d(date)))
        #expect(calendar.dayKind(of: d(date)).isWorkingDay)
    }

    @Test func withoutDecisionsTheRulesGiveTheDefaults() {
        let rules = WorkCalendar.rulesOnly
        // 2026 Tết by the rule alone equals the official days; the New Year swap needs the decision.
        #expect(rules.isWorkingDay(d("2026-01-02")))
        #expect(!rules.isWorkingDay(d("2026-02-16")))
        #expect(!rules.isWorkingDay(d("2026-04-27")))
        // 2024 Tết by the rule: eve Fri 9/2 … mùng 4 Tue 13/2, made up Thu 8 (before) and Wed 14 (after).
        #expect(
            rules.nonWorkingDays(in: 2024).filter { $0.date.month == 2 }.map(\.date.description)
                == ["2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14"])
    }

    @Test func ruleVersionsFollowEffectiveDates() {
        let rules = WorkCalendar.rulesOnly
        #expect(rules.isWorkingDay(d("2006-04-07")))  // lunar 10/3 of 2006, before Hùng Kings became a holiday
        #expect(!rules.isWorkingDay(d("2007-04-26")))  // first Hùng Kings holiday
        // 4 Tết days before 2013.
        #expect(rules.nonWorkingDays(in: 2012).filter { $0.kind.name.hasPrefix("Tết Nguyên Đán") }.count == 4)
        #expect(rules.nonWorkingDays(in: 2019).contains { $0.date == d("2019-09-02") })
        #expect(!rules.nonWorkingDays(in: 2020).contains { $0.kind.name == "Quốc khánh (ngày liền kề)" })
        #expect(rules.nonWorkingDays(in: 2021).contains { $0.kind.name == "Quốc khánh (ngày liền kề)" })
        #expect(rules.isWorkingDay(d("2025-11-24")))
    }

    @Test func conflictingDecisionsAreRejected() {
        let off = OfficialDecision(source: "A", daysOff: [.init(d("2026-03-02"), name: "x", nameEn: "x")])
        let work = OfficialDecision(source: "B", workingDays: [.init(d("2026-03-02"), name: "y", nameEn: "y")])
        #expect(throws: CalendarError.conflictingDecisions(d("2026-03-02"), .dayOffAndWorkingDay)) {
            try WorkCalendar(decisions: [off, work])
        }
        let tetA = OfficialDecision(source: "A", tetDays: [d("2026-02-16")])
        let tetB = OfficialDecision(source: "B", tetDays: [d("2026-02-17")])
        #expect(throws: CalendarError.self) { try WorkCalendar(decisions: [tetA, tetB]) }
    }

    /// The Swift decisions above must say what Catalog/calendar/*.yaml says: compare the dated lines.
    @Test(arguments: 2020...2027)
    func yamlFilesMirrorTheSwiftDecisions(year: Int) throws {
        let yaml = try String(contentsOf: Fixtures.repoURL("Catalog/calendar/\(year).yaml"), encoding: .utf8)
        var off: [String] = []
        var work: [String] = []
        var tet: [String] = []
        var section = ""
        for raw in yaml.split(separator: "\n") {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("days_off:") { section = "off" }
            if trimmed.hasPrefix("working_days:") { section = "work" }
            if trimmed.hasPrefix("- source:") { section = "" }
            if trimmed.hasPrefix("tet_days:") {
                tet += trimmed.dropFirst("tet_days:".count).split(whereSeparator: { "[], ".contains($0) }).map(
                    String.init)
            }
            if let r = trimmed.range(of: "date: ") {
                let date = String(trimmed[r.upperBound...].prefix(10))
                if section == "off" { off.append(date) } else if section == "work" { work.append(date) }
            }
        }
        let decisions = OfficialDecisions.all.filter {
            ($0.daysOff.first?.date.year ?? $0.workingDays.first?.date.year ?? $0.tetDays.first?.year) == year
        }
        #expect(off == decisions.flatMap(\.daysOff).map(\.date.description))
        #expect(work == decisions.flatMap(\.workingDays).map(\.date.description))
        #expect(tet == decisions.flatMap(\.tetDays).map(\.description))
        #expect(yaml.contains("year: \(year)"))
    }

    /// The Tết rule used for undecided years must give the official Tết days of every decided year:
    /// the weekdays off, and every day of January–February worked or not, the same.
    @Test(arguments: OfficialDecisions.all.filter { !$0.tetDays.isEmpty })
    func theTetRuleReproducesEveryDecidedYear(decision: OfficialDecision) {
        let year = decision.tetDays[0].year
        let rules = WorkCalendar.rulesOnly
        #expect(rules.tetDaysOff(inYear: year) == decision.tetDays, "\(year)")
        let tetOnly = try! WorkCalendar(decisions: [decision])
        var day = d("\(year)-01-01")
        while day.month <= 2 {
            #expect(rules.isWorkingDay(day) == tetOnly.isWorkingDay(day), "\(day)")
            day = try! day.adding(days: 1)
        }
        #expect(rules.status(ofYear: year).isEstimated)
        #expect(tetOnly.status(ofYear: year).status == .official)
    }

    @Test func everyYearHasAStatus() {
        #expect(calendar.status(ofYear: 2026).status == .official)
        #expect(calendar.status(ofYear: 2027).isEstimated)
        #expect(
            calendar.status(ofYear: 2027).tetDaysOff.map(\.description) == [
                "2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10",
            ])
        #expect(calendar.status(ofYear: 2027).assumptions.count == 3)
        #expect(calendar.status(ofYear: 2026).assumptions.isEmpty)
        #expect(calendar.status(ofYear: 2026).provenance == .secondary)  // the National Day swap's source is secondary
        #expect(calendar.estimatedYears(from: d("2026-12-20"), through: d("2027-01-10")) == [2027])
    }

    /// An estimate says what the rules of its own year were: four Tết days off before Tết 2013,
    /// National Day alone before 2021 (the notes once said today's rules for every year).
    @Test func anEstimateDescribesTheRulesOfItsYear() {
        func notes(_ year: Int) -> [String] { calendar.status(ofYear: year).assumptions.map(\.en) }
        func notesVi(_ year: Int) -> [String] { calendar.status(ofYear: year).assumptions.map(\.vi) }
        #expect(notes(2005)[0].contains("the eve and lunar 1/1–1/3,") && notes(2005)[0].contains("after the third day"))
        #expect(notesVi(2005)[0].contains("mùng 1–3 âm lịch") && notesVi(2005)[0].contains("sau mùng 3 sau"))
        #expect(calendar.status(ofYear: 2005).tetDaysOff.count == 4)
        #expect(
            notes(2019)[0].contains("the eve and lunar 1/1–1/4,") && notes(2019)[0].contains("after the fourth day"))
        for year in [2005, 2019] {
            #expect(
                notes(year)[1]
                    == "National Day: 2/9 alone (the adjacent day came with the Labor Code 2019, in force 2021)")
            #expect(notesVi(year)[1].hasPrefix("Quốc khánh: chỉ ngày 2/9"))
        }
        #expect(notes(2030)[1] == "National Day: 2/9 and the adjacent day on the side that joins the weekend")
        #expect(notes(2030)[0].contains("the eve and lunar 1/1–1/4,"))
    }
}
