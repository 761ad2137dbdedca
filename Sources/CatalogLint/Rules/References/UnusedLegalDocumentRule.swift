import Diagnostics

/// A legal document nothing cites is noise in the registry and is never checked for expiry.
public struct UnusedLegalDocumentRule: LintRule {
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
        category: .references, severity: .note,
        triggering: [decree("↓nd-123-2015")],
        nonTriggering: [
            decree("nd-123-2015").and(
                procedureChanging: StandardProcedure.mobileBirth, ["legal_basis": "[luat-60-2014-qh13, nd-123-2015]"])
        ])

    public static func check(_ context: LintContext) -> [Diagnostic] {
        let catalog = context.catalog
        var cited: Set<String> = []
        for procedure in catalog.procedures.values {
            cited.formUnion(procedure.citedDocuments.map(\.value))
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
