import Diagnostics

/// A suppression that hides nothing outlives the problem it was written for, and would hide the
/// next, unrelated finding on that line.
public struct UnusedSuppressionRule: SuppressionAuditRule {
    public init() {}

    public static let description = RuleDescription(
        id: "unused-suppression",
        name: Localized("Suppression that suppresses nothing", vi: "Chú thích tắt kiểm tra không có tác dụng"),
        category: .suppressions, severity: .warning,
        summary: Localized(
            "Every rule named in a suppression comment has a finding on the line it covers.",
            vi: "Mọi quy tắc nêu trong chú thích tắt kiểm tra có phát hiện ở dòng mà chú thích áp dụng."),
        rationale: Localized(
            "Once the line is fixed, or moved, a suppression comment hides nothing; left in place it would silently hide the next, unrelated finding there. Remove it. (A comment naming a rule that is switched off for the file is not reported.)",
            vi:
                "Khi dòng đã được sửa hoặc di chuyển, chú thích tắt kiểm tra không còn che gì; để lại thì nó sẽ âm thầm che phát hiện tiếp theo, không liên quan, ở dòng đó. Hãy xóa nó. (Chú thích nêu quy tắc đang tắt cho tệp đó thì không bị báo.)"
        ),
        triggering: [
            .procedure(
                changing: [
                    "name": "Thủ tục hòa giải ở cơ sở",
                    "name_en": "Grassroots mediation",
                    "channels": "[in-person]",
                    "online_service": "none",
                    "result": "Biên bản hòa giải thành",
                ],
                comments: [
                    "name": "# tthc-lint: disable-next-line ↓tone-mark-style -- spelt as in Decision 1/QĐ-UBND"
                ])
        ],
        nonTriggering: [
            .procedure(changing: [
                "name":
                    "Thủ tục hoà giải ở cơ sở   # tthc-lint: disable-line tone-mark-style -- spelt as in Decision 1/QĐ-UBND",
                "name_en": "Grassroots mediation",
                "channels": "[in-person]",
                "online_service": "none",
                "result": "Biên bản hòa giải thành",
            ])
        ])

    public func audit(
        _ outcomes: [SuppressionFilter.Outcome], context: LintContext, ruleEnabled: (String, String) -> Bool
    ) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for outcome in outcomes where outcome.applied {
            for (target, count) in zip(outcome.suppression.targets, outcome.counts)
            where count == 0 && ruleEnabled(target.id, outcome.suppression.file) {
                findings.append(
                    context.finding(
                        LintMessage.unusedSuppression(id: target.id),
                        at: target.range))
            }
        }
        return findings
    }
}
