import CaseEngine
import CaseForms
import CatalogModel
import Foundation
import TestSupport
import Testing
import WorkCalendar
import WorkflowCompiler

/// Issue 18: a version can change the workflow, and a case follows the steps in force when it was
/// received, to the end, while later cases follow the new ones.
@Suite struct DatedWorkflowTests {
    /// The base fixture's birth registration (receive, review, sign, return) with a version from
    /// 2026-03-01 that adds a verification step before the signature.
    static func artifact(versions: String? = DatedWorkflowFixture.verificationVersion) throws -> CompiledCatalog {
        let fixture =
            try versions.map { try DatedWorkflowFixture.catalog(withVersions: $0) } ?? FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let loaded = fixture.load()
        let compiled = WorkflowCompiler().compile(loaded.catalog)
        let problems = (loaded.diagnostics + compiled.diagnostics).filter { $0.severity == .error }
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        // Through the codec, as a store pins it.
        return try ArtifactCodec.decode(try ArtifactCodec.encode(compiled.artifact))
    }

    static func opening(_ received: String) -> CaseOpening {
        CaseOpening(
            procedure: "1.001193", received: t(received), channel: "in-person", commune: "thanh-nua",
            applicant: "CCCD-001234567890", facts: [])
    }

    /// Opens case `id` in `book` as received at `received`, accepts it then, and handles `events`.
    static func receive(
        _ id: String, at received: String, in book: inout CaseBook, then events: [(CaseEventKind, String, Name)]
    ) throws {
        try book.open(opening(received), id: id)
        try book.handle(CaseCommand(.accept, at: t(received)), on: id)
        try handle(events, on: id, in: &book)
    }

    /// `(kind, time, step)` requests, in order.
    static func handle(_ events: [(CaseEventKind, String, Name)], on id: String, in book: inout CaseBook) throws {
        for (kind, at, step) in events { try book.handle(CaseCommand(kind, at: t(at), step: step), on: id) }
    }

    @Test func theArtifactKeepsTheVersionsWorkflowFromItsDate() throws {
        let procedure = try #require(try Self.artifact().procedure("1.001193"))
        #expect(procedure.workflows?.map(\.from.description) == ["2026-03-01"])
        #expect(procedure.graph.step("verify") == nil)
        #expect(procedure.graph(on: try CivilDate(parsing: "2026-02-28")).step("verify") == nil)
        #expect(procedure.graph(on: try CivilDate(parsing: "2026-03-01")).step("verify") != nil)
    }

    @Test func aCaseReceivedBeforeTheChangeFollowsTheOldStepsAndOneAfterItTheNew() throws {
        let interpreter = try CaseInterpreter(artifact: try Self.artifact())
        var book = CaseBook(interpreter)
        // Received on Friday 27 February, before the version: review goes straight to the signature,
        // even though the case is still being worked on after 1 March.
        try Self.receive(
            "before", at: "2026-02-27 09:00", in: &book,
            then: [
                (.complete, "2026-02-27 10:00", "receive"), (.complete, "2026-03-02 09:00", "review"),
                (.approve, "2026-03-02 10:00", "sign"), (.return, "2026-03-02 11:00", "return"),
            ])
        let before = try #require(book["before"])
        #expect(before.outcome == "issued")
        #expect(before.visits.map(\.step.text) == ["receive", "review", "sign", "return"])

        // Received on Monday 2 March, after it: the signature waits for the verification.
        try Self.receive(
            "after", at: "2026-03-02 09:00", in: &book,
            then: [(.complete, "2026-03-02 09:30", "receive"), (.complete, "2026-03-02 10:30", "review")])
        #expect(throws: CaseError.self, "sign is not active before verify") {
            try book.handle(CaseCommand(.approve, at: t("2026-03-02 11:00"), step: "sign"), on: "after")
        }
        try Self.handle(
            [
                (.complete, "2026-03-02 11:00", "verify"), (.approve, "2026-03-02 13:00", "sign"),
                (.return, "2026-03-02 14:00", "return"),
            ], on: "after", in: &book)
        let after = try #require(book["after"])
        #expect(after.outcome == "issued")
        #expect(after.visits.map(\.step.text) == ["receive", "review", "verify", "sign", "return"])
        // The deadline follows the same date: same day before, one working day after.
        #expect(interpreter.period(of: before)?.description == (try WorkDuration(parsing: "same day")).description)
        #expect(interpreter.period(of: after)?.description == (try WorkDuration.workingDays(1)).description)
        #expect(interpreter.procedure(of: after)?.graph.step("verify")?.by == "commune.justice-officer")
        book.expectReplayEqualsState()
    }

    @Test func migrateSaysACaseReceivedBeforeTheNewWorkflowKeepsItsSteps() throws {
        let old = try Self.artifact(versions: nil)
        let new = try Self.artifact()
        let interpreter = try CaseInterpreter(artifact: old)
        var book = CaseBook(interpreter)
        try Self.receive("C1", at: "2026-02-27 09:00", in: &book, then: [(.complete, "2026-02-27 10:00", "receive")])
        let state = try #require(book["C1"])
        let finding = MigrationCheck.check(state, old: old.procedure("1.001193"), new: new.procedure("1.001193"))
        #expect(finding.verdict == .compatible)
        #expect(
            finding.notes.map { $0.text(.en) } == [
                "a change dated 2026-03-01, its new workflow included, does not apply: the case was received on 2026-02-27 and keeps the rules in force then"
            ])
    }

    /// Form 06 names the deciding body in force on the receipt: a version that moves the
    /// authority to the province changes the sheet of a case received from its date only.
    @Test func formSixNamesTheAuthorityInForceOnTheReceipt() throws {
        let artifact = try Self.artifact(
            versions: "versions:\n  - from: 2026-03-01\n    authority: province.chairman\n")
        let interpreter = try CaseInterpreter(artifact: artifact)
        var book = CaseBook(interpreter)
        var authorities: [String] = []
        for (id, received) in [("before", "2026-02-27 09:00"), ("after", "2026-03-02 09:00")] {
            try book.open(Self.opening(received), id: id)
            let report = CaseReport(try #require(book[id]), interpreter: interpreter, now: t(received))
            authorities.append(ControlSheet(report, interpreter: interpreter).authority)
        }
        #expect(authorities == ["Ủy ban nhân dân xã, phường (Xã Thanh Nưa)", "Ủy ban nhân dân tỉnh Thử Nghiệm"])
    }

    /// The artifact has no rules for a dossier received before the catalog takes effect.
    @Test func aDossierReceivedBeforeTheCatalogTakesEffectIsRefusedInWords() throws {
        let interpreter = try CaseInterpreter(artifact: try Self.artifact())
        expectCaseError(
            en:
                "procedure 1.001193 is not in force on 2025-03-02, the day the dossier was received: it applies from 2025-07-01",
            vi: "thủ tục 1.001193 chưa có hiệu lực ngày 02/03/2025, ngày tiếp nhận hồ sơ: áp dụng từ 01/07/2025"
        ) {
            _ = try interpreter.open(Self.opening("2025-03-02 09:00"))
        }
        #expect(throws: Never.self) { try interpreter.open(Self.opening("2025-07-01 09:00")) }
    }
}
