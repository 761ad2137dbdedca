import Diagnostics

/// Every dossier can be refused, with written reasons; a workflow without that end forces
/// clerks to leave refused cases open.
public struct MissingRefusalRule: LintRule {
    public static let description = RuleDescription(
        id: "missing-refusal",
        category: .workflow, severity: .warning,
        triggering: [
            .receiveAndReview("next: return", ends: ["return": "issued"], markStart: true)
        ],
        nonTriggering: [
            .receiveAndReview(
                "next: return, may: { refuse: refused }", ends: ["return": "issued", "refused": "refused"])
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        context.workflowsWithoutEnd(.refused) { _ in LintMessage.noRefusal }
    }
}
