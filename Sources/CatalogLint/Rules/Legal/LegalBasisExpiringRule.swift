import CatalogModel
import Diagnostics
import WorkCalendar

/// A procedure keeps running on its legal basis after the basis lapses unless someone notices;
/// this looks from today, where the compiler's C010 looks from the procedure's effective date.
public struct LegalBasisExpiringRule: LintRule {
    /// The examples' provincial decision, which expires on 2026-07-31.
    private static let decision = RuleExample(
        file: "legal/extra.yaml",
        feeDecisions([
            (
                id: "qd-99-ubnd-2025", number: "99/2025", issued: "2025-06-20", effective: "2025-07-01",
                ends: "expires: 2026-07-31"
            )
        ]))
    /// A decision that names its own successor (`replaced_by`); the successor does not say `replaces`.
    private static let handedOver = RuleExample(
        file: "legal/extra.yaml",
        feeDecisions([
            (
                id: "qd-5-ubnd-2024", number: "5/2024", issued: "2024-01-05", effective: "2024-01-15",
                ends: "replaced_by: qd-12-ubnd-2026"
            ),
            (id: "qd-12-ubnd-2026", number: "12/2026", issued: "2026-02-20", effective: "2026-03-01", ends: nil),
        ]))

    /// A `documents:` list of the province's civil-status fee decisions (`number` without its
    /// `/QĐ-UBND`); `ends` is a last line that says how the decision ends, if it does.
    private static func feeDecisions(
        _ decisions: [(id: String, number: String, issued: String, effective: String, ends: String?)]
    ) -> String {
        let lines = decisions.flatMap { d in
            [
                "  - id: \(d.id)", "    number: \(d.number)/QĐ-UBND", "    kind: decision",
                "    title: Quyết định quy định mức thu lệ phí hộ tịch", "    issuer: Ủy ban nhân dân tỉnh Thử Nghiệm",
                "    issued: \(d.issued)", "    effective: \(d.effective)",
            ] + (d.ends.map { ["    \($0)"] } ?? [])
        }
        return (["documents:"] + lines).joined(separator: "\n")
    }

    /// The examples' procedure.
    private static let mobileBirth = StandardProcedure.mobileBirth

    public static let description = RuleDescription(
        id: "legal-basis-expiring",
        category: .legal, severity: .warning,
        options: [.daysAhead(default: 90)],
        triggering: [
            decision.and(procedureChanging: mobileBirth, ["legal_basis": "[luat-60-2014-qh13, ↓qd-99-ubnd-2025]"]),
            // Decree 61/2018 expired on 2025-06-30: valid when the procedure took effect, not today.
            .procedure(
                changing: mobileBirth, ["legal_basis": "[luat-60-2014-qh13, ↓nd-61-2018]", "effective": "2024-01-01"]),
            // Replaced by the successor its own `replaced_by` names (the compiler's C010 reads it too).
            handedOver.and(procedureChanging: mobileBirth, ["legal_basis": "[luat-60-2014-qh13, ↓qd-5-ubnd-2024]"]),
        ],
        nonTriggering: [
            decision.and(procedureChanging: mobileBirth, ["legal_basis": "[luat-60-2014-qh13, qd-99-ubnd-2025]"]).with(
                "days", "30")
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        let catalog = context.catalog
        let today = context.today
        let window = context.options.daysAhead
        let successors = catalog.legalSuccessors()
        var findings: [Diagnostic] = []
        for procedure in catalog.procedures.values {
            // A procedure that has itself ended is procedure-expired's concern.
            if let expires = procedure.expires?.value, expires < today { continue }
            // As the procedure stands today: a version may already cite the successor.
            let current = procedure.asOf(today)
            for reference in current.citedDocuments {
                guard let document = catalog.legalDocuments[reference.value] else { continue }
                switch successors.standing(of: document, on: today) {
                case .replaced(let successor):
                    findings.append(
                        context.finding(
                            LintMessage.replaced(
                                documentNumber: document.number, successorNumber: successor.number,
                                effective: successor.effective, id: successor.id),
                            at: reference.range, notes: [.declared(successor)]))
                case .expired(let expires):
                    findings.append(
                        context.finding(
                            LintMessage.expired(number: document.number, expires: expires),
                            at: reference.range))
                // Not yet in force today is C010's concern (from the procedure's effective date).
                case .inForce, .notYetInForce:
                    guard let expires = document.expires, today.days(to: expires) <= window else { break }
                    let days = today.days(to: expires)
                    findings.append(
                        context.finding(
                            LintMessage.expiresSoon(number: document.number, expires: expires, days: days),
                            at: reference.range))
                }
            }
        }
        return findings
    }
}
