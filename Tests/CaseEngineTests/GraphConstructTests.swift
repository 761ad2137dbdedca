import CaseEngine
import Testing
import WorkCalendar

/// Choice, parallel + join, hand-off between levels, payment, call (sub-case).
@Suite struct GraphConstructTests {
    @Test func choiceFollowsTheFactsAndItsExtensionCounts() throws {
        let interpreter = try Fixture.interpreter()
        let (book, state) = try play(.verification)
        #expect(state.visits.map(\.step) == ["receive", "review", "route", "verify", "sign", "return"])
        // 3 working days + 5 for verification, from Monday 09:00.
        #expect(interpreter.due(of: state, now: t("2026-03-09 14:00")) == t("2026-03-12 09:00"))
        #expect(interpreter.status(of: state, now: t("2026-03-09 14:00")) == .ahead)
        book.expectReplayEqualsState()
    }

    @Test func withoutTheFactTheChoiceTakesOtherwise() throws {
        let interpreter = try Fixture.interpreter()
        var book = CaseBook(interpreter)
        try book.open(Scenario.open(Scenario.marriage, "2026-03-02 09:00"), id: "C1")
        for (kind, at, step) in [
            (CaseEventKind.accept, "2026-03-02 09:00", nil), (.complete, "2026-03-02 10:00", "receive"),
            (.complete, "2026-03-03 09:00", "review"), (.branch, "2026-03-03 09:05", "route"),
        ] as [(CaseEventKind, String, Name?)] {
            try book.handle(CaseCommand(kind, at: t(at), step: step), on: "C1")
        }
        let state = try #require(book.cases["C1"])
        #expect(state.tokens.map(\.step) == ["sign"])
        #expect(interpreter.due(of: state, now: t("2026-03-03 09:05")) == t("2026-03-05 09:00"))
    }

    @Test func aFactGivenAtTheChoiceIsEstablished() throws {
        let interpreter = try Fixture.interpreter()
        let (book, state) = try play(.factAtChoice)
        #expect(state.facts == ["needs_verification"])
        #expect(interpreter.due(of: state, now: t("2026-03-11 14:00")) == t("2026-03-12 09:00"))
        book.expectReplayEqualsState()
    }

    @Test func aChoiceAgainstTheFactsIsRefused() throws {
        var (book, _) = try play(.verification, steps: 3)
        let before = book.cases["C1"]
        #expect(throws: CaseError.self) {
            try book.handle(CaseCommand(.branch, at: t("2026-03-03 09:05"), step: "route", fact: "otherwise"), on: "C1")
        }
        #expect(throws: CaseError.self) {
            try book.handle(CaseCommand(.branch, at: t("2026-03-03 09:05"), step: "route", fact: "is_remote"), on: "C1")
        }
        #expect(book.cases["C1"] == before)
    }

    @Test func parallelBranchesRunAtOnceAndTheJoinWaitsForAll() throws {
        var (book, state) = try play(.permitFlow, steps: 3)
        #expect(Set(state.tokens.map(\.step)) == ["site-visit", "fire-check"])
        // The hand-off passed the dossier from the commune centre to both provincial units.
        let transfer = try #require(state.visits.first { $0.step == "transfer" })
        #expect(transfer.handedTo == ["province.construction.licensing", "province.fire-police"])
        // With two steps active, a completion must name its step.
        #expect(throws: CaseError.self) { try book.handle(CaseCommand(.complete, at: t("2026-03-05 16:00")), on: "C1") }
        try book.handle(Scenario.permitFlow.script[3].command, on: "C1")
        state = try #require(book.cases["C1"])
        #expect(state.tokens.map(\.step) == ["site-visit"])
        #expect(state.joins.first?.arrived == 1)
        try book.handle(Scenario.permitFlow.script[4].command, on: "C1")
        state = try #require(book.cases["C1"])
        #expect(state.tokens.map(\.step) == ["decide"])
        #expect(
            state.visits.filter { $0.step == "site-visit" || $0.step == "fire-check" }.map(\.handedTo) == [
                ["province.construction.director"], ["province.construction.director"],
            ])
        book.expectReplayEqualsState()
    }

    @Test func paymentWaitPausesTheClockAndIsRecorded() throws {
        let interpreter = try Fixture.interpreter()
        let (book, state) = try play(.permitFlow)
        #expect(state.outcome == "issued")
        #expect(state.payments == [CaseState.Payment(at: t("2026-03-13 09:00"), step: "fee", amount: 150_000)])
        let pause = try PauseInterval(from: t("2026-03-11 10:00"), to: t("2026-03-13 09:00"))
        #expect(state.pauses == [pause])
        // 15 working days from Monday 2 March 09:00 is 23 March 09:00; the pause adds its working time.
        let calculator = DeadlineCalculator(calendar: try Fixture.artifact().workCalendar())
        let expected = try calculator.dueDate(
            from: t("2026-03-02 09:00"), adding: .workingDays(15), pauses: state.pauses)
        #expect(interpreter.due(of: state, now: t("2026-03-13 10:00")) == expected)
        #expect(expected > t("2026-03-23 09:00"))
        book.expectReplayEqualsState()
    }

    @Test func aCallRunsASubCaseThatTheParentJoins() throws {
        var book = CaseBook(try Fixture.interpreter())
        try book.open(Scenario.interconnected.opening, id: "C1")
        for line in Scenario.interconnected.script.prefix(4) { try book.handle(line.command, on: "C1" + line.on) }
        let child = try #require(book.cases["C1.1"])
        #expect(child.procedure == Scenario.residence)
        #expect(child.status == .open)
        #expect(child.opening.parent == CaseOpening.Parent(caseId: "C1", step: "residence"))
        #expect(child.opening.receivingUnit == "thanh-nua.pasc")
        // The parent waits: no second sub-case, and nothing else to do at the call.
        #expect(throws: CaseError.self) {
            try book.handle(CaseCommand(.startSubcase, at: t("2026-03-02 15:20"), step: "residence"), on: "C1")
        }
        for line in Scenario.interconnected.script.dropFirst(4) { try book.handle(line.command, on: "C1" + line.on) }
        #expect(book.cases["C1.1"]?.outcome == "issued")
        #expect(book.cases["C1"]?.outcome == "issued")
        #expect(book.cases["C1"]?.visits.map(\.step) == ["receive", "birth", "residence", "return"])
        #expect(book.log["C1"]?.map(\.kind).contains(.subcaseFinished) == true)
        book.expectReplayEqualsState()
    }

    @Test func aRefusedSubCaseCanBeFiledAgain() throws {
        var book = CaseBook(try Fixture.interpreter())
        try book.run(.subcaseRefiled)
        #expect(book.cases["C1.1"]?.outcome == "refused")
        #expect(book.cases["C1.2"]?.outcome == "issued")
        #expect(book.cases["C1"]?.outcome == "issued")
        #expect(book.cases["C1"]?.subcases == ["C1.1", "C1.2"])
        book.expectReplayEqualsState()
    }
}
