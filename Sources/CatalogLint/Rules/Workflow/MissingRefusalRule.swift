import Diagnostics

/// Every dossier can be refused, with written reasons; a workflow without that end forces
/// clerks to leave refused cases open.
public struct MissingRefusalRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "missing-refusal",
        name: Localized("Workflow cannot refuse", vi: "Quy trình không có bước từ chối"),
        category: .workflow, severity: .warning,
        summary: Localized(
            "The workflow has an end that refuses the dossier (end: refused).",
            vi: "Quy trình có bước kết thúc từ chối hồ sơ (end: refused)."),
        rationale: Localized(
            "Any dossier may have to be refused, and the refusal is returned to the applicant in writing with its reasons through the one-stop desk. Without an end: refused step (reached by a may: { refuse: … } exit), a clerk has no way to close a case that cannot be granted, so it stays open and turns overdue.",
            vi:
                "Hồ sơ nào cũng có thể bị từ chối, và văn bản từ chối nêu rõ lý do được trả cho người dân qua bộ phận một cửa. Không có bước end: refused (đến qua lối ra may: { refuse: … }), cán bộ không có cách đóng hồ sơ không thể giải quyết, nên hồ sơ treo và thành trễ hạn."
        ),
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
