import Diagnostics

/// A misspelt rule id or directive makes a suppression comment do nothing while looking as if it
/// did something.
public struct InvalidSuppressionRule: SuppressionAuditRule {
    public init() {}

    public static let description = RuleDescription(
        id: "invalid-suppression",
        name: Localized("Malformed suppression comment", vi: "Chú thích tắt kiểm tra sai cú pháp"),
        category: .suppressions, severity: .error,
        summary: Localized(
            "A `# tthc-lint:` comment uses disable-next-line or disable-line and names known rules.",
            vi: "Chú thích `# tthc-lint:` dùng disable-next-line hoặc disable-line và nêu quy tắc có thật."),
        rationale: Localized(
            "The form is `# tthc-lint: disable-next-line RULE[, RULE] -- reason` on the line above, or `# tthc-lint: disable-line RULE -- reason` at the end of the line. RULE is a rule id (`tthc rules` lists them) or a compiler check's code or name (C007, deadline-budget); errors that mean a file cannot be read (F, Y, L, R codes) cannot be suppressed. A misspelt directive or rule id suppresses nothing.",
            vi:
                "Cú pháp là `# tthc-lint: disable-next-line QUY_TẮC[, QUY_TẮC] -- lý do` ở dòng trên, hoặc `# tthc-lint: disable-line QUY_TẮC -- lý do` ở cuối dòng. QUY_TẮC là mã quy tắc (`tthc rules` liệt kê) hoặc mã, tên một kiểm tra của trình biên dịch (C007, deadline-budget); lỗi khiến tệp không đọc được (mã F, Y, L, R) không thể tắt. Gõ sai chỉ thị hoặc mã quy tắc thì chú thích không có tác dụng."
        ),
        triggering: [
            .procedure(
                changing: [
                    "name": "Thủ tục hòa giải ở cơ sở",
                    "name_en": "Grassroots mediation   ↓# tthc-lint: ignore missing-english-name -- checked",
                    "channels": "[in-person]",
                    "online_service": "none",
                    "result": "Biên bản hòa giải thành",
                ],
                comments: [
                    "name": "# tthc-lint: disable-next-line ↓tone-mark -- spelt as in Decision 1/QĐ-UBND"
                ])
        ],
        nonTriggering: [
            .procedure(
                changing: [
                    "name": "Thủ tục hoà giải ở cơ sở",
                    "name_en": "Grassroots mediation",
                    "channels": "[in-person]",
                    "online_service": "none",
                    "result": "Biên bản hòa giải thành",
                ],
                comments: [
                    "name": "# tthc-lint: disable-next-line tone-mark-style, C007 -- spelt as in Decision 1/QĐ-UBND"
                ])
        ])

    public func audit(
        _ outcomes: [SuppressionFilter.Outcome], context: LintContext, ruleEnabled: (String, String) -> Bool
    ) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for outcome in outcomes {
            let suppression = outcome.suppression
            guard suppression.scope != nil else {
                findings.append(
                    context.finding(
                        LintMessage.unknownDirective(directive: suppression.directive),
                        at: suppression.range))
                continue
            }
            if suppression.targets.isEmpty {
                findings.append(
                    context.finding(
                        LintMessage.noRuleNamed,
                        at: suppression.range))
            }
            for target in suppression.targets where !SuppressionFilter.isKnown(target.id, ruleIds: context.knownRuleIds)
            {
                let hint = NearestName.suggestion(for: target.id, in: context.knownRuleIds.sorted())
                findings.append(
                    context.finding(
                        LintMessage.unknownSuppressionTarget(id: target.id, suggestion: hint),
                        at: target.range))
            }
        }
        return findings
    }
}
