import Diagnostics

/// A suppression is a decision someone must be able to review; without a reason it is just a
/// way to make the linter quiet.
public struct SuppressionReasonRule: SuppressionAuditRule {
    public init() {}

    /// The examples' procedure: its name keeps the old tone mark placement (hoà) of its decision.
    private static let mediation: KeyValuePairs<String, String?> = [
        "name": "Thủ tục hoà giải ở cơ sở", "name_en": "Grassroots mediation", "channels": "[in-person]",
        "online_service": "none",
        "result": "Biên bản hòa giải thành",
    ]

    public static let description = RuleDescription(
        id: "suppression-without-reason",
        name: Localized("Suppression without a reason", vi: "Tắt kiểm tra không nêu lý do"),
        category: .suppressions, severity: .warning,
        summary: Localized(
            "Every `# tthc-lint: disable-next-line RULE` comment gives a reason after `--`; without one it suppresses nothing.",
            vi:
                "Mọi chú thích `# tthc-lint: disable-next-line RULE` nêu lý do sau `--`; thiếu lý do thì không có tác dụng."
        ),
        rationale: Localized(
            "A suppression says: this finding is right, and we keep the line anyway. A reviewer can only accept that with the reason (the decision quotes it this way; the portal uses this spelling). A comment without `-- reason` is ignored, so the finding it meant to hide is still reported, together with this one.",
            vi:
                "Chú thích tắt kiểm tra có nghĩa: phát hiện này đúng, nhưng vẫn giữ dòng này. Người rà soát chỉ chấp nhận được khi có lý do (quyết định trích dẫn đúng như vậy; cổng dùng cách viết này). Chú thích thiếu `-- lý do` bị bỏ qua, nên phát hiện nó định ẩn vẫn được báo, cùng với phát hiện này."
        ),
        triggering: [
            .procedure(changing: mediation, comments: ["name": "↓# tthc-lint: disable-next-line tone-mark-style"])
        ],
        nonTriggering: [
            .procedure(
                changing: mediation,
                comments: [
                    "name": "# tthc-lint: disable-next-line tone-mark-style -- spelt as in Decision 1/QĐ-UBND"
                ])
        ])

    public func audit(
        _ outcomes: [SuppressionFilter.Outcome], context: LintContext, ruleEnabled: (String, String) -> Bool
    ) -> [Diagnostic] {
        outcomes.filter { $0.suppression.scope != nil && $0.suppression.reason.isEmpty }.map { outcome in
            context.finding(
                LintMessage.noReason,
                at: outcome.suppression.range)
        }
    }
}
