import CatalogLint
import Testing

/// Where legal/ records that decree 61 ended, the compiler's C010 reports a citation of it; the
/// lint rule stays silent, so one citation is not reported twice, whichever side names the successor.
@Suite struct ObsoleteOneStopDecreeTests {
    @Test func aDecreeThatNamesItsSuccessorIsLeftToC010() throws {
        let example = RuleExample(
            file: "legal/documents.yaml",
            """
            documents:
              - { id: luat-60-2014-qh13, number: 60/2014/QH13, kind: law, title: Luật Hộ tịch, issuer: Quốc hội, issued: 2014-11-20, effective: 2016-01-01 }
              - { id: nd-61-2018, number: 61/2018/NĐ-CP, kind: decree, title: Nghị định về thực hiện cơ chế một cửa, issuer: Chính phủ, issued: 2018-04-23, effective: 2018-06-21, replaced_by: nd-118-2025 }
              - { id: nd-118-2025, number: 118/2025/NĐ-CP, kind: decree, title: Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, issuer: Chính phủ, issued: 2025-06-09, effective: 2025-07-01 }
              - { id: qd-1-ubnd-2025, number: 1/QĐ-UBND, kind: decision, title: Quyết định công bố danh mục, issuer: Ủy ban nhân dân tỉnh, issued: 2025-07-01, effective: 2025-07-01 }
            """
        ).and(procedureChanging: ["legal_basis": "[luat-60-2014-qh13, nd-61-2018]"])
        let outcome = try ExampleRunner.run(example, rule: ObsoleteOneStopDecreeRule.description, prefixed: false)
        #expect(outcome.found.isEmpty, "messages: \(outcome.findings.map(\.message))")
        #expect(
            outcome.checkErrors == [
                "procedures/commune/ho-tich/1.000001.yaml:11:34: C010 61/2018/NĐ-CP was replaced by 118/2025/NĐ-CP from 2025-07-01; cite nd-118-2025 instead"
            ])
    }
}
