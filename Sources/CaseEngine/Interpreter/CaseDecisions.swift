import Foundation
import WorkCalendar
import WorkflowCompiler

/// Checking a request and turning it into events.
extension CaseInterpreter {
    /// The events a request records, on this case and on related ones (a sub-case opened, a parent
    /// told that its sub-case ended, sub-cases withdrawn with their parent); or why it is refused.
    /// `lookup` finds another case by id (the parent or a sub-case).
    public func decide(_ command: CaseCommand, for state: CaseState, lookup: (String) -> CaseState?) throws(CaseError)
        -> [CaseEffect]
    {
        var state = state
        return try decide(command, in: &state, lookup: lookup)
    }

    /// `decide` on a state the caller holds in place: `inout` only so the state is passed by
    /// address without a copy (a copy retains each of its fields); it is not changed.
    func decide(_ command: CaseCommand, in state: inout CaseState, lookup: (String) -> CaseState?) throws(CaseError)
        -> [CaseEffect]
    {
        var effects: [CaseEffect] = []
        try decide(command, in: &state, program: program(state), into: &effects, lookup: lookup)
        return effects
    }

    /// `decide` with the case's program resolved already (`program(state)`), appending the effects
    /// to `effects` (a buffer the caller may reuse, so deciding allocates no array). A refusal
    /// appends nothing.
    func decide(
        _ command: CaseCommand, in state: inout CaseState, program: ProcedureProgram?, into effects: inout [CaseEffect],
        lookup: (String) -> CaseState?
    ) throws(CaseError) {
        guard command.kind.isCommand else {
            throw .usage(.recordedByEngine(event: command.kind.rawValue))
        }
        if state.isClosed {
            throw .refused(
                .closed(
                    caseId: state.id, outcome: state.outcome?.text ?? "ended",
                    at: state.closedAt.map(\.description) ?? "?"),
                allowed: [])
        }
        if command.at < state.lastEventAt {
            throw refusal(state, command.at, .eventBeforeLast(at: command.at, last: state.lastEventAt))
        }
        guard let program else { throw .usage(.procedureNotInCaseArtifact(procedure: state.procedure)) }
        // An apology belongs to no step: it is allowed when form 04 is called for, worked out once
        // here for both the check and the proposed date.
        let apology = command.kind == .apologize ? apologyTerms(state, now: command.at) : nil
        let option: Option
        if command.kind == .apologize {
            guard apology?.isDue == true else {
                throw refusal(state, command.at, .apologyNotDue(activeSteps(state)))
            }
            option = Option(event: .apologize)
        } else {
            option = try match(command, &state, program)
        }
        // The event's fields are worked out first and the event is built once, inside the append:
        // a complete event built apart, or changed through the array, would be copied, retaining
        // each of its fields.
        // The step's fields are read where needed: a copy of the whole step would retain each of them.
        let node = program.node(at: option.node)
        var step = node?.id
        let actor: Name?
        if let given = command.actor {
            let concreteActor = try directory.concreteActor(given, caseCommune: state.opening.commune).get()
            if let performer = performer(of: option, in: state), !may(concreteActor, actAs: performer, in: state) {
                throw refusal(
                    state, command.at,
                    .notForActor(
                        event: command.kind.rawValue, step: program.step(of: node)?.id,
                        performer: concrete(performer, in: state).text, actor: concreteActor.text))
            }
            actor = concreteActor
        } else {
            // The log says who acted even when the request left it to the step's performer.
            actor = performer(of: option, in: state).map { directory.concrete($0, commune: state.opening.commune) }
        }
        switch command.kind {
        case .reject, .refuse:
            guard let reason = command.reason, !reason.isBlank else {
                throw .usage(.needsReason(event: command.kind.rawValue))
            }
        default:
            break
        }
        var target: Name?
        var fact: Name?
        var due: LocalDateTime?
        var child: String?
        var opened: CaseEffect?
        switch command.kind {
        case .branch:
            guard let choice = node else { break }
            (target, fact) = try branch(choice, program, command.fact, state, command.at)
        case .supplement, .requestPayment, .refuse:
            target = node?.exitTarget(command.kind)
        case .withdraw:
            if let named = command.step {
                guard state.tokens.contains(where: { $0.step == named }) else {
                    throw refusal(state, command.at, .withdrawNeedsNoStep(step: named.text))
                }
                step = named
            }
        case .apologize:
            guard let terms = apology, let proposed = command.due ?? proposedDue(terms, now: command.at) else { break }
            guard proposed > terms.due else {
                throw refusal(state, command.at, .proposedDateNotLater(proposed: proposed, due: terms.due))
            }
            due = proposed
        case .startSubcase:
            guard let call = program.step(of: node) else { break }
            opened = try subcaseOpening(call, state, at: command.at)
            child = opened?.caseId
        default:
            break
        }
        effects.append(
            CaseEffect(
                caseId: state.id,
                event: CaseEvent(
                    command.kind, at: command.at, actor: actor, step: step, target: target, fact: fact,
                    reason: command.reason,
                    amount: command.kind == .pay ? command.amount : nil, child: child, due: due)))
        switch command.kind {
        case .startSubcase:
            guard let opened else { break }
            effects.append(opened)
            effects.append(CaseEffect(caseId: opened.caseId, event: CaseEvent(.accept, at: command.at)))
        case .return:
            effects += closingEffects(state, outcome: node?.outcome ?? Self.issued, at: command.at, lookup: lookup)
        case .reject:
            effects += closingEffects(state, outcome: Self.rejected, at: command.at, lookup: lookup)
        case .withdraw:
            effects += closingEffects(state, outcome: Self.withdrawn, at: command.at, lookup: lookup)
        default:
            break
        }
    }

