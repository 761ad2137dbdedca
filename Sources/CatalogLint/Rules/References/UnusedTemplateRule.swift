import Diagnostics

/// A template no procedure uses is checked on every run but shapes nothing.
public struct UnusedTemplateRule: LintRule {
    public init() {}

    /// The examples' template.
    private static let review = """
        name: Thẩm định tại sở
        params: [reviewer]
        workflow:
          start: receive
          steps:
            receive: { by: province.pasc, takes: 1 working hour, next: review }
            review: { by: $reviewer, takes: 3 working days, next: return }
            return: { by: province.pasc, end: issued }
        """

    public static let description = RuleDescription(
        id: "unused-template",
        name: Localized("Workflow template never used", vi: "Mẫu quy trình không được dùng"),
        category: .references, severity: .warning,
        summary: Localized(
            "Every template in templates/ is used by some procedure.",
            vi: "Mọi mẫu quy trình trong templates/ được ít nhất một thủ tục dùng."),
        rationale: Localized(
            "A workflow template that no procedure names is usually left behind when procedures moved to another template, or was meant for procedures that still write their workflow inline. Use it, or remove it so reviewers do not maintain it.",
            vi:
                "Mẫu quy trình không thủ tục nào dùng thường còn sót lại khi các thủ tục chuyển sang mẫu khác, hoặc dành cho các thủ tục vẫn viết quy trình trực tiếp. Hãy dùng nó, hoặc xóa để người rà soát khỏi phải duy trì."
        ),
        triggering: [
            RuleExample(file: "templates/province-review.yaml", "↓" + review)
        ],
        nonTriggering: [
            RuleExample(file: "templates/province-review.yaml", review).and(procedureChanging: [
                "code": "1.000002", "name": "Cấp giấy phép xây dựng", "name_en": "Construction permit",
                "field": "xay-dung",
                "level": "province", "authority": "province.construction.director", "channels": "[in-person]",
                "online_service": "none",
                "deadline": #"{ text: "15 ngày làm việc", value: 15 working days }"#, "result": "Giấy phép xây dựng",
                "workflow": "{ template: province-review, with: { reviewer: province.construction } }",
            ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var used: Set<String> = []
        for procedure in context.catalog.procedures.values {
            if case .template(let name, _, _) = procedure.workflow { used.insert(name.value) }
        }
        return context.catalog.templates.values.filter { !used.contains($0.id) }.map { template in
            context.finding(
                LintMessage.unusedTemplate(id: template.id),
                at: context.head(of: template.range))
        }
    }
}
