import Diagnostics

/// Filing online exists to be faster; a longer deadline online than at the counter reverses the
/// point of the online channel, and is usually a swapped row of the portal's table.
public struct OnlineDeadlineRule: LintRule {
    public static let description = RuleDescription(
        id: "online-deadline-longer",
        category: .channels, severity: .warning,
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

    public static func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values {
            guard let budget = context.budget(of: procedure.code.value) else { continue }
            for (offer, minutes) in zip(procedure.channels, budget.channelDeadlineMinutes)
            where offer.channel == .online {
                guard let deadline = offer.deadline, let minutes, minutes > budget.deadlineMinutes
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
