import CatalogModel
import Diagnostics
import WorkCalendar

/// A procedure keeps running on its legal basis after the basis lapses unless someone notices;
/// this looks from today, where the compiler's C010 looks from the procedure's effective date.
public struct LegalBasisExpiringRule: LintRule {
    public init() {}

    /// The examples' provincial decision, which expires on 2026-07-31.
    private static let decision = RuleExample(
        file: "legal/extra.yaml",
        """
        documents:
          - id: qd-99-ubnd-2025
            number: 99/2025/QĐ-UBND
            kind: decision
            title: Quyết định quy định mức thu lệ phí hộ tịch
            issuer: Ủy ban nhân dân tỉnh Thử Nghiệm
            issued: 2025-06-20
            effective: 2025-07-01
            expires: 2026-07-31
        """)
    /// The examples' procedure.
    private static let mobileBirth: KeyValuePairs<String, String?> = [
        "name": "Đăng ký khai sinh lưu động", "name_en": "Mobile birth registration", "channels": "[in-person]",
        "online_service": "none", "result": "Giấy khai sinh",
    ]

    public static let description = RuleDescription(
        id: "legal-basis-expiring",
        name: Localized("Legal basis expiring or replaced", vi: "Căn cứ pháp lý sắp hết hiệu lực hoặc đã bị thay thế"),
        category: .legal, severity: .warning,
        summary: Localized(
            "No cited document has expired, been replaced, or expires within the next N days (90).",
            vi: "Không văn bản viện dẫn nào đã hết hiệu lực, đã bị thay thế, hoặc hết hiệu lực trong N ngày tới (90)."),
        rationale: Localized(
            "A procedure is lawful only while its legal basis is in force. The compiler checks the basis on the procedure's effective date (C010); this rule checks it today, so the catalog team gets warned before a decree lapses and learns when a newer document replaced one it still cites. Set `days` for the warning window; today is the run's date (`--today` fixes it for reproducible runs).",
            vi:
                "Thủ tục chỉ hợp pháp khi căn cứ pháp lý còn hiệu lực. Trình biên dịch kiểm tra căn cứ tại ngày thủ tục có hiệu lực (C010); quy tắc này kiểm tra tại ngày hôm nay, để nhóm quản lý danh mục được báo trước khi nghị định hết hiệu lực và biết khi một văn bản mới đã thay thế văn bản vẫn đang được viện dẫn. Đặt `days` cho khoảng báo trước; ngày hôm nay là ngày chạy (`--today` cố định ngày để kết quả lặp lại được)."
        ),
        options: [
            RuleOption(
                "days", .integer(0...3650), default: "90",
                Localized("warn this many days before expiry", vi: "báo trước bấy nhiêu ngày"))
        ],
        triggering: [
            decision.and(procedureChanging: mobileBirth, ["legal_basis": "[luat-60-2014-qh13, ↓qd-99-ubnd-2025]"]),
            // Decree 61/2018 expired on 2025-06-30: valid when the procedure took effect, not today.
            .procedure(
                changing: mobileBirth, ["legal_basis": "[luat-60-2014-qh13, ↓nd-61-2018]", "effective": "2024-01-01"]),
        ],
        nonTriggering: [
            decision.and(procedureChanging: mobileBirth, ["legal_basis": "[luat-60-2014-qh13, qd-99-ubnd-2025]"]).with(
                "days", "30")
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        let catalog = context.catalog
        let today = context.today
        let window = context.options.integer("days")
        var successors: [String: [LegalDocument]] = [:]
        for document in catalog.legalDocuments.values {
            for replaced in document.replaces { successors[replaced.value, default: []].append(document) }
        }
        var findings: [Diagnostic] = []
        for procedure in catalog.procedures.values {
            // A procedure that has itself ended is procedure-expired's concern.
            if let expires = procedure.expires?.value, expires < today { continue }
            // As the procedure stands today: a version may already cite the successor.
            let current = procedure.asOf(today)
            for reference in current.legalBasis + (current.announcedBy.map { [$0] } ?? []) {
                guard let document = catalog.legalDocuments[reference.value] else { continue }
                if let successor = successors[document.id]?.filter({ $0.effective <= today }).min(by: {
                    $0.effective < $1.effective
                }) {
                    findings.append(
                        context.finding(
                            LintMessage.replaced(
                                documentNumber: document.number, successorNumber: successor.number,
                                effective: successor.effective, id: successor.id),
                            at: reference.range,
                            notes: [
                                DiagnosticNote(
                                    LintMessage.documentDeclaredHere(number: successor.number), at: successor.range)
                            ]))
                } else if let expires = document.expires, expires < today {
                    findings.append(
                        context.finding(
                            LintMessage.expired(number: document.number, expires: expires),
                            at: reference.range))
                } else if let expires = document.expires, today.days(to: expires) <= window {
                    let days = today.days(to: expires)
                    findings.append(
                        context.finding(
                            LintMessage.expiresSoon(number: document.number, expires: expires, days: days),
                            at: reference.range))
                }
            }
        }
        return findings
    }
}
