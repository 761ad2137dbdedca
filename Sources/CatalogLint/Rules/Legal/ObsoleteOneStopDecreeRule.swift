import CatalogModel
import Diagnostics
import Foundation
import WorkCalendar

/// Decree 61/2018 (amended by Decree 107/2021) governed the one-stop mechanism until the
/// two-level government took over on 2025-07-01 under Decree 118/2025.
public struct ObsoleteOneStopDecreeRule: LintRule {
    /// Numbers of the superseded one-stop decrees, written as the catalog writes them.
    static let superseded = ["61/2018/NĐ-CP", "107/2021/NĐ-CP"]
    static let reform = try! CivilDate(2025, 7, 1)

    public static let description = RuleDescription(
        id: "decree-61-after-reform",
        category: .legal, severity: .warning,
        triggering: [
            RuleExample(
                file: "legal/documents.yaml",
                """
                documents:
                  - { id: luat-60-2014-qh13, number: 60/2014/QH13, kind: law, title: Luật Hộ tịch, issuer: Quốc hội, issued: 2014-11-20, effective: 2016-01-01 }
                  - { id: nd-61-2018, number: 61/2018/NĐ-CP, kind: decree, title: Nghị định về thực hiện cơ chế một cửa, issuer: Chính phủ, issued: 2018-04-23, effective: 2018-06-21 }
                  - { id: nd-118-2025, number: 118/2025/NĐ-CP, kind: decree, title: Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, issuer: Chính phủ, issued: 2025-06-09, effective: 2025-07-01 }
                  - { id: qd-1-ubnd-2025, number: 1/QĐ-UBND, kind: decision, title: Quyết định công bố danh mục, issuer: Ủy ban nhân dân tỉnh, issued: 2025-07-01, effective: 2025-07-01 }
                """
            ).and(
                procedureChanging: StandardProcedure.inPerson,
                [
                    "legal_basis": "[luat-60-2014-qh13, ↓nd-61-2018]"
                ])
        ],
        nonTriggering: [
            .inPerson(changing: [
                "legal_basis": "[luat-60-2014-qh13, nd-118-2025]"
            ])
        ])

    /// "61/2018/NÐ-CP" (eth), "61/2018/ND-CP" and spaces count as the same number.
    static func normalised(_ number: String) -> String {
        number.precomposedStringWithCanonicalMapping.uppercased()
            .replacingOccurrences(of: "\u{00D0}", with: "Đ").replacingOccurrences(of: "ND-CP", with: "NĐ-CP")
            .filter { !$0.isWhitespace }
    }

    public static func check(_ context: LintContext) -> [Diagnostic] {
        let catalog = context.catalog
        let superseded = Set(Self.superseded.map(Self.normalised))
        let successors = catalog.legalSuccessors()
        let obsolete = Set(
            catalog.legalDocuments.values.filter { superseded.contains(Self.normalised($0.number)) }.map(\.id))
        var findings: [Diagnostic] = []
        for procedure in catalog.procedures.values where procedure.effective.value >= Self.reform {
            let date = procedure.effective.value
            for reference in procedure.legalBasis where obsolete.contains(reference.value) {
                guard let document = catalog.legalDocuments[reference.value] else { continue }
                // Where legal/ records the end (an expiry, or a successor named on either side),
                // C010 already reports it.
                let recorded =
                    (document.expires.map { $0 < date } ?? false)
                    || successors.inForce(replacing: document.id, on: date) != nil
                if recorded { continue }
                findings.append(
                    context.finding(
                        LintMessage.citesDecree61(code: procedure.code.value, date: date, number: document.number),
                        at: reference.range))
            }
        }
        return findings
    }
}
