import CatalogModel
import Diagnostics
import WorkCalendar

/// An expired procedure left in the catalog is still offered to applicants.
public struct ProcedureExpiredRule: LintRule, ChecksEachProcedure {
    public static let description = RuleDescription(
        id: "procedure-expired",
        category: .legal, severity: .warning,
        triggering: [
            .inPerson(changing: ["expires": "↓2026-03-31"])
        ],
        nonTriggering: [
            .inPerson(changing: ["expires": "2026-12-31"])
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> Diagnostic? {
        guard let expires = procedure.expires, expires.value < context.today else { return nil }
        return context.finding(
            LintMessage.procedureExpired(code: procedure.code.value, expires: expires.value),
            at: expires.range)
    }
}
