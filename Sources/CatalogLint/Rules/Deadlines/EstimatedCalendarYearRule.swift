import CatalogModel
import Diagnostics
import WorkCalendar

/// A due date printed for a citizen must not rest on a guess: warn while there is still time to
/// add the decision, when dossiers received soon fall due in a year no decision covers.
public struct EstimatedCalendarYearRule: LintRule {
    public static let description = RuleDescription(
        id: "estimated-calendar-year",
        category: .deadlines, severity: .warning,
        options: [.daysAhead(default: 90)],
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

    public static func check(_ context: LintContext) -> [Diagnostic] {
        let catalog = context.catalog
        guard let calendar = try? catalog.workCalendar() else { return [] }
        let today = context.today
        guard let lastReceipt = try? today.adding(days: context.options.daysAhead) else { return [] }
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
