/// Whether a year's days off rest on an official decision or on the rules' estimate.
///
/// The Prime Minister fixes each year's Tết days (and often swaps a working day around a holiday),
/// so a year is *official* only when a decision in the calendar sets its Tết days (`tet_days`);
/// every other year — the future ones above all — is *estimated* from the rules, and a due date
/// that crosses it must say so.
public struct YearStatus: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable {
        case official, estimated
    }

    public let year: Int
    public let status: Status
    /// The decisions that touch the year (Tết days, swaps, National Day), by source text.
    public let sources: [String]
    /// The weakest provenance among the decisions that touch the year; nil when there are none.
    public let provenance: OfficialDecision.Provenance?
    /// The Tết days off the year has (official or estimated), weekdays only.
    public let tetDaysOff: [CivilDate]
    /// What the estimate assumes, one sentence each, in English and Vietnamese; empty when official.
    public let assumptions: [EstimateNote]

    public var isEstimated: Bool { status == .estimated }

    enum CodingKeys: String, CodingKey {
        case year, status, sources, provenance
        case tetDaysOff = "tet_days_off"
        case assumptions
    }
}

/// One sentence of an estimate's explanation, in both languages.
public struct EstimateNote: Sendable, Hashable, Codable {
    public let en: String
    public let vi: String
}

extension WorkCalendar {
    /// The status of a year (1900–2100).
    public func status(ofYear year: Int) -> YearStatus {
        let touching = decisions.filter { $0.years.contains(year) }
        let official = officialYears.contains(year)
        let rank: [OfficialDecision.Provenance: Int] = [.confirmed: 0, .secondary: 1, .unverified: 2]
        let weakest = touching.map(\.provenance).max { rank[$0]! < rank[$1]! }
        let tet = tetDaysOff(inYear: year)
        return YearStatus(
            year: year, status: official ? .official : .estimated, sources: touching.map(\.source),
            provenance: weakest, tetDaysOff: tet, assumptions: official ? [] : assumptions(year: year, tet: tet))
    }

    /// Whether a year has no official decision (O(1); years outside 1900–2100 count as estimated).
    public func isEstimated(year: Int) -> Bool {
        !officialYears.contains(year)
    }

    /// The estimated years among `from.year…to.year`, ascending.
    public func estimatedYears(from: CivilDate, through to: CivilDate) -> [Int] {
        guard from.year <= to.year else { return [] }
        return (from.year...to.year).filter { isEstimated(year: $0) }
    }

    /// The weekdays off around Tết that year: what a decision's `tet_days` lists.
    public func tetDaysOff(inYear year: Int) -> [CivilDate] {
        guard CivilDate.supportedYears.contains(year),
            let tet = lunar.solarDate(of: LunarDate(day: 1, month: 1, year: year))
        else { return [] }
        // The break lies within a week either side of lunar 1/1.
        return (tet.dayNumber - 8...tet.dayNumber + 8).compactMap { n -> CivilDate? in
            guard let kind = table.special[n] else { return nil }
            let date = CivilDate(uncheckedDayNumber: n)
            guard !rules.weekendDays.contains(date.weekday) else { return nil }
            switch kind {
            case .holiday(let name, _), .compensatory(let name, _):
                return name.hasPrefix("Tết Nguyên Đán") || name.hasPrefix("Nghỉ Tết") ? date : nil
            default: return nil
            }
        }
    }

    /// What the estimate of `year` assumes, said of the rules in force that year: Tết had four
    /// days off before the Labor Code 2012 (Tết 2013) and National Day one before the Labor
    /// Code 2019 (2021).
    private func assumptions(year: Int, tet: [CivilDate]) -> [EstimateNote] {
        var notes: [EstimateNote] = []
        let dates = tet.map(\.description).joined(separator: ", ")
        let datesVi = tet.map(\.vietnameseText).joined(separator: ", ")
        let inForce = rules.occurrences(inYear: year, lunar: lunar).map(\.rule)
        // The eve and lunar 1/1 to 1/`lastDay`.
        let lastDay = inForce.filter { $0.group == "tet" }.count - 1
        let ordinal = [3: "third", 4: "fourth", 5: "fifth"][lastDay] ?? "last"
        notes.append(
            EstimateNote(
                en:
                    "no decision in the catalog sets the Tết days of \(year); the estimate takes the eve and lunar 1/1–1/\(lastDay), "
                    + "and makes up each that falls on a weekend before the eve first, then after the \(ordinal) day (as the decisions of 2020–2025 did): \(dates)",
                vi:
                    "danh mục chưa có quyết định về ngày nghỉ Tết năm \(year); ước tính lấy ngày cuối năm và mùng 1–\(lastDay) âm lịch, "
                    + "ngày nào trùng cuối tuần thì nghỉ bù trước ngày cuối năm trước, sau mùng \(lastDay) sau (như các quyết định 2020–2025): \(datesVi)"
            ))
        if inForce.filter({ $0.group == "national-day" }).count > 1 {
            notes.append(
                EstimateNote(
                    en: "National Day: 2/9 and the adjacent day on the side that joins the weekend",
                    vi: "Quốc khánh: 2/9 và một ngày liền kề về phía nối với ngày nghỉ cuối tuần"))
        } else {
            notes.append(
                EstimateNote(
                    en: "National Day: 2/9 alone (the adjacent day came with the Labor Code 2019, in force 2021)",
                    vi: "Quốc khánh: chỉ ngày 2/9 (ngày liền kề có từ Bộ luật Lao động 2019, hiệu lực năm 2021)"))
        }
        notes.append(
            EstimateNote(
                en:
                    "no working days swapped: the Government often swaps one to join a holiday to a weekend, which would move days",
                vi:
                    "không có hoán đổi ngày làm việc: Chính phủ thường hoán đổi để nối ngày lễ với cuối tuần, khi đó ngày nghỉ sẽ khác"
            ))
        return notes
    }
}

extension OfficialDecision {
    /// The years whose days the decision sets.
    var years: Set<Int> {
        Set((daysOff.map(\.date) + workingDays.map(\.date) + tetDays + nationalDayDays).map(\.year))
    }
}
