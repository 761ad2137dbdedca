import CaseEngine
import Testing
import WorkCalendar

/// Pauses, the case status, and form 04 (apology with a proposed new date).
@Suite struct DeadlineTests {
    @Test func aSupplementPausesTheStatutoryClock() throws {
        let interpreter = try Fixture.interpreter()
        let (book, state) = try play(.supplement)
        let pause = try PauseInterval(from: t("2026-03-02 10:00"), to: t("2026-03-04 10:00"))
        #expect(state.pauses == [pause])
        // Same day from 08:30: 1h30 worked before the pause, the other 5h after it, so Wednesday 17:00.
        #expect(interpreter.due(of: state, now: t("2026-03-04 15:00")) == t("2026-03-04 17:00"))
        #expect(interpreter.status(of: state, now: t("2026-03-04 15:00")) == .onTime)
        #expect(state.visits.map(\.step) == ["receive", "review", "wait-applicant", "review", "sign", "return"])
        #expect(state.visits[1].handedTo == ["applicant"])
        book.expectReplayEqualsState()
    }

    @Test func anOpenPauseKeepsPushingTheDueTime() throws {
        let interpreter = try Fixture.interpreter()
        let (_, state) = try play(.supplement, steps: 3)
        #expect(state.pausedSince == t("2026-03-02 10:00"))
        let monday = try #require(interpreter.due(of: state, now: t("2026-03-02 12:00")))
        let tuesday = try #require(interpreter.due(of: state, now: t("2026-03-03 12:00")))
        #expect(tuesday > monday)
        #expect(interpreter.status(of: state, now: t("2026-03-05 12:00")) == nil)
    }

    @Test func lateReturnIsOverdueAndTheApologyProposesANewDate() throws {
        let interpreter = try Fixture.interpreter()
        var (book, state) = try play(.overdue, steps: 2)
        #expect(interpreter.apologyDue(state, now: t("2026-03-02 16:30")))
        // Review (2 h) and signature (1 h) remain: one working day after the 17:00 due time.
        #expect(interpreter.proposedDue(state, now: t("2026-03-02 16:30")) == t("2026-03-03 17:00"))
        for line in Scenario.overdue.script.dropFirst(2) { try book.handle(line.command, on: "C1") }
        state = try #require(book.cases["C1"])
        #expect(
            state.apologies == [
                CaseState.Apology(
                    at: t("2026-03-02 16:30"), due: t("2026-03-03 17:00"), reason: "cán bộ hộ tịch đi công tác")
            ])
        #expect(interpreter.status(of: state, now: t("2026-03-03 11:00")) == .overdue)
        book.expectReplayEqualsState()
    }

    @Test func noApologyWhileTheCaseHasTime() throws {
        let interpreter = try Fixture.interpreter()
        var (book, _) = try play(.verification, steps: 1)
        let state = try #require(book.cases["C1"])
        #expect(!interpreter.apologyDue(state, now: t("2026-03-02 09:00")))
        #expect(throws: CaseError.self) {
            try book.handle(CaseCommand(.apologize, at: t("2026-03-02 09:00")), on: "C1")
        }
        #expect(interpreter.apologyDue(state, now: t("2026-03-11 10:00")))
    }

    /// A dossier never accepted: its clock ran from receipt, so past the due time it is overdue,
    /// form 04 is owed (the whole workflow still ahead), and the apology is recorded like any
    /// other, where it had been "not due within one working day".
    @Test func aDossierLeftAtTheDeskPastItsDueTimeOwesAnApology() throws {
        let interpreter = try Fixture.interpreter()
        var book = CaseBook(interpreter)
        try book.open(Scenario.open(Scenario.marriage, "2026-03-02 09:00"), id: "C1")
        var state = try #require(book.cases["C1"])
        #expect(state.status == .received)
        let due = try #require(interpreter.due(of: state, now: t("2026-03-02 09:00")))
        #expect(!interpreter.apologyDue(state, now: t("2026-03-02 09:00")))
        let late = t("2026-03-10 10:00")
        #expect(late > due)
        #expect(interpreter.status(of: state, now: late) == .overdue)
        #expect(interpreter.apologyDue(state, now: late))
        #expect(interpreter.allowed(state, at: late).map(\.event) == [.accept, .reject, .withdraw, .apologize])
        // The whole workflow is still to do: the new date is at least its length after now.
        let proposed = try #require(interpreter.proposedDue(state, now: late))
        #expect(interpreter.workLeft(state, now: late) > 0)
        #expect(proposed > late)
        try book.handle(CaseCommand(.apologize, at: late, reason: "chưa kiểm tra kịp hồ sơ"), on: "C1")
        state = try #require(book.cases["C1"])
        #expect(state.apologies == [CaseState.Apology(at: late, due: proposed, reason: "chưa kiểm tra kịp hồ sơ")])
        book.expectReplayEqualsState()
    }

    /// The marriage procedure: 3 working days, + 5 for verification, + 10 for a remote commune, cap
    /// 10 working days. Both extensions (18 days) are cut to the cap; one (8 days) is under it.
    @Test func extensionsNeverPassTheDeadlineCap() throws {
        let interpreter = try Fixture.interpreter()
        var book = CaseBook(interpreter)
        try book.open(
            Scenario.open(Scenario.marriage, "2026-03-02 09:00", facts: ["needs_verification", "remote_commune"]),
            id: "C1")
        try book.open(Scenario.open(Scenario.marriage, "2026-03-02 09:00", facts: ["needs_verification"]), id: "C2")
        try book.open(Scenario.open(Scenario.marriage, "2026-03-02 09:00", facts: ["remote_commune"]), id: "C3")
        let both = try #require(book.cases["C1"])
        let one = try #require(book.cases["C2"])
        let remote = try #require(book.cases["C3"])
        let now = t("2026-03-02 09:00")
        #expect(
            interpreter.period(of: both)?.description
                == (try WorkDuration.workingDays(3).extended(by: .workingDays(5)).extended(by: .workingDays(10)))
                .description)
        // Eight working days from Monday 2 March: Thursday 12 March; the cap's ten: Monday 16 March.
        #expect(interpreter.due(of: one, now: now) == t("2026-03-12 09:00"))
        #expect(interpreter.due(of: both, now: now) == t("2026-03-16 09:00"))
        #expect(interpreter.due(of: remote, now: now) == t("2026-03-16 09:00"))
        // The cap counts the same pauses: a day waiting for a supplement moves it a day.
        for line in [
            Scenario.line(.accept, "2026-03-02 09:00"), Scenario.line(.complete, "2026-03-02 10:00", "receive"),
            Scenario.line(.supplement, "2026-03-02 11:00", "review", reason: "thiếu giấy tờ"),
            Scenario.line(.supplementReceived, "2026-03-03 11:00", "wait-applicant", actor: "applicant"),
        ] {
            try book.handle(line.command, on: "C1")
        }
        let paused = try #require(book.cases["C1"])
        #expect(interpreter.due(of: paused, now: t("2026-03-03 12:00")) == t("2026-03-17 09:00"))
        book.expectReplayEqualsState()
    }
}
