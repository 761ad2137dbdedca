import WorkCalendar
import WorkflowCompiler

/// What each active step of a case accepts now.
extension CaseInterpreter {
    /// One event a case accepts: at which token and step, performed by whom. The step itself is
    /// the program's (`program.step(of: option.node)`) and the performer the state's
    /// (`performer(of:in:)`): an option holds neither, so listing and matching options copies no
    /// string (each copy would be retained and released).
    package struct Option {
        package var event: CaseEventKind
        package var token: Int?
        /// The position of the step's node in its program (`program.node(at:)`): an option is
        /// copied as each one is listed, and the node itself is five times its size.
        var node: Int?
        var performer: Performer

        init(event: CaseEventKind, token: Int? = nil, node: StepNode? = nil, performer: Performer = .none) {
            self.event = event
            self.token = token
            self.node = node?.index
            self.performer = performer
        }
    }

    /// Where an option's performer is found in the case.
    enum Performer {
        /// Case-wide (an apology).
        case none
        case applicant
        /// The receiving service centre (reception).
        case desk
        /// The performer of the visit a token rests on.
        case visit(Int)
        /// Whoever holds the dossier at a token (a call step).
        case holder(Int)
    }

    /// The performer of an option: a reference of the case, made concrete only when shown.
    func performer(of option: Option, in state: CaseState) -> Name? {
        switch option.performer {
        case .none: nil
        case .applicant: Name.applicant
        case .desk: state.opening.receivingUnit
        case .visit(let v): state.visits[v].by
        case .holder(let t): state.tokens[t].holder
        }
    }

    /// The events the case accepts at `now`, as listed to people.
    public func allowed(_ state: CaseState, at now: LocalDateTime) -> [AllowedEvent] {
        guard let program = program(state) else { return [] }
        return options(state, program, at: now, only: nil).map { option in
            var options: [String] = []
            if option.event == .branch, let node = option.node {
                options = program.choices[node].map(\.fact.text) + (program.otherwise[node] == nil ? [] : ["otherwise"])
            }
            return AllowedEvent(
                option.event, step: program.node(at: option.node)?.id.text,
                actor: performer(of: option, in: state).map { concrete($0, in: state).text },
                options: options)
        }
    }

    /// `apology`: whether to work out if form 04 is due (a deadline computation, skipped by the
    /// simulation's planner).
    /// `step`: only that active step's options (and the case-wide ones).
    package func options(
        _ state: CaseState, _ program: ProcedureProgram, at now: LocalDateTime, only kind: CaseEventKind?,
        apology: Bool = true, step onlyStep: Name? = nil
    ) -> [Option] {
        var out: [Option] = []
        var state = state
        forEachOption(&state, program, at: now, only: kind, apology: apology, step: onlyStep) { out.append($0) }
        return out
    }

    /// `options`, one at a time and in the same order, without collecting them (deciding a
    /// request needs only the one that matches). `inout` only so the state is passed by address
    /// without a copy; it is not changed.
    func forEachOption(
        _ state: inout CaseState, _ program: ProcedureProgram, at now: LocalDateTime, only kind: CaseEventKind?,
        apology: Bool = true, step onlyStep: Name? = nil, _ body: (Option) -> Void
    ) {
        func add(_ event: CaseEventKind, _ token: Int?, _ node: StepNode?, _ performer: Performer) {
            if kind == nil || kind == event {
                body(Option(event: event, token: token, node: node, performer: performer))
            }
        }
        switch state.status {
        case .closed:
            return
        case .received:
            add(.accept, nil, nil, .desk)
            add(.reject, nil, nil, .desk)
        case .open:
            // By index: binding each token would retain every one of its fields.
            for t in state.tokens.indices {
                if let onlyStep, state.tokens[t].step != onlyStep { continue }
                guard let node = program.node(state.tokens[t].step, hint: state.tokens[t].node) else { continue }
                let kind = node.kind
                let performer: Performer = kind == .call ? .holder(t) : .visit(state.tokens[t].visit)
                let subcaseRunning = state.tokens[t].subcase != nil && state.tokens[t].subcaseOutcome == nil
                switch kind {
                case .wait: add(node.main ?? .supplementReceived, t, node, .applicant)
                case .call:
                    if programs[program.steps[node.index].call ?? ""] == nil {
                        add(.complete, t, node, performer)
                    } else if !subcaseRunning {
                        add(.startSubcase, t, node, performer)
                    }
                case .parallel: break
                default: if let main = node.main { add(main, t, node, performer) }
                }
                guard !subcaseRunning else { continue }
                for event in node.exitEvents { add(event, t, node, performer) }
            }
        }
        add(.withdraw, nil, nil, .applicant)
        // A dossier not yet accepted owes form 04 too: its clock runs from receipt.
        if apology, kind == nil || kind == .apologize, apologyDue(state, now: now) { add(.apologize, nil, nil, .none) }
    }

    /// Whether a concrete actor may act as `performer`; the applicant's side may also be acted by
    /// the receiving centre (a supplement handed in at the desk).
    func may(_ actor: Name, actAs performer: Name, in state: CaseState) -> Bool {
        let commune = state.opening.commune
        if performer == Name.applicant {
            return actor == Name.applicant
                || directory.actor(actor, mayActAs: state.opening.receivingUnit, caseCommune: commune)
        }
        return directory.actor(actor, mayActAs: performer, caseCommune: commune)
    }

    /// "review (task, thanh-nua.justice-officer)" for every active step: the context of a refusal.
    func activeSteps(_ state: CaseState) -> ActiveSteps {
        guard !state.tokens.isEmpty else { return state.status == .received ? .awaitingAcceptance : .none }
        return .active(
            state.tokens.map { token in
                let visit = state.visits[token.visit]
                return ActiveSteps.Step(
                    step: token.step.text, kind: visit.kind.rawValue, performer: concrete(visit.by, in: state).text)
            })
    }
}
