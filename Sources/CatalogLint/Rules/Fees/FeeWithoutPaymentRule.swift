import CatalogModel
import Diagnostics

/// A fee that must be paid before the result is issued needs a place in the workflow where the
/// case waits for payment; otherwise the interpreter issues results unpaid.
public struct FeeWithoutPaymentRule: LintRule, ChecksEachProcedure {
    /// The examples' procedure: a copy of an extract, filed in person, with a fee.
    private static let extract: KeyValuePairs<String, String?> = [
        "name": "Cấp bản sao trích lục hộ tịch", "name_en": "Copy of a civil status extract",
        "result": "Bản sao trích lục",
    ]

    public static let description = RuleDescription(
        id: "fee-without-payment-step",
        category: .fees, severity: .warning,
        triggering: [
            .inPerson(changing: extract, ["fees": "  - { name: Lệ phí, amount: ↓10000 }"])
        ],
        nonTriggering: [
            .inPerson(
                changing: extract,
                [
                    "fees": "  - { name: Lệ phí, amount: 10000 }",
                    "workflow": """
                      start: receive
                      steps:
                        receive: { by: commune.pasc, takes: 1 working hour, next: pay }
                        pay: { wait: payment, then: sign }
                        sign: { by: commune.chairman, takes: 1 working day, next: return }
                        return: { by: commune.pasc, end: issued }
                    """,
                ])
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> Diagnostic? {
        let fees = procedure.fees + procedure.channels.flatMap { $0.fees ?? [] }
        let charged = fees.filter {
            ($0.per == nil || $0.per == .dossier) && (($0.amount?.value ?? 0) > 0 || $0.schedule != nil)
        }
        guard let fee = charged.first, let workflow = context.catalog.workflows[procedure.code.value] else {
            return nil
        }
        let pays = workflow.steps.values.contains { step in
            if case .wait(let kind, _) = step.kind, kind.value == .payment { return true }
            return step.may.contains { $0.exit == .pay }
        }
        if pays { return nil }
        return context.finding(
            LintMessage.feeWithoutPayment(name: fee.name),
            at: fee.amount?.range ?? fee.schedule?.range ?? fee.range)
    }
}
