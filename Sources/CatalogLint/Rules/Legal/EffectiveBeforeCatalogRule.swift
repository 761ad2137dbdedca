import Diagnostics
import WorkCalendar

/// The catalog describes the two-level government from its effective date; a procedure dated
/// earlier describes the old structure.
public struct EffectiveBeforeCatalogRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "effective-before-catalog",
        name: Localized("Procedure dated before the catalog", vi: "Thủ tục có hiệu lực trước danh mục"),
        category: .legal, severity: .warning,
        summary: Localized(
            "No procedure takes effect before the catalog's effective date (catalog.yaml).",
            vi: "Không thủ tục nào có hiệu lực trước ngày hiệu lực của danh mục (catalog.yaml)."),
        rationale: Localized(
            "The catalog describes the province's procedures from its effective date (2025-07-01, when the two-level local government began). A procedure dated earlier was announced for the old three-level structure; it has to be re-announced, with the decision and date of the new announcement.",
            vi:
                "Danh mục mô tả thủ tục của tỉnh từ ngày hiệu lực của nó (01/07/2025, khi chính quyền địa phương hai cấp bắt đầu). Thủ tục có ngày hiệu lực sớm hơn được công bố cho cơ cấu ba cấp cũ; cần công bố lại, với quyết định và ngày công bố mới."
        ),
        triggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "legal_basis": "[luat-60-2014-qh13]",
                "effective": "↓2024-01-01",
            ])
        ],
        nonTriggering: [
            .procedure(changing: [
                "channels": "[in-person]", "online_service": "none", "legal_basis": "[luat-60-2014-qh13]",
            ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        guard let start = context.catalog.manifest?.effective else { return [] }
        return context.catalog.procedures.values.filter { $0.effective.value < start }.map { procedure in
            context.finding(
                LintMessage.effectiveBeforeCatalog(
                    code: procedure.code.value, effective: procedure.effective.value, start: start),
                at: procedure.effective.range)
        }
    }
}
