import CatalogModel
import Diagnostics
import WorkCalendar

/// The catalog describes the two-level government from its effective date; a procedure dated
/// earlier describes the old structure.
public struct EffectiveBeforeCatalogRule: LintRule, ChecksEachProcedure {
    public static let description = RuleDescription(
        id: "effective-before-catalog",
        category: .legal, severity: .warning,
        triggering: [
            .inPerson(changing: [
                "legal_basis": "[luat-60-2014-qh13]",
                "effective": "↓2024-01-01",
            ])
        ],
        nonTriggering: [
            .inPerson(changing: ["legal_basis": "[luat-60-2014-qh13]"])
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> Diagnostic? {
        guard let start = context.catalog.manifest?.effective, procedure.effective.value < start else { return nil }
        return context.finding(
            LintMessage.effectiveBeforeCatalog(
                code: procedure.code.value, effective: procedure.effective.value, start: start),
            at: procedure.effective.range)
    }
}
