import Diagnostics

/// Every dossier can be refused, with written reasons; a workflow without that end forces
/// clerks to leave refused cases open.
public struct MissingRefusalRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "missing-refusal",
        category: .workflow, severity: .warning,
        triggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "workflow": """
                  start: ↓receive
                  steps:
                    receive: { by: commune.pasc, takes: 1 working hour, next: review }
                    review: { by: commune.justice-officer, takes: 1 working day, next: return }
                    return: { by: commune.pasc, end: issued }
                """,
            ])
        ],
        nonTriggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "workflow": """
                  start: receive
                  steps:
                    receive: { by: commune.pasc, takes: 1 working hour, next: review }
                    review: { by: commune.justice-officer, takes: 1 working day, next: return, may: { refuse: refused } }
                    return: { by: commune.pasc, end: issued }
                    refused: { by: commune.pasc, end: refused }
                """,
            ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.catalog.procedures.values.compactMap { procedure in
            guard let workflow = context.catalog.workflows[procedure.code.value],
                !workflow.steps.values.contains(where: { $0.outcome == .refused })
            else { return nil }
            return context.workflowFinding(
                procedure,
                LintMessage.noRefusal,
                at: workflow.start.range)
        }
    }
}
