import Diagnostics

/// The portal's dossier table says for each paper how many originals and copies to bring; a row
/// with neither leaves the applicant guessing and the clerk free to refuse.
public struct DossierCountRule: LintRule {
    public init() {}

    public static let description = RuleDescription(
        id: "dossier-item-without-count",
        name: Localized(
            "Dossier item without originals or copies", vi: "Thành phần hồ sơ không ghi số bản chính, bản sao"),
        category: .dossier, severity: .warning,
        summary: Localized(
            "Every dossier item says how many originals or copies to bring.",
            vi: "Mọi thành phần hồ sơ ghi số bản chính hoặc bản sao cần nộp."),
        rationale: Localized(
            "The dossier table on the portal gives, for every paper, the number of originals (bản chính) and copies (bản sao). An item with neither (originals and copies both 0 or missing) leaves applicants guessing what to bring, and lets a counter refuse a dossier for a reason nobody published. Add originals: or copies:.",
            vi:
                "Bảng thành phần hồ sơ trên cổng ghi cho mỗi giấy tờ số bản chính và bản sao. Thành phần không ghi cả hai (originals và copies đều 0 hoặc không có) khiến người dân không biết phải nộp gì, và cho phép bộ phận tiếp nhận từ chối hồ sơ vì lý do không công bố. Thêm originals: hoặc copies:."
        ),
        triggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "dossier": """
                  - { name: ↓Giấy tờ tùy thân }
                  - { name: Bản chính giấy tờ cần chứng thực, originals: 1 }
                """,
            ])
        ],
        nonTriggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "dossier": """
                  - { name: Giấy tờ tùy thân, copies: 1 }
                  - { name: Bản chính giấy tờ cần chứng thực, originals: 1 }
                """,
            ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for procedure in context.catalog.procedures.values {
            for item in procedure.dossier where item.originals == 0 && item.copies == 0 {
                findings.append(
                    context.finding(
                        LintMessage.noOriginalOrCopy(name: item.name),
                        at: context.scalar("name", within: item.range)?.node.range ?? item.range))
            }
        }
        return findings
    }
}
