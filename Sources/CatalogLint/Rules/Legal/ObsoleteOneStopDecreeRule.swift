import CatalogModel
import Diagnostics
import Foundation
import WorkCalendar

/// Decree 61/2018 (amended by Decree 107/2021) governed the one-stop mechanism until the
/// two-level government took over on 2025-07-01 under Decree 118/2025.
public struct ObsoleteOneStopDecreeRule: LintRule {
    public init() {}

    /// Numbers of the superseded one-stop decrees, written as the catalog writes them.
    static let superseded = ["61/2018/NĐ-CP", "107/2021/NĐ-CP"]
    static let reform = try! CivilDate(2025, 7, 1)

    public static let description = RuleDescription(
        id: "decree-61-after-reform",
        name: Localized(
            "Decree 61/2018 cited after the 2025 reform", vi: "Viện dẫn Nghị định 61/2018 sau cải cách năm 2025"),
        category: .legal, severity: .warning,
        summary: Localized(
            "A procedure effective from 2025-07-01 does not cite Decree 61/2018 or 107/2021.",
            vi: "Thủ tục có hiệu lực từ 01/07/2025 không viện dẫn Nghị định 61/2018 hay 107/2021."),
        rationale: Localized(
            "Decree 61/2018/NĐ-CP on the one-stop mechanism, amended by Decree 107/2021/NĐ-CP, was replaced by Decree 118/2025/NĐ-CP when the two-level local government started on 2025-07-01. A procedure effective from that date that still cites 61/2018 was copied from an older record. This rule knows the numbers, so it works even where legal/ does not record the replacement (when it does, the compiler's C010 reports it instead). Cite nd-118-2025.",
            vi:
                "Nghị định 61/2018/NĐ-CP về cơ chế một cửa, được sửa đổi bởi Nghị định 107/2021/NĐ-CP, đã được thay bằng Nghị định 118/2025/NĐ-CP khi chính quyền địa phương hai cấp bắt đầu từ 01/07/2025. Thủ tục có hiệu lực từ ngày đó mà vẫn viện dẫn 61/2018 là sao chép từ hồ sơ cũ. Quy tắc này biết sẵn số hiệu nên vẫn phát hiện được cả khi legal/ không ghi nhận việc thay thế (khi có ghi nhận, C010 của trình biên dịch sẽ báo). Hãy viện dẫn nd-118-2025."
        ),
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
            ).and(procedureChanging: [
                "channels": "[in-person]",
                "online_service": "none",
                "legal_basis": "[luat-60-2014-qh13, ↓nd-61-2018]",
            ])
        ],
        nonTriggering: [
            .procedure(changing: [
                "channels": "[in-person]",
                "online_service": "none",
                "legal_basis": "[luat-60-2014-qh13, nd-118-2025]",
            ])
        ])

    /// "61/2018/NÐ-CP" (eth), "61/2018/ND-CP" and spaces count as the same number.
    static func normalised(_ number: String) -> String {
        number.precomposedStringWithCanonicalMapping.uppercased()
            .replacingOccurrences(of: "\u{00D0}", with: "Đ").replacingOccurrences(of: "ND-CP", with: "NĐ-CP")
            .filter { !$0.isWhitespace }
    }

    public func check(_ context: LintContext) -> [Diagnostic] {
        let catalog = context.catalog
        let superseded = Set(Self.superseded.map(Self.normalised))
        var replacedBy: [String: [LegalDocument]] = [:]
        for document in catalog.legalDocuments.values {
            for old in document.replaces { replacedBy[old.value, default: []].append(document) }
        }
        let obsolete = Set(
            catalog.legalDocuments.values.filter { superseded.contains(Self.normalised($0.number)) }.map(\.id))
        var findings: [Diagnostic] = []
        for procedure in catalog.procedures.values where procedure.effective.value >= Self.reform {
            let date = procedure.effective.value
            for reference in procedure.legalBasis where obsolete.contains(reference.value) {
                guard let document = catalog.legalDocuments[reference.value] else { continue }
                // Where legal/ records the end, C010 already reports it.
                let recorded =
                    (document.expires.map { $0 < date } ?? false)
                    || (replacedBy[document.id]?.contains { $0.effective <= date } ?? false)
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
