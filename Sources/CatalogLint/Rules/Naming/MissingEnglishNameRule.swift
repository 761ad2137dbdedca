import Diagnostics

/// The national portal publishes procedures in English too; foreign applicants and investors
/// search for them by English name.
public struct MissingEnglishNameRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "missing-english-name",
        name: Localized("Procedure without an English name", vi: "Thủ tục thiếu tên tiếng Anh"),
        category: .naming, severity: .warning,
        summary: Localized("Every procedure has name_en.", vi: "Mọi thủ tục có name_en."),
        rationale: Localized(
            "Foreign applicants, investors and the English pages of the portal need the procedure's English name, and exports (CPSV-AP) carry it as the service title. Add name_en with a short, plain translation.",
            vi:
                "Người nước ngoài, nhà đầu tư và các trang tiếng Anh của cổng dịch vụ công cần tên tiếng Anh của thủ tục; các bản xuất (CPSV-AP) dùng nó làm tên dịch vụ. Thêm name_en với bản dịch ngắn gọn, dễ hiểu."
        ),
        triggering: [
            .procedure(changing: [
                "name": "↓Chứng thực bản sao từ bản chính",
                "name_en": nil,
                "channels": "[in-person]",
                "online_service": "none",
            ])
        ],
        nonTriggering: [
            .procedure(changing: ["channels": "[in-person]", "online_service": "none"])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.catalog.procedures.values.filter { $0.nameEn == nil }.map { procedure in
            context.finding(
                LintMessage.missingEnglishName(code: procedure.code.value),
                at: procedure.name.range)
        }
    }
}
