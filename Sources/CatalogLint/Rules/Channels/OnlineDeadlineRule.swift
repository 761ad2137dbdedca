import CatalogModel
import Diagnostics

/// Filing online exists to be faster; a longer deadline online than at the counter reverses the
/// point of the online channel, and is usually a swapped row of the portal's table.
public struct OnlineDeadlineRule: LintRule, ChecksProcedureParts {
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

    public static func check(_ procedure: Procedure, in context: LintContext) -> [Diagnostic] {
        guard let budget = context.budget(of: procedure.code.value) else { return [] }
        return zip(procedure.channels, budget.channelDeadlineMinutes).compactMap { offer, minutes in
            guard offer.channel == .online, let deadline = offer.deadline, let minutes,
                minutes > budget.deadlineMinutes
            else { return nil }
            return context.finding(
                LintMessage.onlineDeadlineLonger(
                    deadline: deadline.value.value, procedureDeadline: procedure.deadline.value.value),
                at: deadline.range)
        }
    }
}