    /// The one option the request names, or a refusal that says why and what is allowed.
    private func match(_ command: CaseCommand, _ state: inout CaseState, _ program: ProcedureProgram) throws(CaseError)
        -> Option
    {
        let named = command.kind == .withdraw || command.kind == .apologize ? nil : command.step
        // The first match and how many there are, without collecting them.
        var first: Option?
        var count = 0
        forEachOption(&state, program, at: command.at, only: command.kind, step: named) { option in
            // forEachOption gives only the named step's options, and the case-wide ones (no node).
            if named != nil, option.node == nil { return }
            if count == 0 { first = option }
            count += 1
        }
        if let step = named {
            if count == 0 {
                if program.node(step) == nil {
                    throw refusal(
                        state, command.at,
                        .noSuchStep(procedure: state.procedure, step: step.text, steps: program.graph.steps.map(\.id)))
                }
                if !state.tokens.contains(where: { $0.step == step }) {
                    throw refusal(state, command.at, .stepNotActive(step: step.text, activeSteps(state)))
                }
                let kind = program.node(step)?.kind.rawValue ?? "step"
                throw refusal(
                    state, command.at, .notAllowedAtStep(event: command.kind.rawValue, step: step.text, kind: kind))
            }
        }
        guard let first else {
            throw refusal(state, command.at, .notAllowedNow(event: command.kind.rawValue, activeSteps(state)))
        }
        if count > 1 {
            let matches = options(state, program, at: command.at, only: command.kind, step: named).filter {
                named == nil || program.node(at: $0.node)?.id == named
            }
            let steps = matches.compactMap { program.node(at: $0.node)?.id.text }
            throw refusal(state, command.at, .allowedAtSeveralSteps(event: command.kind.rawValue, steps: steps))
        }
        return first
    }

    func refusal(_ state: CaseState, _ at: LocalDateTime, _ message: CaseMessage) -> CaseError {
        .refused(.inCase(state.id, message), allowed: allowed(state, at: max(at, state.lastEventAt)))
    }

