import CaseEngine
import CaseStoreSQLite
import CatalogModel
import Foundation
import Testing
import WorkCalendar
import WorkflowCompiler

/// `case migrate`: a new compiled catalog is checked against the open cases before it is
/// adopted; cases it would break stay on their artifact, the others move and go on.
@Suite struct MigrationTests {
    /// The scenario catalog with the marriage review taking 2 working days instead of 1, and the
    /// construction permit removed.
    static func changedArtifact() throws -> CompiledCatalog {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("scenarios")
        try FileManager.default.copyItem(atPath: Fixture.root, toPath: copy.path)
        let marriage = copy.appendingPathComponent("procedures/commune/ho-tich/1.000894.yaml")
        let text = try String(contentsOf: marriage, encoding: .utf8)
        try text.replacingOccurrences(of: "takes: 1 working day", with: "takes: 2 working days").write(
            to: marriage, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(
            at: copy.appendingPathComponent("procedures/province/xay-dung/1.009972.yaml"))
        let check = CatalogCheck.run(root: copy.path)
        #expect(check.diagnostics.filter { $0.severity == .error }.isEmpty)
        return try ArtifactCodec.decode(try ArtifactCodec.encode(try #require(check.artifact)))
    }

    @Test func reportsWhatANewArtifactWouldBreakThenAdoptsTheRest() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try CaseStore(path: folder.appendingPathComponent("cases.sqlite").path)
        let old = try Fixture.artifact()
        try store.register(old)
        func open(_ scenario: Scenario, steps: Int) throws -> String {
            let id = try store.open(scenario.opening, artifactHash: old.contentHash).caseId
            for line in scenario.script.prefix(steps) { try store.record(line.command, on: id + line.on) }
            return id
        }
        let atReview = try open(.factAtChoice, steps: 2)  // marriage, at review (changed)
        let birth = try open(.sameDayOnTime, steps: 2)  // birth, at review (unchanged procedure)
        let permit = try open(.permitFlow, steps: 3)  // permit, in its parallel branches (removed)
        let atSign = try open(.verification, steps: 5)  // marriage, at sign (unchanged step)
        let closed = try open(.refusal, steps: 4)  // closed: not reported

        let new = try Self.changedArtifact()
        let findings = try store.migrationReport(to: new)
        let verdicts = Dictionary(uniqueKeysWithValues: findings.map { ($0.caseId, $0.verdict) })
        #expect(verdicts == [atReview: .breaks, birth: .unchanged, permit: .breaks, atSign: .compatible])
        #expect(verdicts[closed] == nil)
        let review = try #require(findings.first { $0.caseId == atReview })
        #expect(
            review.reasons.map { $0.text(.en) } == ["active step review changed: budget 1 working day → 2 working days"]
        )
        #expect(
            review.reasons.map { $0.text(.vi) } == [
                "bước đang thực hiện review đã thay đổi: budget 1 working day → 2 working days"
            ])
        #expect(findings.first { $0.caseId == permit }?.reasons == [.procedureGone("1.009972")])
        // A dry run writes nothing.
        #expect(try store.state(atSign).state.artifactHash == old.contentHash)

        _ = try store.adopt(new, at: t("2026-03-09 09:00"))
        #expect(try store.state(atSign).state.artifactHash == new.contentHash)
        #expect(try store.state(birth).state.artifactHash == new.contentHash)
        #expect(try store.state(atReview).state.artifactHash == old.contentHash)
        #expect(try store.state(permit).state.artifactHash == old.contentHash)
        // Moved cases go on under the new graph; every case still replays to its snapshot.
        try store.record(CaseCommand(.approve, at: t("2026-03-09 10:00"), step: "sign"), on: atSign)
        try store.record(CaseCommand(.return, at: t("2026-03-09 14:00"), step: "return"), on: atSign)
        #expect(try store.state(atSign).state.outcome == "issued")
        for id in try store.caseIds() { #expect(try store.verify(id) == nil, "case \(id)") }
        #expect(
            try store.migrationReport(to: new).filter { $0.verdict == .breaks }.map(\.caseId) == [atReview, permit])
    }
}
