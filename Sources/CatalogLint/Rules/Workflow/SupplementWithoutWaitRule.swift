import CatalogModel
import Diagnostics

/// Asking the applicant for more papers stops the clock until they bring them; a supplement exit
/// that goes anywhere but a wait on the applicant keeps the clock running.
public struct SupplementWithoutWaitRule: LintRule, ChecksProcedureParts {
    /// The examples' procedure: a supplement request sent to `target`, with `waiting` steps.
    private static func supplement(to target: String, waiting: String = "") -> RuleExample {
        .inPerson(changing: [
            "workflow": """
              start: receive
              steps:
                receive: { by: commune.pasc, takes: 1 working hour, next: review, may: { supplement: \(target) } }
            \(waiting)    review: { by: commune.justice-officer, takes: 2 working days, next: return }
                return: { by: commune.pasc, end: issued }
            """
        ])
    }

    public static let description = RuleDescription(
        id: "supplement-without-wait",
        category: .workflow, severity: .warning,
        triggering: [supplement(to: "↓receive")],
        nonTriggering: [
            supplement(to: "wait-applicant", waiting: "    wait-applicant: { wait: applicant, then: receive }\n")
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> [Diagnostic] {
        guard let workflow = context.catalog.workflows[procedure.code.value] else { return [] }
        var findings: [Diagnostic] = []
        for (id, step) in workflow.steps {
            for exit in step.may where exit.exit == .supplement {
                if case .wait(let kind, _)? = workflow.steps[exit.step.value]?.kind, kind.value == .applicant {
                    continue
                }
                findings.append(
                    context.workflowFinding(
                        procedure,
                        LintMessage.supplementWithoutWait(id: id, step: exit.step.value),
                        at: exit.step.range))
            }
        }
        return findings
    }
}
