import CatalogModel
import Diagnostics

/// An inter-level dossier filed at a commune centre comes back to that centre: the applicant
/// should not travel to the province for the result of a procedure they filed locally.
public struct InterLevelReturnRule: LintRule {
    public init() {}

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
        name: Localized(
            "Inter-level result not returned at the commune", vi: "Thủ tục liên thông không trả kết quả tại xã"),
        category: .workflow, severity: .warning,
        summary: Localized(
            "An inter-level procedure received at a commune service centre returns its result there.",
            vi: "Thủ tục liên thông tiếp nhận tại Trung tâm phục vụ hành chính công xã trả kết quả tại đó."),
        rationale: Localized(
            "In an inter-level (liên thông) procedure the applicant files at the commune's Public Administration Service Center, the dossier goes to the province to be decided, and the result comes back to the centre where it was filed: the one-stop principle is that the applicant deals with one place. An issuing end done by a provincial unit makes the applicant travel to the province. Add a hand-off back and end at commune.pasc.",
            vi:
                "Trong thủ tục liên thông, người dân nộp hồ sơ tại Trung tâm phục vụ hành chính công xã, hồ sơ được chuyển lên tỉnh giải quyết, và kết quả được trả về nơi đã nộp: nguyên tắc một cửa là người dân chỉ làm việc với một nơi. Bước kết thúc cấp kết quả do đơn vị cấp tỉnh thực hiện buộc người dân lên tỉnh. Thêm bước chuyển trả và kết thúc tại commune.pasc."
        ),
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

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values where procedure.isInterLevel {
            guard let workflow = context.catalog.workflows[procedure.code.value],
                Self.isCommuneCentre(context.unit(workflow.steps[workflow.start.value]?.performer?.value))
            else { continue }
            for (id, step) in workflow.steps where step.outcome == .issued {
                guard let by = step.performer, !Self.isCommuneCentre(context.unit(by.value)) else { continue }
                findings.append(
                    context.workflowFinding(
                        procedure,
                        LintMessage.resultAtOtherLevel(id: id, by: by.value),
                        at: by.range))
            }
        }
        return findings
    }
}
