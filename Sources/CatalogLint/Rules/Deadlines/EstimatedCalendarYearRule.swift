import CatalogModel
import Diagnostics
import WorkCalendar

/// A due date printed for a citizen must not rest on a guess: warn while there is still time to
/// add the decision, when dossiers received soon fall due in a year no decision covers.
public struct EstimatedCalendarYearRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "estimated-calendar-year",
        name: Localized("Deadlines soon fall in an estimated year", vi: "Thời hạn sắp rơi vào năm còn ước tính"),
        category: .deadlines, severity: .warning,
        summary: Localized(
            "No dossier received within the next N days (90) falls due in a year without an official decision.",
            vi:
                "Không hồ sơ nào tiếp nhận trong N ngày tới (90) có hạn giải quyết rơi vào năm chưa có quyết định chính thức."
        ),
        rationale: Localized(
            "A year is official when calendar/YEAR.yaml records the decision that sets its Tết days, estimated otherwise (`tthc holidays --status`). An estimated year's Tết break and swapped days are the rules' guess, so due dates across it may be wrong by days. The rule takes every dossier received from today to N days ahead, with the longest deadline of any procedure of the catalog (all extensions, within the cap), and warns for each year those due dates reach that has no decision: add it with `tthc holidays YEAR --draft` as soon as it is published. Today is the run's date (`--today` fixes it).",
            vi:
                "Một năm là chính thức khi calendar/YEAR.yaml ghi quyết định quy định ngày nghỉ Tết năm đó, ngược lại là ước tính (`tthc holidays --status`). Ngày nghỉ Tết và ngày hoán đổi của năm ước tính là phỏng đoán theo quy tắc, nên hạn giải quyết qua năm đó có thể lệch vài ngày. Quy tắc xét mọi hồ sơ tiếp nhận từ hôm nay đến N ngày tới, với thời hạn dài nhất của các thủ tục trong danh mục (mọi phần kéo dài, trong mức trần), và cảnh báo mỗi năm mà các hạn đó chạm tới nhưng chưa có quyết định: bổ sung bằng `tthc holidays YEAR --draft` ngay khi quyết định được công bố. Ngày hôm nay là ngày chạy (`--today` cố định ngày)."
        ),
        options: [
            RuleOption(
                "days", .integer(0...3650), default: "90",
                Localized("look this many days of receipts ahead", vi: "xét hồ sơ tiếp nhận trong bấy nhiêu ngày tới"))
        ],
        triggering: [
            RuleExample(
                file: "calendar/2027.yaml",
                """
                ↓year: 2027
                decisions: []
                """
            ).on("2026-11-15")
        ],
        nonTriggering: [
            RuleExample(
                file: "calendar/2027.yaml",
                """
                year: 2027
                decisions:
                  - source: "Thông báo số 1/TB-BNV (ví dụ)"
                    tet_days: [2027-02-04, 2027-02-05, 2027-02-08, 2027-02-09, 2027-02-10]
                """
            ).on("2026-11-15"),
            RuleExample(
                file: "calendar/2027.yaml",
                """
                year: 2027
                decisions: []
                """
            ).on("2026-06-01"),
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        let catalog = context.catalog
        guard let calendar = try? catalog.workCalendar() else { return [] }
        let today = context.today
        guard let lastReceipt = try? today.adding(days: context.options.integer("days")) else { return [] }
        let calculator = DeadlineCalculator(calendar: calendar)
        let received = LocalDateTime(lastReceipt, calendar.officeHours.sessions[0].start)
        var horizon = lastReceipt
        for procedure in catalog.procedures.values {
            let allFacts = Set(procedure.conditions.map(\.id))
            for channel in [nil] + procedure.channels.map(\.channel) {
                guard let (deadline, duration) = catalog.deadline(of: procedure, channel: channel, facts: allFacts),
                    var due = try? calculator.dueDate(from: received, adding: duration)
                else { continue }
                if let cap = deadline.cap?.value, let capped = try? calculator.dueDate(from: received, adding: cap) {
                    due = min(due, capped)
                }
                horizon = max(horizon, due.date)
            }
        }
        var findings: [Diagnostic] = []
        for year in calendar.estimatedYears(from: today, through: horizon) {
            guard
                let range = catalog.calendarYears.first(where: { $0.year == year })?.range
                    ?? catalog.calendarYears.max(by: { $0.year < $1.year })?.range ?? catalog.manifest?.range
            else { continue }
            findings.append(
                context.finding(
                    LintMessage.estimatedYear(year: year, lastReceipt: lastReceipt, horizon: horizon),
                    at: range))
        }
        return findings
    }
}
