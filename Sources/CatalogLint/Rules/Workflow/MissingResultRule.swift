import CatalogModel
import Diagnostics

/// A procedure exists to issue its result; a workflow that can only refuse or stop is broken.
public struct MissingResultRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "missing-result",
        name: Localized("Workflow never issues the result", vi: "Quy trình không bao giờ trả kết quả"),
        category: .workflow, severity: .error,
        summary: Localized(
            "The workflow has an end that issues the result (end: issued).",
            vi: "Quy trình có bước kết thúc trả kết quả (end: issued)."),
        rationale: Localized(
            "A procedure exists to produce its result (result: …). If no step of its workflow ends with end: issued, no case can ever receive it: the workflow only refuses or withdraws. Usually the last step was written with the wrong outcome.",
            vi:
                "Thủ tục tồn tại để tạo ra kết quả (result: …). Nếu không bước nào của quy trình kết thúc bằng end: issued thì không hồ sơ nào nhận được kết quả: quy trình chỉ từ chối hoặc rút hồ sơ. Thường là bước cuối ghi sai kết quả."
        ),
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
