import Diagnostics

/// Filing online exists to be faster; a longer deadline online than at the counter reverses the
/// point of the online channel, and is usually a swapped row of the portal's table.
public struct OnlineDeadlineRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "online-deadline-longer",
        name: Localized("Online deadline longer than at the counter", vi: "Thời hạn trực tuyến dài hơn nộp trực tiếp"),
        category: .channels, severity: .warning,
        summary: Localized(
            "The online channel's own deadline is not longer than the procedure's deadline.",
            vi: "Thời hạn riêng của kênh online không dài hơn thời hạn chung của thủ tục."),
        rationale: Localized(
            "Each channel row of the portal's table (Trực tiếp, Trực tuyến, Dịch vụ bưu chính) may carry its own deadline. Online filing is promoted because it is at least as fast: a longer online deadline than the general one is almost always two rows swapped when the table was copied. Compared in working time, as the calendar counts it.",
            vi:
                "Mỗi dòng kênh trong bảng trên cổng (Trực tiếp, Trực tuyến, Dịch vụ bưu chính) có thể có thời hạn riêng. Nộp trực tuyến được khuyến khích vì ít nhất cũng nhanh bằng: thời hạn trực tuyến dài hơn thời hạn chung gần như luôn là hai dòng bị đảo khi sao chép bảng. So sánh theo thời gian làm việc, như lịch tính."
        ),
        triggering: [
            .procedure(changing: [
                "channels": """
                  - in-person
                  - { channel: online, deadline: ↓{ text: "05 ngày làm việc", value: 5 working days } }
                """,
                "online_service": "partial",
            ])
        ],
        nonTriggering: [
            .procedure(changing: [
                "channels": """
                  - in-person
                  - { channel: online, deadline: { text: "02 ngày làm việc", value: 2 working days } }
                """,
                "online_service": "partial",
            ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values {
            guard let compiled = context.compiled(procedure.code.value) else { continue }
            for (offer, entry) in zip(procedure.channels, compiled.channels) where offer.channel == .online {
                guard let deadline = offer.deadline, let minutes = entry.deadline?.minutes,
                    minutes > compiled.deadline.minutes
                else { continue }
                findings.append(
                    context.finding(
                        LintMessage.onlineDeadlineLonger(
                            deadline: deadline.value.value, procedureDeadline: procedure.deadline.value.value),
                        at: deadline.range))
            }
        }
        return findings
    }
}
