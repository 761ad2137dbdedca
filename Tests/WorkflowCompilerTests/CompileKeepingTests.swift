import CatalogModel
import Foundation
import TestSupport
import Testing
import WorkCalendar

@testable import WorkflowCompiler

/// What a compile keeps (`WorkflowCompiler.Keeping`) changes what outlives the checks, never the
/// checks: the same diagnostics whatever is kept, and `.budgets` the artifact's own figures.
@Suite struct CompileKeepingTests {
    /// The base fixture's birth registration with a longer online deadline and a version that
    /// gives a workflow of its own, so every figure a budget holds is there.
    static let procedure = """
        code: 1.001193
        name: Thủ tục đăng ký khai sinh
        field: ho-tich
        level: commune
        authority: commune.chairman
        applicants: [citizen]
        channels:
          - in-person
          - { channel: online, deadline: { text: "03 ngày làm việc", value: 3 working days } }
        online_service: full
        deadline: { text: "02 ngày làm việc", value: 2 working days }
        result: Giấy khai sinh
        legal_basis: [luat-60-2014-qh13]
        effective: 2025-07-01
        versions:
          - from: 2026-03-01
            workflow:
              start: receive
              steps:
                receive: { by: commune.pasc, takes: 1 working hour, next: review }
                review: { by: commune.justice-officer, takes: 1 working day, next: return }
                return: { by: commune.pasc, end: issued }
        provenance: { kind: synthetic }
        workflow:
          start: receive
          steps:
            receive: { by: commune.pasc, takes: 1 working hour, next: return }
            return: { by: commune.pasc, end: issued }

        """

    @Test func theChecksAreTheSameAndBudgetsAreTheArtifactsFigures() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        try fixture.write(Self.procedure, to: "procedures/commune/ho-tich/1.001193.yaml")
        let catalog = fixture.load().catalog
        let compiler = WorkflowCompiler()
        let artifact = compiler.compile(catalog, keeping: .artifact)
        let budgets = compiler.compile(catalog, keeping: .budgets)
        let diagnostics = compiler.compile(catalog, keeping: .diagnostics)

        #expect(budgets.diagnostics == artifact.diagnostics)
        #expect(diagnostics.diagnostics == artifact.diagnostics)
        #expect(budgets.artifact.procedures.isEmpty)
        #expect(diagnostics.artifact.procedures.isEmpty)
        #expect(diagnostics.budgets.isEmpty)
        #expect(!artifact.artifact.procedures.isEmpty)
        #expect(budgets.budgets == artifact.budgets)
        #expect(budgets.budgets.count == artifact.artifact.procedures.count)
        for procedure in artifact.artifact.procedures {
            #expect(budgets.budgets[procedure.code] == CompiledBudget(procedure))
        }

        let birth = try #require(budgets.budgets["1.001193"])
        #expect(birth.deadlineMinutes == 2 * 480)
        #expect(birth.channelDeadlineMinutes == [nil, 3 * 480])
        #expect(birth.budgetMinutes == 60)
        #expect(birth.slackMinutes == 2 * 480 - 60)
        let versionDate = try CivilDate(2026, 3, 1)
        let version = try #require(birth.from(versionDate))
        #expect(version.budgetMinutes == 60 + 480)
        #expect(version.slackMinutes == 2 * 480 - 60 - 480)
        #expect(version.deadlineMinutes == birth.deadlineMinutes)
        #expect(birth.from(try CivilDate(2026, 4, 1)) == nil)
    }
}
