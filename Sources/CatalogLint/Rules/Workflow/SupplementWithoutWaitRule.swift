import Diagnostics

/// Asking the applicant for more papers stops the clock until they bring them; a supplement exit
/// that goes anywhere but a wait on the applicant keeps the clock running.
public struct SupplementWithoutWaitRule: LintRule {
    public init() {}

    /// The examples' procedure: a supplement request sent to `target`, with `waiting` steps.
    private static func supplement(to target: String, waiting: String = "") -> RuleExample {
        .procedure(
            changing: StandardProcedure.inPerson,
            [
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
        name: Localized(
            "Supplement request that does not wait for the applicant", vi: "Yêu cầu bổ sung không chờ người nộp"),
        category: .workflow, severity: .warning,
        summary: Localized(
            "A may: { supplement: STEP } exit leads to a wait: applicant step.",
            vi: "Lối ra may: { supplement: BƯỚC } dẫn tới bước wait: applicant."),
        rationale: Localized(
            "When a dossier is incomplete the officer asks the applicant to supplement it, once and in writing, and the statutory time does not run until the applicant returns it. In the workflow the supplement exit must therefore lead to a wait: applicant step, which stops the clock; leading anywhere else counts the applicant's time against the office.",
            vi:
                "Khi hồ sơ chưa đầy đủ, cán bộ yêu cầu người dân bổ sung một lần bằng văn bản, và thời hạn không tính trong lúc chờ người dân nộp lại. Vì vậy trong quy trình, lối ra supplement phải dẫn tới bước wait: applicant để dừng đồng hồ; dẫn đi nơi khác sẽ tính thời gian của người dân vào thời hạn của cơ quan."
        ),
        triggering: [supplement(to: "↓receive")],
        nonTriggering: [
            supplement(to: "wait-applicant", waiting: "    wait-applicant: { wait: applicant, then: receive }\n")
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values {
            guard let workflow = context.catalog.workflows[procedure.code.value] else { continue }
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
        }
        return findings
    }
}
