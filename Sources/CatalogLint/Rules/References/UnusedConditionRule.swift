import CatalogModel
import Diagnostics

/// A case fact that neither branches the workflow nor extends the deadline has no effect: the
/// clerk is asked about it for nothing.
public struct UnusedConditionRule: LintRule, ChecksProcedureParts {
    public static let description = RuleDescription(
        id: "unused-condition",
        category: .references, severity: .warning,
        triggering: [
            .inPerson(changing: ["conditions": "  ↓needs_verification: { name: Cần xác minh }"])
        ],
        nonTriggering: [
            .inPerson(changing: StandardProcedure.extendedOnVerification)
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> [Diagnostic] {
        guard !procedure.conditions.isEmpty else { return [] }
        var branched: Set<String> = []
        for step in context.catalog.workflows[procedure.code.value].map({ Array($0.steps.values) }) ?? [] {
            if case .choice(let branches, _) = step.kind { branched.formUnion(branches.map { $0.fact.value }) }
        }
        return procedure.conditions.filter { $0.extends == nil && !branched.contains($0.id) }.map { condition in
            context.finding(
                LintMessage.unusedCondition(id: condition.id),
                at: condition.range)
        }
    }
}
