import WorkCalendar
import WorkflowCompiler

/// How recorded events move a case's tokens. Everything here is deterministic: the same events on
/// the same artifact give the same state, which is what replay relies on. Nothing is checked here;
/// `decide` checked it before the event was recorded.
extension CaseInterpreter {
    public func evolve(_ state: inout CaseState, _ event: CaseEvent) {
        evolve(&state, event, program: program(state))
    }

    /// `evolve` with the case's program resolved already (`program(state)`).
    func evolve(_ state: inout CaseState, _ event: CaseEvent, program: ProcedureProgram?) {
        var event = event
        evolve(&state, event: &event, program: program)
    }

    /// `evolve` on an event the caller holds in place: `inout` only so that it is passed by
    /// address (a copy would retain each of its fields); it is not changed.
    func evolve(_ state: inout CaseState, event: inout CaseEvent, program: ProcedureProgram?) {
        state.version += 1
        if event.at > state.lastEventAt { state.lastEventAt = event.at }
        guard let program else { return }
        let at = event.at
        switch event.kind {
        case .opened:
            break
        case .accept:
            state.status = .open
            state.acceptedAt = at
            // Most cases visit several steps: spare the first few regrowths of the arrays.
            state.visits.reserveCapacity(min(program.nodes.count, 12))
            state.tokens.reserveCapacity(2)
            enter(
                &state, program, program.start, at: at, parallel: nil, holder: state.opening.receivingUnit, givers: [])
        case .reject:
            close(&state, outcome: Self.rejected, at: at, note: event.reason)
        case .complete, .approve, .handOff, .supplementReceived, .pay:
            guard let t = token(&state, at: event.step),
                let node = program.node(state.tokens[t].step, hint: state.tokens[t].node)
            else { break }
            if event.kind == .pay { state.payments.append(.init(at: at, step: node.id, amount: event.amount)) }
            finish(&state, t, at: at, by: event.kind, actor: event.actor, note: event.reason)
            if event.kind == .handOff, let to = node.to { state.tokens[t].holder = to }
            let next = program.nextNode(of: node)
            advance(&state, program, t, to: next?.id, node: next, at: at)
        case .branch:
            guard let t = token(&state, at: event.step) else { break }
            if let fact = event.fact, fact != Self.otherwise, !state.facts.contains(fact) {
                state.facts.append(fact)
                state.facts.sort()
            }
            finish(&state, t, at: at, by: .branch, actor: event.actor, note: event.fact.map { "fact: \($0)" })
            advance(&state, program, t, to: event.target, at: at)
        case .supplement, .requestPayment, .refuse:
            guard let t = token(&state, at: event.step) else { break }
            finish(&state, t, at: at, by: event.kind, actor: event.actor, note: event.reason)
            advance(&state, program, t, to: event.target, at: at)
        case .startSubcase:
            guard let t = token(&state, at: event.step), let child = event.child else { break }
            state.tokens[t].subcase = child
            state.tokens[t].subcaseOutcome = nil
            state.subcases.append(child)
            state.visits[state.tokens[t].visit].note = "sub-case \(child)"
        case .subcaseFinished:
            guard let t = state.tokens.firstIndex(where: { $0.step == event.step && $0.subcase == event.child }),
                let node = program.node(state.tokens[t].step, hint: state.tokens[t].node)
            else { break }
            if event.outcome == Self.issued {
                finish(
                    &state, t, at: at, by: .subcaseFinished, actor: event.actor,
                    note: "sub-case \(event.child ?? "") issued")
                let next = program.nextNode(of: node)
                advance(&state, program, t, to: next?.id, node: next, at: at)
            } else {
                state.tokens[t].subcaseOutcome = event.outcome
                state.visits[state.tokens[t].visit].note =
                    "sub-case \(event.child ?? "") \(event.outcome?.text ?? "ended")"
            }
        case .return:
            guard let t = token(&state, at: event.step),
                let node = program.node(state.tokens[t].step, hint: state.tokens[t].node)
            else { break }
            finish(&state, t, at: at, by: .return, actor: event.actor, note: event.reason)
            state.visits[state.tokens[t].visit].handedTo = [Name.applicant]
            close(&state, outcome: node.outcome ?? Self.issued, at: at, note: nil)
        case .withdraw:
            close(&state, outcome: Self.withdrawn, at: at, note: "withdrawn" + (event.reason.map { ": \($0)" } ?? ""))
        case .apologize:
            if let due = event.due { state.apologies.append(.init(at: at, due: due, reason: event.reason)) }
        case .migrated:
            if let hash = event.artifact { state.artifactHash = hash }
        }
        syncPause(&state, at: at)
    }

    // MARK: - Tokens

    /// The token resting at `step`, or the only token when no step is named.
    func token(_ state: inout CaseState, at step: Name?) -> Int? {
        guard let step else { return state.tokens.count == 1 ? 0 : nil }
        return state.tokens.firstIndex { $0.step == step }
    }

    func finish(
        _ state: inout CaseState, _ t: Int, at: LocalDateTime, by kind: CaseEventKind, actor: Name?, note: String?
    ) {
        let v = state.tokens[t].visit
        state.visits[v].finished = at
        state.visits[v].finishedBy = kind
        state.visits[v].actor = actor
        if let note { state.visits[v].note = note }
    }

