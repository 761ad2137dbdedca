import CatalogModel
import Diagnostics

/// Fee schedules set round amounts in whole đồng; 8001 is a typing slip of 8000.
public struct FeeAmountRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "fee-amount",
        name: Localized("Fee amount not a round VND amount", vi: "Mức phí không tròn theo đồng"),
        category: .fees, severity: .warning,
        summary: Localized(
            "Fee amounts are whole VND, non-negative, in steps of 500 đồng.",
            vi: "Mức phí là số đồng nguyên, không âm, theo bội số 500 đồng."),
        rationale: Localized(
            "Fees and charges are set by law and provincial resolutions in whole đồng, and in round steps (2.000 đ, 8.000 đ, 50.000 đ); there is no coin below 200 đ. The loader already rejects decimals and negative amounts; an amount that is not a multiple of `multiple_of` (500 by default), such as 2001 or 8050, is almost always a typing slip. Check it against the resolution.",
            vi:
                "Phí, lệ phí được luật và nghị quyết của tỉnh quy định bằng số đồng nguyên, theo mức tròn (2.000 đ, 8.000 đ, 50.000 đ); không có đồng xu dưới 200 đ. Trình đọc đã từ chối số thập phân và số âm; mức phí không phải bội số của `multiple_of` (mặc định 500), như 2001 hay 8050, gần như luôn là lỗi gõ. Đối chiếu lại với nghị quyết."
        ),
        options: [
            RuleOption(
                "multiple_of", .integer(1...1_000_000), default: "500",
                Localized("amounts must be multiples of this", vi: "mức phí phải là bội số của số này"))
        ],
        triggering: [
            .procedure(
                changing: StandardProcedure.inPerson,
                ["fees": "  - { name: Chứng thực bản sao, amount: ↓2001, per: page }"])
        ],
        nonTriggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "fees": """
                  - { name: Chứng thực bản sao trang 1 và 2, amount: 2000, per: page }
                  - { name: Chứng thực bản sao từ trang 3, amount: 1000, per: page }
                """,
            ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        let step = max(1, context.options.integer("multiple_of"))
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values {
            for fee in procedure.fees + procedure.channels.flatMap({ $0.fees ?? [] }) {
                guard let amount = fee.amount else { continue }
                if amount.value < 0 || amount.value % step != 0 {
                    findings.append(
                        context.finding(
                            LintMessage.unroundAmount(name: fee.name, amount: amount.value, step: step),
                            at: amount.range))
                }
            }
        }
        return findings
    }
}
