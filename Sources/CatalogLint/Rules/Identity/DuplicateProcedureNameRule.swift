import CatalogModel
import Diagnostics

/// Two procedures with one name in one field and level cannot be told apart by an applicant
/// choosing on the portal.
public struct DuplicateProcedureNameRule: LintRule {
    public static let description = RuleDescription(
        id: "duplicate-procedure-name",
        category: .identity, severity: .error,
        triggering: [
            .procedure(
                changing: StandardProcedure.secondBirth,
                ["name": "↓Thủ tục đăng ký  khai sinh", "name_en": "Birth registration (copy)"])
        ],
        nonTriggering: [
            .procedure(
                changing: StandardProcedure.secondBirth,
                [
                    "name": "Thủ tục đăng ký khai sinh có yếu tố nước ngoài",
                    "name_en": "Birth registration with a foreign element",
                ])
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        context.proceduresSharing {
            "\($0.field.value)|\($0.level.value.rawValue)|\(context.nameKeys($0).exact)"
        }.flatMap { sorted -> [Diagnostic] in
            let first = sorted[0]
            return sorted.dropFirst().map { procedure in
                context.finding(
                    LintMessage.duplicateName(
                        procedureCode: procedure.code.value, firstCode: first.code.value, field: procedure.field.value,
                        level: procedure.level.value.rawValue),
                    at: procedure, repeating: first)
            }
        }
    }
}
