import CatalogModel
import Diagnostics

/// A fee that must be paid before the result is issued needs a place in the workflow where the
/// case waits for payment; otherwise the interpreter issues results unpaid.
public struct FeeWithoutPaymentRule: LintRule {
    public init() {}

    /// The examples' procedure: a copy of an extract, filed in person, with a fee.
    private static let extract: KeyValuePairs<String, String?> = [
        "name": "Cấp bản sao trích lục hộ tịch", "name_en": "Copy of a civil status extract",
        "channels": "[in-person]", "online_service": "none", "result": "Bản sao trích lục",
    ]

    public static let description = RuleDescription(
        id: "fee-without-payment-step",
        name: Localized("Fee without a payment step", vi: "Có phí nhưng không có bước nộp phí"),
        category: .fees, severity: .warning,
        summary: Localized(
            "A procedure with a per-dossier fee has a payment step (wait: payment or may: pay).",
            vi: "Thủ tục có phí theo hồ sơ có bước nộp phí (wait: payment hoặc may: pay)."),
        rationale: Localized(
            "A fee charged for the dossier (no per:, or per: dossier; with an amount above zero or a schedule) is paid before the result is handed over, and the statutory clock pauses while the applicant pays. The workflow must have that point: a `wait: payment` step or a `may: { pay: STEP }` exit. Fees per copy, page or item are collected at the counter with the result and need no step.",
            vi:
                "Khoản phí tính theo hồ sơ (không có per:, hoặc per: dossier; mức thu lớn hơn 0 hoặc theo nghị quyết) phải nộp trước khi trả kết quả, và thời hạn tạm dừng trong lúc người dân nộp phí. Quy trình phải có điểm đó: bước `wait: payment` hoặc lối ra `may: { pay: BƯỚC }`. Phí theo bản sao, trang hay mục được thu tại quầy khi trả kết quả, không cần bước riêng."
        ),
        triggering: [
            .procedure(changing: extract, ["fees": "  - { name: Lệ phí, amount: ↓10000 }"])
        ],
        nonTriggering: [
            .procedure(
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

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values {
            let fees = procedure.fees + procedure.channels.flatMap { $0.fees ?? [] }
            let charged = fees.filter {
                ($0.per == nil || $0.per == .dossier) && (($0.amount?.value ?? 0) > 0 || $0.schedule != nil)
            }
            guard let fee = charged.first, let workflow = context.catalog.workflows[procedure.code.value] else {
                continue
            }
            let pays = workflow.steps.values.contains { step in
                if case .wait(let kind, _) = step.kind, kind.value == .payment { return true }
                return step.may.contains { $0.exit == .pay }
            }
            if pays { continue }
            findings.append(
                context.finding(
                    LintMessage.feeWithoutPayment(name: fee.name),
                    at: fee.amount?.range ?? fee.schedule?.range ?? fee.range))
        }
        return findings
    }
}
