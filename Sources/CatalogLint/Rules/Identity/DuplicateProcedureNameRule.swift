import CatalogModel
import Diagnostics

/// Two procedures with one name in one field and level cannot be told apart by an applicant
/// choosing on the portal.
public struct DuplicateProcedureNameRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "duplicate-procedure-name",
        category: .identity, severity: .error,
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
