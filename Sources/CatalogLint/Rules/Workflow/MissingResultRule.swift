import CatalogModel
import Diagnostics

/// A procedure exists to issue its result; a workflow that can only refuse or stop is broken.
public struct MissingResultRule: LintRule {
    public static let description = RuleDescription(
        id: "missing-result",
        category: .workflow, severity: .error,
        triggering: [
            .receiveAndReview("next: refused", ends: ["refused": "refused"], markStart: true)
        ],
        nonTriggering: [
            .receiveAndReview("next: return", ends: ["return": "issued"])
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        context.workflowsWithoutEnd(.issued) {
            LintMessage.noResult(code: $0.code.value, result: $0.result.value)
        }
    }
}
