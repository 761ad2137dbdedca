import CaseEngine
import Foundation
import WorkCalendar
import WorkflowCompiler

/// Plays one case and its sub-cases to the end: for each active step it draws what happens and
/// when (a completion after a random share of the step's budget, a supplement, a refusal, the
/// applicant's delay), then applies the earliest action through the interpreter.
struct CaseDriver {
    let interpreter: CaseInterpreter
    let config: SimulationConfig
    /// The case and its sub-cases, in the order they were opened.
    private(set) var family: [String] = []
    /// Every request made, in order (kept for benchmarks that replay them).
    private(set) var journal: [CaseScript.Request] = []
    var keepsJournal = false

    private struct Planned {
        var caseId: String
        var token: Int
        var at: LocalDateTime
        var command: CaseCommand
    }

    private var planned: [Planned] = []
    /// Per case: its due time, valid while its closed pauses and its facts stay as they were.
    private var dueTimes: [String: (pauses: Int, facts: Int, due: LocalDateTime)] = [:]
    private var supplements = 0
    private var refused = false
    private var refiled: Set<String> = []

    init(interpreter: CaseInterpreter, config: SimulationConfig) {
        self.interpreter = interpreter
        self.config = config
    }

    /// Returns the time of the last event.
    mutating func run(id: String, opening: CaseOpening, book: inout CaseBook, random: inout RandomSource) throws
        -> LocalDateTime
    {
        try book.open(opening, id: id)
        family = [id]
        var last = opening.received
        let reception = after(opening.received, minutes: 1 + random.int(below: 15))
        let first =
            random.chance(config.rejectionRate)
            ? CaseCommand(.reject, at: reception, reason: "hồ sơ không đúng thẩm quyền")
            : CaseCommand(.accept, at: reception)
        try handle(first, on: id, &book)
        last = reception
        var guardrail = 0
        while let root = book[id], !root.isClosed, guardrail < 400 {
            guardrail += 1
            plan(book: book, random: &random)
            guard let next = planned.indices.min(by: { planned[$0].at < planned[$1].at }) else {
                // Nothing can move (a step the graph gives no way out of): the applicant withdraws.
                try handle(CaseCommand(.withdraw, at: last, reason: "không thể tiếp tục"), on: id, &book)
                break
            }
            let action = planned.remove(at: next)
            guard let state = book[action.caseId], !state.isClosed else { continue }
            var command = action.command
            command.at = max(command.at, state.lastEventAt)
            try apologizeIfDue(action.caseId, state, at: command.at, &book)
            let effects = try handle(command, on: action.caseId, &book)
            last = max(last, command.at)
            for effect in effects where effect.event.kind == .opened && !family.contains(effect.caseId) {
                family.append(effect.caseId)
            }
        }
        if let root = book[id], !root.isClosed {
            try handle(CaseCommand(.withdraw, at: last, reason: "quá nhiều bước"), on: id, &book)
        }
        return last
    }

    @discardableResult
    private mutating func handle(_ command: CaseCommand, on id: String, _ book: inout CaseBook) throws -> [CaseEffect] {
        if keepsJournal { journal.append(CaseScript.Request(caseId: id, command: command)) }
        return try book.handle(command, on: id)
    }

    /// Form 04 as a clerk sends it: before the next action on a case that is past due or about to
    /// be (`apologyDue`), unless an earlier apology's new date is still ahead. While the clock is
    /// paused the case cannot fall behind, so nothing is checked then.
    private mutating func apologizeIfDue(
        _ id: String, _ state: CaseState, at now: LocalDateTime, _ book: inout CaseBook
    ) throws {
        guard state.status == .open, state.pausedSince == nil, state.apologies.last.map({ $0.due <= now }) ?? true
        else { return }
        let due: LocalDateTime
        if let known = dueTimes[id], known.pauses == state.pauses.count, known.facts == state.facts.count {
            due = known.due
        } else {
            guard let computed = interpreter.due(of: state, now: now) else { return }
            dueTimes[id] = (state.pauses.count, state.facts.count, computed)
            due = computed
        }
        // The full test (the work left against the time left) only within a working day of the due time.
        let clock = interpreter.clock
        guard now >= due || clock.workingMinutes(from: now, to: due) <= clock.minutesPerDay,
            interpreter.apologyDue(state, now: now)
        else {
            return
        }
        try handle(CaseCommand(.apologize, at: now, reason: "chưa hoàn thành giải quyết hồ sơ đúng hạn"), on: id, &book)
    }

