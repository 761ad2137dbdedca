import Diagnostics

/// Step budgets that use up (nearly) the whole statutory deadline leave no room for a late
/// hand-over or a sick day; the case runs overdue at the first delay.
public struct StepBudgetSlackRule: LintRule {
    public init() {}

    /// The examples' procedure: one working day, its signing step `hours` long.
    private static func oneDay(_ value: String, signing hours: String) -> RuleExample {
        .procedure(
            changing: StandardProcedure.inPerson,
            [
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
        name: Localized("Step budgets leave too little slack", vi: "Thời gian các bước để lại quá ít dự phòng"),
        category: .deadlines, severity: .warning,
        summary: Localized(
            "The longest path of step budgets leaves at least 10% of the deadline free.",
            vi: "Đường dài nhất của thời gian các bước còn để trống ít nhất 10% thời hạn."),
        rationale: Localized(
            "The compiler checks that the step budgets on the longest path fit the statutory deadline (C007). Fitting exactly is not enough: a hand-over that waits for the next morning, or one absent officer, then makes every case overdue. Keep at least `min_slack_percent` (10% by default) of the deadline unallocated, or shorten a step.",
            vi:
                "Trình biên dịch kiểm tra tổng thời gian các bước trên đường dài nhất không vượt thời hạn luật định (C007). Vừa khít là chưa đủ: một lần chuyển hồ sơ phải chờ sáng hôm sau, hay một cán bộ vắng mặt, sẽ làm mọi hồ sơ trễ hạn. Hãy để trống ít nhất `min_slack_percent` (mặc định 10%) thời hạn, hoặc rút ngắn một bước."
        ),
        options: [
            RuleOption(
                "min_slack_percent", .integer(0...100), default: "10",
                Localized("the least share of the deadline left free", vi: "phần thời hạn tối thiểu để trống"))
        ],
        triggering: [oneDay("↓1 working day", signing: "6.5 working hours")],
        nonTriggering: [oneDay("1 working day", signing: "6 working hours")])

    public func check(_ context: LintContext) -> [Diagnostic] {
        let minimum = context.options.integer("min_slack_percent")
        return context.catalog.procedures.values.compactMap { procedure in
            guard let compiled = context.compiled(procedure.code.value), let used = compiled.budgetMinutes,
                let slack = compiled.slackMinutes
            else { return nil }
            let deadline = used + slack
            // Over budget is the compiler's C007; an empty deadline has no share to keep.
            guard slack >= 0, deadline > 0, slack * 100 < minimum * deadline else { return nil }
            let percent = slack * 100 / deadline
            return context.finding(
                LintMessage.littleSlack(used: used, deadline: deadline, percent: percent, minimum: minimum),
                at: procedure.deadline.value.range)
        }
    }
}
