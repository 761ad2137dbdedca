import CatalogModel
import Diagnostics

/// A procedure exists to issue its result; a workflow that can only refuse or stop is broken.
public struct MissingResultRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "missing-result",
        category: .workflow, severity: .error,
        triggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "workflow": """
                  start: ↓receive
                  steps:
                    receive: { by: commune.pasc, takes: 1 working hour, next: review }
                    review: { by: commune.justice-officer, takes: 1 working day, next: refused }
                    refused: { by: commune.pasc, end: refused }
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
                    review: { by: commune.justice-officer, takes: 1 working day, next: return }
                    return: { by: commune.pasc, end: issued }
                """,
            ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.catalog.procedures.values.compactMap { procedure in
            guard let workflow = context.catalog.workflows[procedure.code.value],
                !workflow.steps.values.contains(where: { $0.outcome == .issued })
            else { return nil }
            return context.workflowFinding(
                procedure,
                LintMessage.noResult(code: procedure.code.value, result: procedure.result.value),
                at: workflow.start.range)
        }
    }
}
