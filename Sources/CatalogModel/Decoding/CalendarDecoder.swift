import Diagnostics
import WorkCalendar
import YAMLReader

/// `calendar/<year>.yaml`: the official decisions that override the holiday rules.
enum CalendarDecoder {
    static func decode(_ root: YAMLNode, in context: LoadContext) -> CalendarYear? {
        guard let m = MappingView(root, shape: CatalogShapes.calendarFile, what: .calendarFile, in: context),
            let year = context.integer(m["year"], what: .key("year"))
        else { return nil }
        if !(1900...2100).contains(year.value) {
            context.report(
                .invalidValue,
                LoaderMessage.yearOutOfRange(year: year.value), at: year.range)
            return nil
        }
        var decisions: [OfficialDecision] = []
        for node in context.list(m["decisions"], what: .key("decisions")) {
            guard let d = MappingView(node, shape: CatalogShapes.decision, what: .decisionEntry, in: context),
                let source = context.text(d["source"], what: .key("source"))
            else { continue }
            let provenance =
                context.choice(d["provenance"], what: .key("provenance"), as: OfficialDecision.Provenance.self)?.value
                ?? .confirmed
            var located: [String: [Located<CivilDate>]] = [:]
            func days(_ key: String) -> [OfficialDecision.Day] {
                context.list(d[key], what: .key(key)).compactMapSized { item in
                    guard let e = MappingView(item, shape: CatalogShapes.day, what: .dayEntry, in: context),
                        let date = context.date(e["date"], what: .key("date")),
                        let name = context.text(e["name"], what: .key("name"))
                    else { return nil }
                    located[key, default: []].append(date)
                    return OfficialDecision.Day(
                        date.value, name: name.value,
                        nameEn: context.text(e["name_en"], what: .key("name_en"))?.value ?? "")
                }
            }
            func dates(_ key: String) -> [CivilDate] {
                context.list(d[key], what: .key(key)).compactMapSized { item in
                    guard let date = context.date(item, what: .key(key)) else { return nil }
                    located[key, default: []].append(date)
                    return date.value
                }
            }
            let decision = OfficialDecision(
                source: source.value, sourceEn: context.text(d["source_en"], what: .key("source_en"))?.value ?? "",
                provenance: provenance,
                daysOff: days("days_off"), workingDays: days("working_days"), tetDays: dates("tet_days"),
                nationalDayDays: dates("national_day_days"))
            DecisionChecks.check(decision, located: located, year: year.value, at: node.range, in: context)
            decisions.append(decision)
        }
        return CalendarYear(year: year.value, decisions: decisions, range: root.range)
    }
}
