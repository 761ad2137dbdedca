import CatalogLint
import Foundation
import TestSupport
import Testing
import WorkCalendar
import WorkflowCompiler

/// The linter reads each procedure's compiled budget; a check compiled for its diagnostics alone
/// (`tthc check`'s way) kept none, so the linter compiles it again rather than find no budget.
@Suite struct LintCompiledCheckTests {
    @Test func aCheckCompiledForItsDiagnosticsAloneIsLintedLikeAnyOther() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        // The step-budget-slack example that fires: one working day, 7.5 hours of steps.
        let procedure = try #require(StepBudgetSlackRule.description.triggering.first?.files.first)
        try fixture.write(procedure.stripped.text, to: procedure.path)
        let linter = Linter(today: try CivilDate(2026, 6, 1))
        var check = CatalogCheck.run(root: fixture.root.path, compile: false)
        check.compile(keeping: .diagnostics)
        let fromCheck = linter.lint(check)
        let direct = linter.lint(root: fixture.root.path)
        #expect(direct.diagnostics.contains { $0.rule == "step-budget-slack" })
        #expect(fromCheck.findingLines == direct.findingLines)
    }
}
