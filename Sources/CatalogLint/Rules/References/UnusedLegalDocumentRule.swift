import Diagnostics

/// A legal document nothing cites is noise in the registry and is never checked for expiry.
public struct UnusedLegalDocumentRule: LintRule {
    public init() {}

    /// The examples' legal document, `id` marked or not.
    private static func decree(_ id: String) -> RuleExample {
        RuleExample(
            file: "legal/extra.yaml",
            """
            documents:
              - id: \(id)
                number: 123/2015/NĐ-CP
                kind: decree
                title: Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch
                issuer: Chính phủ
                issued: 2015-11-15
                effective: 2016-01-01
            """)
    }

    public static let description = RuleDescription(
        id: "unused-legal-document",
        name: Localized("Legal document never cited", vi: "Văn bản pháp luật không được viện dẫn"),
        category: .references, severity: .note,
        summary: Localized(
            "Every legal document is cited by a procedure, a form, a fee or a newer document.",
            vi: "Mọi văn bản pháp luật được một thủ tục, mẫu đơn, khoản phí hoặc văn bản mới hơn viện dẫn."),
        rationale: Localized(
            "A document in legal/ that no procedure cites (legal_basis, announced_by, a fee's schedule), no form rests on and no newer document replaces is probably a procedure's basis that was forgotten in its legal_basis. Cite it where it applies, or remove it.",
            vi:
                "Văn bản trong legal/ mà không thủ tục nào viện dẫn (legal_basis, announced_by, schedule của khoản phí), không mẫu đơn nào dựa vào và không văn bản mới nào thay thế, nhiều khả năng là căn cứ bị quên trong legal_basis của một thủ tục. Hãy viện dẫn ở nơi áp dụng, hoặc xóa."
        ),
        triggering: [decree("↓nd-123-2015")],
        nonTriggering: [
            decree("nd-123-2015").and(procedureChanging: [
                "name": "Đăng ký khai sinh lưu động",
                "name_en": "Mobile birth registration",
                "channels": "[in-person]",
                "online_service": "none",
                "result": "Giấy khai sinh",
                "legal_basis": "[luat-60-2014-qh13, nd-123-2015]",
            ])
        ])

    public func check(_ context: LintContext) -> [Diagnostic] {
        let catalog = context.catalog
        var cited: Set<String> = []
        for procedure in catalog.procedures.values {
            cited.formUnion(procedure.legalBasis.map(\.value))
            if let announced = procedure.announcedBy { cited.insert(announced.value) }
            for fee in procedure.fees + procedure.channels.flatMap({ $0.fees ?? [] }) {
                if let schedule = fee.schedule { cited.insert(schedule.value) }
            }
        }
        for form in catalog.forms.values { if let basis = form.legalBasis { cited.insert(basis.value) } }
        for document in catalog.legalDocuments.values { cited.formUnion(document.replaces.map(\.value)) }
        return catalog.legalDocuments.values.filter { !cited.contains($0.id) }.map { document in
            context.finding(
                LintMessage.unusedLegalDocument(number: document.number, id: document.id),
                at: document.range)
        }
    }
}
