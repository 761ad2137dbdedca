import Diagnostics

/// A procedure applies in a province from the chairman's decision announcing it; without it the
/// record cannot be traced to the act that put it in force.
public struct MissingAnnouncementRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "missing-announcement",
        name: Localized("No announcing decision", vi: "Thiếu quyết định công bố"),
        category: .legal, severity: .warning,
        summary: Localized(
            "Every procedure names the decision that announced it (announced_by).",
            vi: "Mọi thủ tục nêu quyết định công bố (announced_by)."),
        rationale: Localized(
            "A procedure takes effect in a province through the decision of the provincial People's Committee chairman that announces it (the \"Số quyết định\" on the portal). Without announced_by the record cannot be traced to that act, and a change of the decision cannot be followed to the procedures it touches.",
            vi:
                "Thủ tục có hiệu lực tại tỉnh thông qua quyết định công bố của Chủ tịch Ủy ban nhân dân tỉnh (\"Số quyết định\" trên cổng). Thiếu announced_by thì không truy được hồ sơ về văn bản đó, và khi quyết định thay đổi không biết thủ tục nào bị ảnh hưởng."
        ),
        triggering: [
            .procedure(changing: StandardProcedure.inPerson, marking: "code")
        ],
        nonTriggering: [
            .procedure(changing: [
                "channels": "[in-person]", "online_service": "none", "announced_by": "qd-1-ubnd-2025",
            ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.catalog.procedures.values.filter { $0.announcedBy == nil }.map { procedure in
            context.finding(
                LintMessage.missingAnnouncement(code: procedure.code.value),
                at: context.head(of: procedure.range))
        }
    }
}
