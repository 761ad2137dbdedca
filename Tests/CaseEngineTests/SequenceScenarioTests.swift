import CaseEngine
import CaseForms
import Testing
import WorkCalendar

/// A sequence of tasks, the one-stop shape, per-step due times and who handed the dossier to whom.
@Suite struct SequenceScenarioTests {
    @Test func sameDayRegistrationIsIssuedOnTime() throws {
        let interpreter = try Fixture.interpreter()
        let (book, state) = try play(.sameDayOnTime)
        #expect(state.status == .closed)
        #expect(state.outcome == "issued")
        #expect(state.version == 6)
        #expect(interpreter.due(of: state, now: t("2026-03-02 14:00")) == t("2026-03-02 17:00"))
        #expect(interpreter.status(of: state, now: t("2026-03-09 00:00")) == .onTime)
        #expect(state.visits.map(\.step) == ["receive", "review", "sign", "return"])
        // Budgets: receive 1 h from 08:30, review 2 h from 09:00, sign 1 h from 10:00.
        #expect(state.visits.map(\.due) == [t("2026-03-02 09:30"), t("2026-03-02 11:00"), t("2026-03-02 11:00"), nil])
        #expect(
            state.visits.map(\.handedTo) == [
                ["commune.justice-officer"], ["commune.chairman"], ["thanh-nua.pasc"], ["applicant"],
            ])
        book.expectReplayEqualsState()
    }

    @Test func eachStepIsJudgedAgainstItsBudget() throws {
        let interpreter = try Fixture.interpreter()
        var (book, _) = try play(.sameDayOnTime, steps: 1)
        try book.handle(CaseCommand(.complete, at: t("2026-03-02 09:30"), step: "receive"), on: "C1")
        try book.handle(CaseCommand(.complete, at: t("2026-03-02 15:00"), step: "review"), on: "C1")
        let report = CaseReport(book.cases["C1"]!, interpreter: interpreter, now: t("2026-03-02 15:00"))
        #expect(report.steps.map(\.status) == [.onTime, .overdue, nil])
    }

    @Test func anotherCommunesCentreReceivesAndReturns() throws {
        let (book, state) = try play(.otherCentre)
        #expect(state.outcome == "issued")
        #expect(state.visits.first?.by == "muong-thanh.pasc")
        #expect(state.visits.last?.by == "muong-thanh.pasc")
        book.expectReplayEqualsState()
    }

    @Test func openingChecksItsInputs() throws {
        let interpreter = try Fixture.interpreter()
        let good = Scenario.open(Scenario.birth, "2026-03-02 08:30")
        #expect(throws: CaseError.self) { try interpreter.open(Scenario.open("9.999999", "2026-03-02 08:30")) }
        var wrongChannel = Scenario.open(Scenario.marriage, "2026-03-02 08:30")
        wrongChannel.channel = "postal"
        #expect(throws: CaseError.self) { try interpreter.open(wrongChannel) }
        #expect(throws: CaseError.self) {
            try interpreter.open(Scenario.open(Scenario.birth, "2026-03-02 08:30", commune: "atlantis"))
        }
        #expect(throws: CaseError.self) {
            try interpreter.open(Scenario.open(Scenario.birth, "2026-03-02 08:30", facts: ["needs_verification"]))
        }
        #expect(throws: CaseError.self) {
            try interpreter.open(Scenario.open(Scenario.birth, "2026-03-02 08:30", at: "thanh-nua.chairman"))
        }
        let opened = try interpreter.open(good)
        #expect(opened.opening?.receivingUnit == "thanh-nua.pasc")
        #expect(opened.artifact == interpreter.contentHash)
    }
}
