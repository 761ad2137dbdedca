import Diagnostics

/// A suppression is a decision someone must be able to review; without a reason it is just a
/// way to make the linter quiet.
public struct SuppressionReasonRule: SuppressionAuditRule {
    /// The examples' procedure: its name keeps the old tone mark placement (hoà) of its decision.
    private static let mediation = StandardProcedure.mediation("hoà")

    public static let description = RuleDescription(
        id: "suppression-without-reason",
        category: .suppressions, severity: .warning,
        triggering: [
            .procedure(changing: mediation, comments: ["name": "↓# tthc-lint: disable-next-line tone-mark-style"])
        ],
        nonTriggering: [
            .procedure(
                changing: mediation,
                comments: [
                    "name": "# tthc-lint: disable-next-line tone-mark-style -- spelt as in Decision 1/QĐ-UBND"
                ])
        ])

    public static func audit(
        _ outcomes: [SuppressionFilter.Outcome], context: LintContext, ruleEnabled: (String, String) -> Bool
    ) -> [Diagnostic] {
        outcomes.filter { $0.suppression.scope != nil && $0.suppression.reason.isEmpty }.map { outcome in
            context.finding(
                LintMessage.noReason,
                at: outcome.suppression.range)
        }
    }
}
