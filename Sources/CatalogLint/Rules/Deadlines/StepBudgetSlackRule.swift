import CatalogModel
import Diagnostics

/// Step budgets that use up (nearly) the whole statutory deadline leave no room for a late
/// hand-over or a sick day; the case runs overdue at the first delay.
public struct StepBudgetSlackRule: LintRule, ChecksEachProcedure {
    /// The examples' procedure: one working day, its signing step `hours` long.
    private static func oneDay(_ value: String, signing hours: String) -> RuleExample {
        .inPerson(changing: [
            "deadline": #"{ text: "01 ngày làm việc", value: \#(value) }"#,
            "workflow": """
              start: receive
              steps:
                receive: { by: commune.pasc, takes: 1 working hour, next: sign }
                sign: { by: commune.chairman, takes: \(hours), next: return }
                return: { by: commune.pasc, end: issued }
            """,
        ])
    }

    public static let description = RuleDescription(
        id: "step-budget-slack",
        category: .deadlines, severity: .warning,
        options: [
            RuleOption("min_slack_percent", .integer(0...100), default: "10")
        ],
        triggering: [oneDay("↓1 working day", signing: "6.5 working hours")],
        nonTriggering: [oneDay("1 working day", signing: "6 working hours")])

    public static func check(_ procedure: Procedure, in context: LintContext) -> Diagnostic? {
        guard let budget = context.budget(of: procedure.code.value), let used = budget.budgetMinutes,
            let slack = budget.slackMinutes
        else { return nil }
        let deadline = used + slack
        let minimum = context.options.integer("min_slack_percent")
        // Over budget is the compiler's C007; an empty deadline has no share to keep.
        guard slack >= 0, deadline > 0, slack * 100 < minimum * deadline else { return nil }
        let percent = slack * 100 / deadline
        return context.finding(
            LintMessage.littleSlack(used: used, deadline: deadline, percent: percent, minimum: minimum),
            at: procedure.deadline.value.range)
    }
}
