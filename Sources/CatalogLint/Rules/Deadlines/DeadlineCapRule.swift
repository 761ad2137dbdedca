import Diagnostics
import WorkCalendar

/// A cap is the ceiling whatever extensions apply; one below the base deadline cuts the base.
public struct DeadlineCapRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "deadline-cap-below-deadline",
        name: Localized("Deadline cap below the deadline", vi: "Mức trần thấp hơn thời hạn"),
        category: .deadlines, severity: .error,
        summary: Localized(
            "A deadline's cap is not shorter than its value.",
            vi: "Mức trần (cap) của thời hạn không ngắn hơn giá trị thời hạn."),
        rationale: Localized(
            "cap is the ceiling on the deadline however many extensions apply (\"không quá 20 ngày làm việc\"). A cap shorter than the base deadline cuts every case short, which no published deadline does: one of the two numbers is wrong. Compared when both are in the same unit.",
            vi:
                "cap là mức trần của thời hạn dù cộng bao nhiêu phần kéo dài (\"không quá 20 ngày làm việc\"). Mức trần ngắn hơn thời hạn gốc cắt ngắn mọi hồ sơ, điều không thời hạn công bố nào có: một trong hai con số bị sai. Chỉ so sánh khi cả hai cùng đơn vị."
        ),
        triggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "deadline":
                    #"{ text: "15 ngày làm việc, tối đa không quá 20 ngày làm việc", value: 15 working days, cap: ↓10 working days }"#,
            ])
        ],
        nonTriggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "deadline":
                    #"{ text: "15 ngày làm việc, tối đa không quá 20 ngày làm việc", value: 15 working days, cap: 20 working days }"#,
            ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values {
            for deadline in [procedure.deadline] + procedure.channels.compactMap(\.deadline) {
                guard let cap = deadline.cap, cap.value.terms.count == 1 else { continue }
                let base = deadline.value.value.base
                let ceiling = cap.value.base
                guard base.unit == ceiling.unit, base.unit != .sameDay, ceiling.amount < base.amount else { continue }
                findings.append(
                    context.finding(
                        LintMessage.capBelowDeadline(cap: cap.value, deadline: deadline.value.value),
                        at: cap.range))
            }
        }
        return findings
    }
}
