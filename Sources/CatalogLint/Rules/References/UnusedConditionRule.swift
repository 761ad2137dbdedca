import Diagnostics

/// A case fact that neither branches the workflow nor extends the deadline has no effect: the
/// clerk is asked about it for nothing.
public struct UnusedConditionRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "unused-condition",
        name: Localized("Condition with no effect", vi: "Điều kiện không có tác dụng"),
        category: .references, severity: .warning,
        summary: Localized(
            "Every declared condition extends the deadline or is used by a choice.",
            vi: "Mọi điều kiện khai báo hoặc kéo dài thời hạn, hoặc được một bước rẽ nhánh dùng."),
        rationale: Localized(
            "A condition is a case fact the clerk records (verification needed, remote commune). If no choice step branches on it and it has no extends:, recording it changes nothing, and the statutory rule it was meant to model is missing. Add extends: or a choice that uses it, or remove it.",
            vi:
                "Điều kiện là một tình tiết của hồ sơ mà cán bộ ghi nhận (cần xác minh, xã ở xa). Nếu không bước rẽ nhánh nào dùng nó và nó không có extends:, việc ghi nhận không làm thay đổi gì, và quy định mà nó định mô tả bị thiếu. Thêm extends: hoặc một bước choice dùng nó, hoặc xóa đi."
        ),
        triggering: [
            .procedure(
                changing: StandardProcedure.inPerson, ["conditions": "  ↓needs_verification: { name: Cần xác minh }"])
        ],
        nonTriggering: [
            .procedure(
                changing: StandardProcedure.inPerson,
                [
                    "deadline":
                        #"{ text: "03 ngày làm việc; trường hợp cần xác minh thì không quá 05 ngày làm việc", value: 3 working days }"#,
                    "conditions": "  needs_verification: { name: Cần xác minh, extends: 2 working days }",
                ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values where !procedure.conditions.isEmpty {
            var branched: Set<String> = []
            for step in context.catalog.workflows[procedure.code.value].map({ Array($0.steps.values) }) ?? [] {
                if case .choice(let branches, _) = step.kind { branched.formUnion(branches.map { $0.fact.value }) }
            }
            for condition in procedure.conditions where condition.extends == nil && !branched.contains(condition.id) {
                findings.append(
                    context.finding(
                        LintMessage.unusedCondition(id: condition.id),
                        at: condition.range))
            }
        }
        return findings
    }
}
