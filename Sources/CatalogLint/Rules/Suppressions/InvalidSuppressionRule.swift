import Diagnostics

/// A misspelt rule id or directive makes a suppression comment do nothing while looking as if it
/// did something.
public struct InvalidSuppressionRule: SuppressionAuditRule {
    public static let description = RuleDescription(
        id: "invalid-suppression",
        category: .suppressions, severity: .error,
        triggering: [
            .procedure(
                changing: StandardProcedure.mediation(),
                ["name_en": "Grassroots mediation   ↓# tthc-lint: ignore missing-english-name -- checked"],
                comments: [
                    "name": "# tthc-lint: disable-next-line ↓tone-mark -- spelt as in Decision 1/QĐ-UBND"
                ])
        ],
        nonTriggering: [
            .procedure(
                changing: StandardProcedure.mediation("hoà"),
                comments: [
                    "name": "# tthc-lint: disable-next-line tone-mark-style, C007 -- spelt as in Decision 1/QĐ-UBND"
                ])
        ])

    public static func audit(
        _ outcomes: [SuppressionFilter.Outcome], context: LintContext, ruleEnabled: (String, String) -> Bool
    ) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for outcome in outcomes {
            let suppression = outcome.suppression
            guard suppression.scope != nil else {
                findings.append(
                    context.finding(
                        LintMessage.unknownDirective(directive: suppression.directive),
                        at: suppression.range))
                continue
            }
            if suppression.targets.isEmpty {
                findings.append(
                    context.finding(
                        LintMessage.noRuleNamed,
                        at: suppression.range))
            }
            for target in suppression.targets where !SuppressionFilter.isKnown(target.id, ruleIds: context.knownRuleIds)
            {
                let hint = NearestName.suggestion(for: target.id, in: context.knownRuleIds.sorted())
                findings.append(
                    context.finding(
                        LintMessage.unknownSuppressionTarget(id: target.id, suggestion: hint),
                        at: target.range))
            }
        }
        return findings
    }
}
