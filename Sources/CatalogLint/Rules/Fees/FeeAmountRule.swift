import CatalogModel
import Diagnostics

/// Fee schedules set round amounts in whole đồng; 8001 is a typing slip of 8000.
public struct FeeAmountRule: LintRule, ChecksProcedureParts {
    public static let description = RuleDescription(
        id: "fee-amount",
        category: .fees, severity: .warning,
        options: [
            RuleOption("multiple_of", .integer(1...1_000_000), default: "500")
        ],
        triggering: [
            .inPerson(changing: ["fees": "  - { name: Chứng thực bản sao, amount: ↓2001, per: page }"])
        ],
        nonTriggering: [
            .inPerson(changing: [
                "fees": """
                  - { name: Chứng thực bản sao trang 1 và 2, amount: 2000, per: page }
                  - { name: Chứng thực bản sao từ trang 3, amount: 1000, per: page }
                """
            ])
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> [Diagnostic] {
        let step = max(1, context.options.integer("multiple_of"))
        return (procedure.fees + procedure.channels.flatMap({ $0.fees ?? [] })).compactMap { fee in
            guard let amount = fee.amount, amount.value < 0 || amount.value % step != 0 else { return nil }
            return context.finding(
                LintMessage.unroundAmount(name: fee.name, amount: amount.value, step: step),
                at: amount.range)
        }
    }
}
