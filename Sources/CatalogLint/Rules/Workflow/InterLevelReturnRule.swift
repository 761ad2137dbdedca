import CatalogModel
import Diagnostics

/// An inter-level dossier filed at a commune centre comes back to that centre: the applicant
/// should not travel to the province for the result of a procedure they filed locally.
public struct InterLevelReturnRule: LintRule, ChecksProcedureParts {
    /// The examples' procedure: a provincial permit received at the commune.
    private static let permitLines: KeyValuePairs<String, String?> = [
        "code": "1.000003", "name": "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        "name_en": "Construction permit for a detached house",
        "field": "xay-dung", "level": "province", "inter_level": "[commune, province]",
        "authority": "province.chairman",
        "channels": "[in-person]", "online_service": "none",
        "deadline": #"{ text: "15 ngày làm việc", value: 15 working days }"#,
        "result": "Giấy phép xây dựng",
    ]

    /// The permit's workflow: received and sent on at the commune, then `steps`.
    private static func permit(after steps: String) -> RuleExample {
        .procedure(
            changing: permitLines,
            [
                "workflow": """
                  start: receive
                  steps:
                    receive: { by: commune.pasc, takes: 1 working hour, next: send }
                    send: { by: commune.pasc, to: province.pasc, takes: 1 working day, next: decide }
                \(steps)
                """
            ])
    }

    public static let description = RuleDescription(
        id: "inter-level-commune-return",
        category: .workflow, severity: .warning,
        triggering: [
            permit(
                after: """
                        decide: { by: province.chairman, takes: 5 working days, next: return }
                        return: { by: ↓province.pasc, end: issued }
                    """)
        ],
        nonTriggering: [
            permit(
                after: """
                        decide: { by: province.chairman, takes: 5 working days, next: send-back }
                        send-back: { by: province.pasc, to: commune.pasc, takes: 1 working day, next: return }
                        return: { by: commune.pasc, end: issued }
                    """)
        ])

    static func isCommuneCentre(_ unit: Unit?) -> Bool {
        unit?.kind == .serviceCenter && unit?.level == .commune
    }

    public static func check(_ procedure: Procedure, in context: LintContext) -> [Diagnostic] {
        guard procedure.isInterLevel, let workflow = context.catalog.workflows[procedure.code.value],
            isCommuneCentre(context.unit(workflow.steps[workflow.start.value]?.performer?.value))
        else { return [] }
        return workflow.steps.compactMap { id, step in
            guard step.outcome == .issued, let by = step.performer, !isCommuneCentre(context.unit(by.value)) else {
                return nil
            }
            return context.workflowFinding(
                procedure,
                LintMessage.resultAtOtherLevel(id: id, by: by.value),
                at: by.range)
        }
    }
}