    /// The branch a choice takes: the first choice whose fact holds, else `otherwise`. A fact given
    /// with the request is established by it (and its extension applies), unless a fact that comes
    /// earlier in the choice already holds.
    private func branch(
        _ node: StepNode, _ program: ProcedureProgram, _ given: Name?, _ state: CaseState,
        _ at: LocalDateTime
    ) throws(CaseError) -> (Name?, Name?) {
        let choices = program.choices[node.index]
        let otherwise = program.otherwise[node.index]
        let id = node.id
        let selected = choices.firstIndex { state.facts.contains($0.fact) }
        guard let fact = given else {
            if let i = selected { return (choices[i].step, choices[i].fact) }
            if let otherwise { return (otherwise, nil) }
            throw refusal(state, at, .noFactHolds(choice: id.text, facts: choices.map(\.fact.text)))
        }
        if fact == Self.otherwise {
            guard let otherwise else { throw refusal(state, at, .noOtherwiseBranch(choice: id.text)) }
            if let i = selected {
                throw refusal(
                    state, at,
                    .factHoldsNotOtherwise(fact: choices[i].fact.text, choice: id.text, step: choices[i].step.text))
            }
            return (otherwise, Self.otherwise)
        }
        guard let i = choices.firstIndex(where: { $0.fact == fact }) else {
            let known = choices.map(\.fact.text) + (otherwise == nil ? [] : ["otherwise"])
            throw refusal(state, at, .noBranchForFact(choice: id.text, fact: fact.text, branches: known))
        }
        if let s = selected, s < i {
            throw refusal(
                state, at, .earlierFactHolds(fact: choices[s].fact.text, choice: id.text, step: choices[s].step.text))
        }
        return (choices[i].step, fact)
    }

    static let otherwise: Name = "otherwise"
    static let issued: Name = "issued"
    static let refused: Name = "refused"
    static let rejected: Name = "rejected"
    static let withdrawn: Name = "withdrawn"

    /// The sub-case a call step opens: the called procedure, in the same commune, received by the
    /// same centre from the same applicant, with the facts it declares.
    private func subcaseOpening(_ step: CompiledStep, _ state: CaseState, at: LocalDateTime) throws(CaseError)
        -> CaseEffect
    {
        guard let callee = programs[step.call ?? ""] else {
            throw .usage(.procedureNotInCaseArtifact(procedure: step.call ?? "?"))
        }
        let channel =
            callee.offers(channel: state.opening.channel)
            ? state.opening.channel : callee.procedure.channels.first?.channel ?? state.opening.channel
        var opening = state.opening
        opening.procedure = callee.code
        opening.received = at
        opening.channel = channel
        opening.facts = state.facts.filter(callee.declares)
        opening.parent = .init(caseId: state.id, step: Name(step.id))
        let childId = "\(state.id).\(state.subcases.count + 1)"
        return CaseEffect(caseId: childId, event: try open(opening))
    }

    /// When a case ends: its open sub-cases are withdrawn, and a parent waiting on it is told.
    private func closingEffects(_ state: CaseState, outcome: Name, at: LocalDateTime, lookup: (String) -> CaseState?)
        -> [CaseEffect]
    {
        var effects: [CaseEffect] = []
        for child in state.subcases {
            guard let sub = lookup(child), !sub.isClosed else { continue }
            var withdraw = CaseEvent(.withdraw, at: max(at, sub.lastEventAt))
            withdraw.reason = "the parent case \(state.id) ended (\(outcome))"
            effects.append(CaseEffect(caseId: child, event: withdraw))
            // Its own sub-cases go too; telling this case (its parent) is not needed, it is ending.
            effects += closingEffects(sub, outcome: Self.withdrawn, at: withdraw.at, lookup: lookup).filter {
                $0.caseId != state.id
            }
        }
        if let link = state.opening.parent, let parent = lookup(link.caseId), parent.status == .open,
            parent.tokens.contains(where: { $0.step == link.step && $0.subcase == state.id && $0.subcaseOutcome == nil }
            )
        {
            var finished = CaseEvent(.subcaseFinished, at: at, step: link.step)
            finished.child = state.id
            finished.outcome = outcome
            effects.append(CaseEffect(caseId: link.caseId, event: finished))
        }
        return effects
    }
}
