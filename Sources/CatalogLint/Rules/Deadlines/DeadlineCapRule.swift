import CatalogModel
import Diagnostics
import WorkCalendar

/// A cap is the ceiling whatever extensions apply; one below the base deadline cuts the base.
public struct DeadlineCapRule: LintRule, ChecksProcedureParts {
    /// The examples' deadline: 15 working days, at most 20 by its wording, capped at `cap`.
    private static func capped(at cap: String) -> RuleExample {
        .deadline(#"text: "15 ngày làm việc, tối đa không quá 20 ngày làm việc", value: 15 working days, cap: \#(cap)"#)
    }

    public static let description = RuleDescription(
        id: "deadline-cap-below-deadline",
        category: .deadlines, severity: .error,
        triggering: [
            capped(at: "↓10 working days")
        ],
        nonTriggering: [
            capped(at: "20 working days")
        ])

    public static func check(_ procedure: Procedure, in context: LintContext) -> [Diagnostic] {
        procedure.allDeadlines.compactMap { deadline in
            guard let cap = deadline.cap, cap.value.terms.count == 1 else { return nil }
            let base = deadline.value.value.base
            let ceiling = cap.value.base
            guard base.unit == ceiling.unit, base.unit != .sameDay, ceiling.amount < base.amount else { return nil }
            return context.finding(
                LintMessage.capBelowDeadline(cap: cap.value, deadline: deadline.value.value),
                at: cap.range)
        }
    }
}
