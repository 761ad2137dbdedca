import CatalogModel
import Diagnostics
import WorkCalendar

/// A fee cut "until 31 December" or a dossier component required for a while ends on its date;
/// unless a row says what applies the next day, the procedure silently loses the value.
public struct DatedValueExpiringRule: LintRule, ChecksProcedureParts {
    public static let description = RuleDescription(
        id: "dated-value-expiring",
        category: .legal, severity: .warning,
        options: [.daysAhead(default: 60)],
        triggering: [
            .procedure(changing: [
                "fees": "[{ name: Lệ phí chứng thực, amount: 1000, per: page, until: ↓2026-07-15 }]"
            ])
        ],
        nonTriggering: [
            .procedure(changing: [
                "fees":
                    "[{ name: Lệ phí chứng thực, amount: 1000, per: page, until: 2026-07-15 }, { name: Lệ phí chứng thực, amount: 2000, per: page, from: 2026-07-16 }]"
            ]),
            .procedure(changing: [
                "fees": "[{ name: Lệ phí chứng thực, amount: 1000, per: page, until: 2026-12-31 }]"
            ]),
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> [Diagnostic] {
        let today = context.today
        if let expires = procedure.expires?.value, expires < today { return [] }
        let window = context.options.daysAhead
        var findings: [Diagnostic] = []
        func look(_ rows: [(name: String, period: ValidityPeriod)], what: Subject) {
            for row in rows {
                guard let until = row.period.until, today <= until.value, today.days(to: until.value) <= window else {
                    continue
                }
                let followed = rows.contains {
                    $0.name == row.name && ($0.period.from.map { until.value < $0.value } ?? false)
                }
                if followed { continue }
                let days = today.days(to: until.value)
                findings.append(
                    context.finding(
                        LintMessage.endsWithoutSuccessor(what: what, name: row.name, until: until.value, days: days),
                        at: until.range))
            }
        }
        look(procedure.fees.map { ($0.name, $0.period) }, what: .fee)
        look(procedure.dossier.map { ($0.name, $0.period) }, what: .dossierComponent)
        for channel in procedure.channels { look((channel.fees ?? []).map { ($0.name, $0.period) }, what: .fee) }
        for version in procedure.versions {
            look((version.fees ?? []).map { ($0.name, $0.period) }, what: .fee)
            look((version.dossier ?? []).map { ($0.name, $0.period) }, what: .dossierComponent)
        }
        return findings
    }
}
