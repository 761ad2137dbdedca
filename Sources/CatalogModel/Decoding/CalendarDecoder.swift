import Diagnostics
import WorkCalendar
import YAMLReader

/// `calendar/<year>.yaml`: the official decisions that override the holiday rules.
enum CalendarDecoder {
    static func decode(_ root: YAMLNode, in context: LoadContext) -> CalendarYear? {
        guard let m = MappingView(root, shape: CatalogShapes.calendarFile, what: "a calendar file", in: context),
              let year = context.integer(m["year"], what: "year") else { return nil }
        if !(1900...2100).contains(year.value) {
            context.report(.invalidValue, "year \(year.value) is outside 1900–2100, the range of the calendar", vi: "năm \(year.value) nằm ngoài khoảng 1900–2100 mà lịch bao gồm", at: year.range)
            return nil
        }
        var decisions: [OfficialDecision] = []
        for node in context.list(m["decisions"], what: "decisions") {
            guard let d = MappingView(node, shape: CatalogShapes.decision, what: "a decision", in: context),
                  let source = context.text(d["source"], what: "source") else { continue }
            let provenance = context.choice(d["provenance"], what: "provenance", as: OfficialDecision.Provenance.self)?.value ?? .confirmed
            func days(_ key: String) -> [OfficialDecision.Day] {
                context.list(d[key], what: key).compactMap { item in
                    guard let e = MappingView(item, shape: CatalogShapes.day, what: "a day", in: context),
                          let date = context.date(e["date"], what: "date"),
                          let name = context.text(e["name"], what: "name") else { return nil }
                    checkYear(date, year.value, in: context)
                    return OfficialDecision.Day(date.value, name: name.value, nameEn: context.text(e["name_en"], what: "name_en")?.value ?? "")
                }
            }
            func dates(_ key: String) -> [CivilDate] {
                context.list(d[key], what: key).compactMap { item in
                    guard let date = context.date(item, what: key) else { return nil }
                    return date.value
                }
            }
            let workingDays = days("working_days")
            for day in workingDays where day.date.weekday != .saturday && day.date.weekday != .sunday {
                context.report(.invalidValue, "\(day.date) is a \(day.date.weekday) — a worked day in exchange (làm bù) must be a Saturday or Sunday", vi: "\(day.date) là \(day.date.weekday.vietnameseName) — ngày làm bù phải là Thứ Bảy hoặc Chủ nhật",
                               at: node.range)
            }
            decisions.append(OfficialDecision(
                source: source.value, sourceEn: context.text(d["source_en"], what: "source_en")?.value ?? "", provenance: provenance,
                daysOff: days("days_off"), workingDays: workingDays, tetDays: dates("tet_days"), nationalDayDays: dates("national_day_days")))
        }
        return CalendarYear(year: year.value, decisions: decisions, range: root.range)
    }

    private static func checkYear(_ date: Located<CivilDate>, _ year: Int, in context: LoadContext) {
        // A swap may reach into the neighbouring year (Tết, New Year), but not further.
        if abs(date.value.year - year) > 1 {
            context.report(.invalidValue, "\(date.value) is far from the year \(year) this file is about", vi: "\(date.value) cách quá xa năm \(year) mà tệp này quy định", at: date.range)
        }
    }
}
