import Diagnostics
import WorkCalendar

/// An expired procedure left in the catalog is still offered to applicants.
public struct ProcedureExpiredRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "procedure-expired",
        name: Localized("Procedure past its end date", vi: "Thủ tục đã hết hiệu lực"),
        category: .legal, severity: .warning,
        summary: Localized(
            "No procedure's expires date is before today.", vi: "Không thủ tục nào có ngày expires trước hôm nay."),
        rationale: Localized(
            "A procedure whose expires date has passed is no longer in force, but while its file stays in the catalog the portal and the one-stop desks still offer it. Remove the file, or correct the date if the procedure was extended.",
            vi:
                "Thủ tục đã qua ngày expires không còn hiệu lực, nhưng khi tệp còn trong danh mục thì cổng dịch vụ công và bộ phận một cửa vẫn cung cấp nó. Xóa tệp, hoặc sửa ngày nếu thủ tục được gia hạn."
        ),
        triggering: [
            .procedure(changing: ["channels": "[in-person]", "online_service": "none", "expires": "↓2026-03-31"])
        ],
        nonTriggering: [
            .procedure(changing: ["channels": "[in-person]", "online_service": "none", "expires": "2026-12-31"])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        context.catalog.procedures.values.compactMap { procedure in
            guard let expires = procedure.expires, expires.value < context.today else { return nil }
            return context.finding(
                LintMessage.procedureExpired(code: procedure.code.value, expires: expires.value),
                at: expires.range)
        }
    }
}