    /// Draws an action for every active token that has none yet.
    private mutating func plan(book: CaseBook, random: inout RandomSource) {
        for caseId in family {
            guard let state = book[caseId], state.status == .open, let program = interpreter.program(state) else {
                continue
            }
            for (t, token) in state.tokens.enumerated()
            where !planned.contains(where: { $0.caseId == caseId && $0.token == token.id }) {
                guard let step = program.step(token.step) else { continue }
                let options = interpreter.options(state, program, at: token.since, only: nil, apology: false).filter {
                    $0.token == t
                }
                if let command = choose(step, token, options, state, random: &random) {
                    planned.append(Planned(caseId: caseId, token: token.id, at: command.at, command: command))
                }
            }
        }
    }

    private mutating func choose(
        _ step: CompiledStep, _ token: CaseState.Token, _ options: [CaseInterpreter.Option], _ state: CaseState,
        random: inout RandomSource
    ) -> CaseCommand? {
        func has(_ kind: CaseEventKind) -> Bool { options.contains { $0.event == kind } }
        let since = token.since
        switch step.kind {
        case .wait:
            let days = step.wait == "payment" ? 0.5 + 2.5 * random.uniform() : 1 + 4 * random.uniform()
            let at = after(since, minutes: Int(days * Double(interpreter.clock.minutesPerDay)))
            if step.wait != "payment", random.chance(config.withdrawalRate) {
                return CaseCommand(.withdraw, at: at, actor: Name.applicant, reason: "không bổ sung hồ sơ")
            }
            return CaseCommand(has(.pay) ? .pay : .supplementReceived, at: at, step: token.step)
        case .choice:
            return CaseCommand(.branch, at: after(since, minutes: random.int(below: 10)), step: token.step)
        case .end:
            return CaseCommand(.return, at: after(since, minutes: 5 + random.int(below: 120)), step: token.step)
        case .call:
            if has(.startSubcase) {
                if token.subcaseOutcome != nil {
                    if refiled.contains(state.id + "/" + step.id) {
                        return CaseCommand(
                            .withdraw, at: since, actor: Name.applicant, reason: "thủ tục liên thông bị từ chối")
                    }
                    refiled.insert(state.id + "/" + step.id)
                }
                return CaseCommand(
                    .startSubcase, at: after(since, minutes: 5 + random.int(below: 30)), step: token.step)
            }
            if has(.complete) {
                return CaseCommand(
                    .complete, at: after(since, minutes: duration(step, random: &random)), step: token.step)
            }
            return nil
        case .task, .handOff:
            let at = after(since, minutes: duration(step, random: &random))
            if !refused, has(.refuse), random.chance(config.refusalRate) {
                refused = true
                return CaseCommand(.refuse, at: at, step: token.step, reason: "không đủ điều kiện")
            }
            if supplements < 2, has(.supplement), random.chance(config.supplementRate) {
                supplements += 1
                return CaseCommand(.supplement, at: at, step: token.step, reason: "thiếu giấy tờ")
            }
            if has(.requestPayment), random.chance(0.5) {
                return CaseCommand(.requestPayment, at: at, step: token.step)
            }
            let main = options.first { $0.event == .complete || $0.event == .approve || $0.event == .handOff }
            return main.map { CaseCommand($0.event, at: at, step: token.step) }
        case .parallel:
            return nil
        }
    }

    /// Working minutes a step takes: its budget scaled by a log-normal factor.
    private func duration(_ step: CompiledStep, random: inout RandomSource) -> Int {
        let budget = Double(step.budgetMinutes ?? 60)
        let factor = Foundation.exp(Foundation.log(config.medianShareOfBudget) + config.spread * random.normal())
        return max(1, Int(budget * factor))
    }

    private func after(_ t: LocalDateTime, minutes: Int) -> LocalDateTime {
        interpreter.clock.stepDue(arrived: t, minutes: minutes) ?? t
    }
}
