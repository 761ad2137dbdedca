import CaseEngine
import Testing
import WorkCalendar

/// Refusal, rejection at reception, withdrawal, and requests the case does not allow (which must
/// change nothing and say what is allowed).
@Suite struct RefusalTests {
    @Test func refusalTakesTheExitAndReturnsTheRefusal() throws {
        let (book, state) = try play(.refusal)
        #expect(state.outcome == "refused")
        #expect(state.visits.map(\.step) == ["receive", "review", "refused"])
        #expect(state.visits[1].note == "một bên chưa đủ tuổi kết hôn")
        book.expectReplayEqualsState()
    }

    @Test func refusalNeedsAReason() throws {
        var (book, _) = try play(.refusal, steps: 2)
        #expect(throws: CaseError.self) {
            try book.handle(CaseCommand(.refuse, at: t("2026-03-02 15:00"), step: "review"), on: "C1")
        }
        #expect(book.cases["C1"]?.version == 3)
    }

    @Test func rejectionAtReceptionEndsTheCase() throws {
        let interpreter = try Fixture.interpreter()
        var (book, _) = try play(.rejected)
        let state = try #require(book.cases["C1"])
        #expect(state.outcome == "rejected")
        #expect(state.visits.isEmpty)
        #expect(interpreter.allowed(state, at: t("2026-03-02 09:00")).isEmpty)
        let error = caseError { () throws(CaseError) in
            try book.handle(CaseCommand(.accept, at: t("2026-03-02 09:00")), on: "C1")
        }
        #expect(error?.isRefusal == true)
        #expect(error?.description.contains("closed") == true)
    }

    @Test func withdrawalClosesTheCaseAndItsSubCases() throws {
        var book = CaseBook(try Fixture.interpreter())
        try book.run(.withdrawal)
        #expect(book.cases["C1"]?.outcome == "withdrawn")
        #expect(book.cases["C1.1"]?.outcome == "withdrawn")
        #expect(book.cases["C1"]?.tokens.isEmpty == true)
        book.expectReplayEqualsState()
    }

    @Test func aRequestNotAllowedNowChangesNothingAndListsWhatIs() throws {
        var book = CaseBook(try Fixture.interpreter())
        try book.open(Scenario.sameDayOnTime.opening, id: "C1")
        try book.handle(CaseCommand(.accept, at: t("2026-03-02 08:30")), on: "C1")
        let before = book.cases["C1"]
        let attempts: [CaseCommand] = [
            CaseCommand(.approve, at: t("2026-03-02 09:00"), step: "sign"),  // not active yet
            CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "nowhere"),  // no such step
            CaseCommand(.return, at: t("2026-03-02 09:00")),  // nothing to return
            CaseCommand(.complete, at: t("2026-03-02 08:00"), step: "receive"),  // before the last event
            // Wrong actor.
            CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "receive", actor: "thanh-nua.chairman"),
        ]
        for command in attempts {
            let error = caseError { () throws(CaseError) in try book.handle(command, on: "C1") }
            #expect(error?.isRefusal == true, "\(command.kind) was not refused")
            #expect(error?.description.contains("allowed now: complete --step receive --actor thanh-nua.pasc") == true)
        }
        #expect(book.cases["C1"] == before)
        #expect(book.log["C1"]?.count == 2)
    }

    @Test func anUnknownActorIsAUsageError() throws {
        var book = CaseBook(try Fixture.interpreter())
        try book.open(Scenario.sameDayOnTime.opening, id: "C1")
        try book.handle(CaseCommand(.accept, at: t("2026-03-02 08:30")), on: "C1")
        #expect(throws: CaseError.usage(.unknownActor("thanh-nua.mayor", example: "thanh-nua.pasc", suggestion: nil))) {
            try book.handle(
                CaseCommand(.complete, at: t("2026-03-02 09:00"), step: "receive", actor: "thanh-nua.mayor"), on: "C1")
        }
    }

    @Test func aRoleActsForItsUnitButNotTheOtherWayRound() throws {
        var (book, _) = try play(.permitFlow, steps: 5)
        // decide is the director's: the department itself may not approve.
        #expect(throws: CaseError.self) {
            try book.handle(
                CaseCommand(.approve, at: t("2026-03-11 10:00"), step: "decide", actor: "province.construction"),
                on: "C1")
        }
        try book.handle(
            CaseCommand(.approve, at: t("2026-03-11 10:00"), step: "decide", actor: "province.construction.director"),
            on: "C1")
    }
}
