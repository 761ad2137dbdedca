import Diagnostics

/// A suppression that hides nothing outlives the problem it was written for, and would hide the
/// next, unrelated finding on that line.
public struct UnusedSuppressionRule: SuppressionAuditRule {
    public static let description = RuleDescription(
        id: "unused-suppression",
        category: .suppressions, severity: .warning,
        triggering: [
            .procedure(
                changing: StandardProcedure.mediation(),
                comments: [
                    "name": "# tthc-lint: disable-next-line ↓tone-mark-style -- spelt as in Decision 1/QĐ-UBND"
                ])
        ],
        nonTriggering: [
            .procedure(
                changing: StandardProcedure.mediation(
                    "hoà", after: "   # tthc-lint: disable-line tone-mark-style -- spelt as in Decision 1/QĐ-UBND"))
        ])

    public static func audit(
        _ outcomes: [SuppressionFilter.Outcome], context: LintContext, ruleEnabled: (String, String) -> Bool
    ) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for outcome in outcomes where outcome.applied {
            for (target, count) in zip(outcome.suppression.targets, outcome.counts)
            where count == 0 && ruleEnabled(target.id, outcome.suppression.file) {
                findings.append(
                    context.finding(
                        LintMessage.unusedSuppression(id: target.id),
                        at: target.range))
            }
        }
        return findings
    }
}