    /// Moves token `t` on from the step it just finished. The finished visit hands the dossier to
    /// the next performer the token meets; choices pass the earlier givers through.
    /// `node`: the target's node when the caller has it resolved already.
    func advance(
        _ state: inout CaseState, _ program: ProcedureProgram, _ t: Int, to target: Name?, node: StepNode? = nil,
        at: LocalDateTime
    ) {
        var token = state.tokens.remove(at: t)
        // A step that is not a choice is the one giver: passed as `giver`, without an array.
        let single = state.visits[token.visit].kind != .choice
        guard let target else { return }
        if let parallel = token.parallel, let shape = program.join(of: parallel), target == shape.join {
            if single { token.givers = [token.visit] }
            arrive(&state, program, token, parallel: parallel, shape: shape, at: at)
        } else {
            enter(
                &state, program, target, node: node, at: at, parallel: token.parallel, holder: token.holder,
                givers: single ? [] : token.givers, giver: single ? token.visit : nil)
        }
    }

    /// A branch reaches its join; the join is entered when the last branch arrives.
    func arrive(
        _ state: inout CaseState, _ program: ProcedureProgram, _ token: CaseState.Token, parallel: Name,
        shape: (join: Name, branches: Int), at: LocalDateTime
    ) {
        var i = state.joins.firstIndex { $0.parallel == parallel }
        if i == nil {
            state.joins.append(.init(parallel: parallel, arrived: 0, givers: [], holder: token.holder))
            i = state.joins.count - 1
        }
        guard let j = i else { return }
        state.joins[j].arrived += 1
        state.joins[j].givers += token.givers
        guard state.joins[j].arrived >= shape.branches else { return }
        let done = state.joins.remove(at: j)
        enter(&state, program, shape.join, at: at, parallel: nil, holder: done.holder, givers: done.givers)
    }

    /// A token arrives at a step: a parallel step forks at once; every other step holds the token
    /// and records a visit. An end step ends every other branch.
    func enter(
        _ state: inout CaseState, _ program: ProcedureProgram, _ id: Name, node resolved: StepNode? = nil,
        at: LocalDateTime,
        parallel: Name?, holder: Name, givers: [Int], giver: Int? = nil
    ) {
        guard let node = resolved ?? program.node(id) else { return }
        let kind = node.kind
        if kind == .parallel {
            let branches = program.branches[node.index]
            if branches.isEmpty, let join = program.joins[node.index]?.join {
                enter(&state, program, join, at: at, parallel: nil, holder: holder, givers: givers, giver: giver)
            }
            for branch in branches {
                enter(&state, program, branch, at: at, parallel: node.id, holder: holder, givers: givers, giver: giver)
            }
            return
        }
        let by: Name
        var due: LocalDateTime?
        switch kind {
        case .wait: by = Name.applicant
        case .choice: by = holder
        case .call:
            by =
                programs[program.steps[node.index].call ?? ""].map {
                    directory.concrete($0.authority, commune: state.opening.commune)
                } ?? holder
        default: by = performer(node, receivingUnit: state.opening.receivingUnit, holder: holder)
        }
        if let minutes = node.budgetMinutes { due = clock.stepDue(arrived: at, minutes: minutes) }
        let receives = kind != .choice
        if receives {
            for g in givers where !state.visits[g].handedTo.contains(by) { state.visits[g].handedTo.append(by) }
            if let g = giver, !state.visits[g].handedTo.contains(by) { state.visits[g].handedTo.append(by) }
        }
        state.visits.append(.init(step: id, kind: kind, by: by, arrived: at, due: due, handedTo: []))
        if kind == .end { cancelAll(&state, at: at, because: id) }
        // A wait or a call does not take the dossier from its holder: the holder gets it back or sends it.
        let holds = receives && kind != .wait && kind != .call
        state.tokens.append(
            .init(
                id: state.nextToken, step: id, since: at, parallel: parallel, holder: holds ? by : holder,
                visit: state.visits.count - 1, givers: receives ? [] : giver.map { [$0] } ?? givers, node: node.index))
        state.nextToken += 1
    }

    /// Ends every active token (an end step was reached, or the case closes).
    func cancelAll(_ state: inout CaseState, at: LocalDateTime, because step: Name) {
        endTokens(&state, at: at, note: "ended: the case went to \(step)")
    }

    func close(_ state: inout CaseState, outcome: Name, at: LocalDateTime, note: String?) {
        endTokens(&state, at: at, note: note)
        state.status = .closed
        state.outcome = outcome
        state.closedAt = at
    }

    /// Finishes at `at` every visit of an active token still open, with `note` (nil: its note
    /// stays), and drops the tokens and the joins they would have reached.
    private func endTokens(_ state: inout CaseState, at: LocalDateTime, note: String?) {
        for t in state.tokens.indices {
            let v = state.tokens[t].visit
            guard state.visits[v].finished == nil else { continue }
            state.visits[v].finished = at
            if let note { state.visits[v].note = note }
        }
        state.tokens.removeAll()
        state.joins.removeAll()
    }

    /// The statutory clock is paused while any token waits on the applicant or a payment.
    func syncPause(_ state: inout CaseState, at: LocalDateTime) {
        var waiting = false
        for t in state.tokens.indices where state.visits[state.tokens[t].visit].kind == .wait {
            waiting = true
            break
        }
        if waiting, state.pausedSince == nil {
            state.pausedSince = at
        } else if !waiting, let since = state.pausedSince {
            if at > since, let pause = try? PauseInterval(from: since, to: at) { state.pauses.append(pause) }
            state.pausedSince = nil
        }
    }
}
