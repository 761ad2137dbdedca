import CatalogModel
import Diagnostics

/// Two procedures with one name in one field and level cannot be told apart by an applicant
/// choosing on the portal.
public struct DuplicateProcedureNameRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "duplicate-procedure-name",
        name: Localized("Procedure name used twice", vi: "Tên thủ tục bị trùng"),
        category: .identity, severity: .error,
        summary: Localized(
            "Procedure names are unique within a field and level.",
            vi: "Tên thủ tục không trùng nhau trong cùng lĩnh vực và cấp."),
        rationale: Localized(
            "The portal lists procedures by field and level; an applicant picks one by its name. Two procedures with the same name there (ignoring case and spacing) cannot be told apart, and usually one is a stale copy. Rename one so the names say how they differ, or remove the copy. The finding is on the procedure with the larger code.",
            vi:
                "Cổng dịch vụ công liệt kê thủ tục theo lĩnh vực và cấp; người dân chọn theo tên. Hai thủ tục cùng tên ở đó (không kể chữ hoa, khoảng trắng) không phân biệt được, và thường một cái là bản sao cũ. Đổi tên để thấy chúng khác nhau thế nào, hoặc bỏ bản sao. Lỗi được báo ở thủ tục có mã lớn hơn."
        ),
        triggering: [
            .procedure(changing: [
                "code": "1.009999",
                "name": "↓Thủ tục đăng ký  khai sinh",
                "name_en": "Birth registration (copy)",
                "channels": "[in-person]",
                "online_service": "none",
                "deadline": #"{ text: "Ngay trong ngày", value: same day, cutoff: "15:00" }"#,
                "result": "Giấy khai sinh",
                "legal_basis": "[luat-60-2014-qh13]",
            ])
        ],
        nonTriggering: [
            .procedure(changing: [
                "code": "1.009999",
                "name": "Thủ tục đăng ký khai sinh có yếu tố nước ngoài",
                "name_en": "Birth registration with a foreign element",
                "channels": "[in-person]",
                "online_service": "none",
                "deadline": #"{ text: "Ngay trong ngày", value: same day, cutoff: "15:00" }"#,
                "result": "Giấy khai sinh",
                "legal_basis": "[luat-60-2014-qh13]",
            ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var groups: [String: [Procedure]] = [:]
        for procedure in context.catalog.procedures.values {
            groups[
                "\(procedure.field.value)|\(procedure.level.value.rawValue)|\(context.nameKeys(procedure).exact)",
                default: []
            ].append(procedure)
        }
        return groups.values.filter { $0.count > 1 }.flatMap { group -> [Diagnostic] in
            let sorted = group.sorted { $0.code.value < $1.code.value }
            let first = sorted[0]
            return sorted.dropFirst().map { procedure in
                context.finding(
                    LintMessage.duplicateName(
                        procedureCode: procedure.code.value, firstCode: first.code.value, field: procedure.field.value,
                        level: procedure.level.value.rawValue),
                    at: procedure.name.range,
                    notes: [
                        DiagnosticNote(
                            LintMessage.namedHere(code: first.code.value),
                            at: first.name.range)
                    ])
            }
        }
    }
}
