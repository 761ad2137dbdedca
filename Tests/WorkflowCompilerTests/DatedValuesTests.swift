import CatalogModel
import Diagnostics
import Foundation
import TestSupport
import Testing
import WorkCalendar
import WorkflowCompiler

/// Part 1 of issue 18: values with from/until, versions by date, `--at`.
@Suite struct DatedValuesTests {
    static let procedurePath = "procedures/commune/ho-tich/1.001193.yaml"

    static func fixture(fees: String, extra: String = "") throws -> FixtureCatalog {
        let fixture = try FixtureCatalog(overlay: nil)
        let base = try String(contentsOf: fixture.root.appendingPathComponent(procedurePath), encoding: .utf8)
        let text =
            base
            .replacingOccurrences(of: "  - { name: Cấp bản sao Giấy khai sinh, amount: 8000, per: copy }\n", with: fees)
            .replacingOccurrences(of: "effective: 2025-07-01\n", with: "effective: 2025-07-01\n" + extra)
        try fixture.write(text, to: procedurePath)
        return fixture
    }

    static func date(_ text: String) -> CivilDate { try! CivilDate(parsing: text) }

    @Test func aProcedureAsOfADateTakesTheFeesAndVersionOfThatDate() throws {
        let fixture = try Self.fixture(
            fees:
                "  - { name: Cấp bản sao, amount: 4000, per: copy, until: 2026-06-30 }\n  - { name: Cấp bản sao, amount: 8000, per: copy, from: 2026-07-01 }\n",
            extra:
                "versions:\n  - from: 2026-03-01\n    deadline: { text: \"01 ngày làm việc\", value: 1 working day }\n")
        defer { fixture.remove() }
        let loaded = fixture.load()
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics.map(\.message))")
        let procedure = try #require(loaded.catalog.procedures["1.001193"])
        let early = procedure.asOf(Self.date("2026-01-15"))
        #expect(early.fees.map { $0.amount?.value } == [0, 4000])
        #expect(early.deadline.text.value.hasPrefix("Ngay trong ngày"))
        let late = procedure.asOf(Self.date("2026-07-01"))
        #expect(late.fees.map { $0.amount?.value } == [0, 8000])
        #expect(late.deadline.text.value == "01 ngày làm việc")
        #expect(procedure.changeDates == [Self.date("2026-03-01"), Self.date("2026-07-01")])
    }

    @Test func checkingAtADateReportsTheDocumentsOutOfForceThen() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        try fixture.write(
            """
            documents:
              - id: nd-9-2025
                number: 9/2025/NĐ-CP
                kind: decree
                title: Nghị định thử nghiệm hết hiệu lực
                issuer: Chính phủ
                effective: 2025-01-01
                expires: 2026-05-31
            """, to: "legal/extra.yaml")
        let base = try String(contentsOf: fixture.root.appendingPathComponent(Self.procedurePath), encoding: .utf8)
        try fixture.write(
            base.replacingOccurrences(
                of: "legal_basis: [luat-60-2014-qh13, nd-118-2025]",
                with: "legal_basis: [luat-60-2014-qh13, nd-118-2025, nd-9-2025]"), to: Self.procedurePath)
        let loaded = fixture.load()
        #expect(
            WorkflowCompiler().compile(loaded.catalog).diagnostics.filter { $0.code == .legalBasisNotInForce }.isEmpty)
        let later = WorkflowCompiler().compile(loaded.catalog, at: Self.date("2026-06-01")).diagnostics.filter {
            $0.code == .legalBasisNotInForce
        }
        #expect(later.count == 1)
        #expect(later.first?.message == "9/2025/NĐ-CP expired on 2026-05-31, before the date asked about 2026-06-01")
    }

    @Test func aVersionsLegalBasisIsCheckedOnTheVersionsDate() throws {
        let fixture = try Self.fixture(
            fees: "", extra: "versions:\n  - from: 2026-02-01\n    legal_basis: [luat-60-2014-qh13, nd-61-2018]\n")
        defer { fixture.remove() }
        let loaded = fixture.load()
        let c010 = WorkflowCompiler().compile(loaded.catalog).diagnostics.filter { $0.code == .legalBasisNotInForce }
        #expect(c010.count == 1)
        #expect(c010.first?.message.hasPrefix("61/2018/NĐ-CP was replaced by 118/2025/NĐ-CP") == true)
    }

    @Test func theArtifactAtADateHoldsThatDatesFees() throws {
        let fixture = try Self.fixture(
            fees:
                "  - { name: Cấp bản sao, amount: 4000, per: copy, until: 2026-06-30 }\n  - { name: Cấp bản sao, amount: 8000, per: copy, from: 2026-07-01 }\n"
        )
        defer { fixture.remove() }
        let loaded = fixture.load()
        let at = WorkflowCompiler().compile(loaded.catalog, at: Self.date("2026-08-01")).artifact
        #expect(at.procedures.first?.fees.compactMap(\.amount) == [0, 8000])
    }
}

extension DatedValuesTests {
    @Test func aVersionsDeadlineMustHoldTheWorkflowsBudget() throws {
        // The base workflow takes 4 working hours; a version's deadline of 2 working hours cannot hold it.
        let fixture = try Self.fixture(
            fees: "",
            extra:
                "versions:\n  - from: 2026-02-01\n    deadline: { text: \"02 giờ làm việc\", value: 2 working hours }\n"
        )
        defer { fixture.remove() }
        let loaded = fixture.load()
        let budget = WorkflowCompiler().compile(loaded.catalog).diagnostics.filter { $0.code == .deadlineBudget }
        #expect(budget.count == 1)
        #expect(budget.first?.range.start.line == 26, "\(budget.map { "\($0.range.start.line): \($0.message)" })")
    }
}
