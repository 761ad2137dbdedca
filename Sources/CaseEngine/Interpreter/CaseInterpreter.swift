import WorkCalendar
import WorkflowCompiler

/// A change to one case that a request produces. A request may touch several cases: starting a
/// sub-case opens the child; a sub-case that ends tells its parent.
public struct CaseEffect: Sendable, Equatable {
    public var caseId: String
    public var event: CaseEvent

    public init(caseId: String, event: CaseEvent) {
        self.caseId = caseId
        self.event = event
    }
}

/// Runs cases on one compiled catalog. `decide` checks a request against the graph, the case's
/// active steps and the actor, and returns the events to record (or why not); `evolve` applies a
/// recorded event. Replaying a case's events through `evolve` rebuilds its state exactly.
public final class CaseInterpreter: Sendable {
    public let artifact: CompiledCatalog
    public let directory: UnitDirectory
    public let clock: CaseClock
    let programs: [String: ProcedureProgram]

    public init(artifact: CompiledCatalog) throws(CaseError) {
        self.artifact = artifact
        directory = UnitDirectory(artifact)
        var programs: [String: ProcedureProgram] = [:]
        var cutoffs: Set<TimeOfDay> = []
        for procedure in artifact.procedures {
            let program = ProcedureProgram(procedure, workingTime: artifact.workingTime, directory: directory)
            programs[procedure.code] = program
            cutoffs.insert(program.cutoff)
        }
        self.programs = programs
        clock = try CaseClock(artifact: artifact, cutoffs: cutoffs)
    }

    public var contentHash: String { artifact.contentHash }

    public func procedure(_ code: String) -> CompiledProcedure? { programs[code]?.procedure }

    /// The procedure as a case follows it: with the workflow in force on its receipt.
    public func procedure(of state: CaseState) -> CompiledProcedure? { program(state)?.procedure }

    /// A case's program: its procedure's, with the workflow in force on its receipt (issue 18: a
    /// case keeps the rules it was received under).
    package func program(_ state: CaseState) -> ProcedureProgram? {
        programs[state.procedure]?.forReceipt(state.opening.received.date)
    }

    /// The program an `opened` event starts its case on.
    package func program(opening opened: CaseEvent) -> ProcedureProgram? {
        guard let code = opened.openingProcedure, let program = programs[code] else { return nil }
        return opened.opening.map { program.forReceipt($0.received.date) } ?? program
    }

    // MARK: - Opening

    /// Checks an opening and returns the `opened` event. Usage errors: an unknown procedure,
    /// channel, commune or fact, or a receiving unit that is not a service centre.
    public func open(_ opening: CaseOpening) throws(CaseError) -> CaseEvent {
        try checked(opening).event
    }

    /// `open`, with the procedure's program it found (a book starts the case with it).
    func checked(_ opening: CaseOpening) throws(CaseError) -> (event: CaseEvent, program: ProcedureProgram) {
        guard let program = programs[opening.procedure]?.forReceipt(opening.received.date) else {
            throw .usage(.noProcedure(procedure: opening.procedure, procedures: artifact.procedures.count))
        }
        // The artifact has no rules for a day before the catalog (or the procedure) takes effect.
        let received = opening.received.date
        if let first = [try? CivilDate(parsing: artifact.jurisdiction.effective), program.procedure.effective]
            .compactMap({ $0 }).max(),
            received < first
        {
            throw .usage(.notYetInForce(procedure: opening.procedure, received: received, from: first))
        }
        if let last = program.procedure.expires, received > last {
            throw .usage(.noLongerInForce(procedure: opening.procedure, received: received, until: last))
        }
        // An artifact compiled `--at` a date holds that day's terms only.
        if let asOf = artifact.asOf, received != asOf {
            throw .usage(.artifactAsOf(asOf, received: received))
        }
        guard program.offers(channel: opening.channel) else {
            throw .usage(
                .channelNotOffered(
                    procedure: opening.procedure, channel: opening.channel,
                    offered: program.procedure.channels.map(\.channel)))
        }
        switch ApplicantReferenceProblem.of(opening.applicant) {
        case .empty?:
            throw .usage(.emptyApplicant)
        case .controlCharacter?:
            throw .usage(.applicantControlCharacter(opening.applicant))
        case .tooLong?:
            throw .usage(
                .applicantTooLong(length: opening.applicant.count, limit: ApplicantReferenceProblem.maximumLength))
        case nil:
            break
        }
        guard directory.isCommune(opening.commune) else {
            throw .usage(.noCommune(opening.commune.text, communes: directory.communes.keys.sorted()))
        }
        for fact in opening.facts where !program.declares(fact) {
            throw .usage(
                .noCondition(
                    procedure: opening.procedure, fact: "\(fact)", conditions: program.procedure.conditions.map(\.id)))
        }
        var receiving = directory.concrete(opening.receivingUnit, commune: opening.commune)
        if !directory.isConcreteServiceCentre(receiving) {
            receiving = try directory.concreteActor(opening.receivingUnit, caseCommune: opening.commune).get()
            guard directory.isServiceCentre(directory.kindLevel(receiving.text).reference) else {
                throw .usage(.notServiceCentre(unit: "\(receiving)", example: "\(opening.commune).pasc"))
            }
        }
        var normalized = opening
        normalized.receivingUnit = receiving
        return (.opened(at: opening.received, by: receiving, normalized, artifact: artifact.contentHash), program)
    }

    /// The state a case starts in: its `opened` event applied.
    public func begin(id: String, with opened: CaseEvent) -> CaseState {
        begin(id: id, with: opened, program: program(opening: opened))
    }

    /// `begin` with the case's program resolved already.
    func begin(id: String, with opened: CaseEvent, program: ProcedureProgram?) -> CaseState {
        var state = CaseState(
            id: id, artifactHash: opened.artifact ?? artifact.contentHash,
            opening: opened.opening
                ?? CaseOpening(procedure: "", received: opened.at, channel: "", commune: "", applicant: ""),
            at: opened.at)
        evolve(&state, opened, program: program)
        return state
    }

    /// Rebuilds a case from its events (the first is `opened`). Events after a migration are
    /// applied by the interpreter of the artifact the case moved to: `interpreter(hash)`.
    public static func replay(id: String, _ events: [CaseEvent], interpreter: (String) -> CaseInterpreter?)
        -> CaseState?
    {
        guard let first = events.first, first.kind == .opened, let hash = first.artifact, let start = interpreter(hash)
        else { return nil }
        var state = start.begin(id: id, with: first)
        for var event in events.dropFirst() {
            guard let current = interpreter(state.artifactHash) else { return nil }
            current.evolve(&state, event: &event, program: current.program(state))
        }
        return state
    }

    // MARK: - Deadlines

    /// The statutory period of the case: its channel's deadline plus the extensions of the facts that hold.
    public func period(of state: CaseState) -> WorkDuration? {
        program(state)?.statutory(channel: state.opening.channel, facts: state.facts, on: state.opening.received.date)
            .period
    }

    /// The fees of the case: those in force on its receipt, on its channel (issue 18: a case keeps
    /// the rules it was received under).
    public func fees(of state: CaseState) -> [CompiledProcedure.FeeEntry]? {
        program(state)?.procedure.fees(on: state.opening.received.date, channel: state.opening.channel)
    }

    /// The case's due time, with its pauses up to `now` (a closed case: up to its end).
    public func due(of state: CaseState, now: LocalDateTime) -> LocalDateTime? {
        deadline(of: state, now: now)?.due
    }

    /// The case's deadline in full: the period with its extensions, the procedure's cap, the due
    /// time of each, and which one holds (what `tthc case show` prints).
    public func deadline(of state: CaseState, now: LocalDateTime) -> CaseDeadline? {
        guard let program = program(state) else { return nil }
        let statutory = program.statutory(
            channel: state.opening.channel, facts: state.facts, on: state.opening.received.date)
        return CaseDeadline(statutory, due: clock.caseDue(state, program, statutory, now: state.closedAt ?? now))
    }

    /// Trước hạn / Đúng hạn / Quá hạn: of a case returned (issued or refused), or of an open case
    /// that is already past due; nil while on track, and for a withdrawn or rejected case.
    public func status(of state: CaseState, now: LocalDateTime) -> DeadlineStatus? {
        guard let due = due(of: state, now: now) else { return nil }
        if state.isClosed {
            guard let closed = state.closedAt, state.outcome == "issued" || state.outcome == "refused" else {
                return nil
            }
            return DeadlineStatus.of(returned: closed, due: due)
        }
        return now > due ? .overdue : nil
    }

    /// Whether form 04 is called for: the case is open and past due, or due within one working
    /// day with more work left on its active path (at the steps' budgets) than time before the due
    /// time. A same-day case on track is not "about to be overdue" merely for being short.
    public func apologyDue(_ state: CaseState, now: LocalDateTime) -> Bool {
        apologyTerms(state, now: now)?.isDue ?? false
    }

    /// What form 04 rests on, each worked out once: the current due time and the work left.
    package struct ApologyTerms {
        package var due: LocalDateTime
        package var workLeft: Int
        package var isDue: Bool
    }

    /// nil for a closed case (no apology is owed) or one whose due time cannot be computed. A
    /// dossier still awaiting acceptance counts: its clock runs from receipt, so one left at the
    /// desk past its due time is as late as any other.
    package func apologyTerms(_ state: CaseState, now: LocalDateTime) -> ApologyTerms? {
        guard state.status != .closed, let due = due(of: state, now: now) else { return nil }
        let work = workLeft(state, now: now)
        if now >= due { return ApologyTerms(due: due, workLeft: work, isDue: true) }
        let left = clock.workingMinutes(from: now, to: due)
        return ApologyTerms(due: due, workLeft: work, isDue: left <= clock.minutesPerDay && work > left)
    }

    /// Working minutes the active steps still need: each token's remaining path, less the part of
    /// its current step's budget already spent; the whole workflow for a dossier not yet accepted.
    public func workLeft(_ state: CaseState, now: LocalDateTime) -> Int {
        guard let program = program(state) else { return 0 }
        if state.status == .received { return program.remainingMinutes(from: program.start) }
        return state.tokens.map { token in
            let node = program.node(token.step, hint: token.node)
            let spent = min(node?.budgetMinutes ?? 0, clock.workingMinutes(from: token.since, to: now))
            return program.remainingMinutes(from: token.step) - (node?.kind == .wait ? 0 : spent)
        }.max() ?? 0
    }

    /// The new date form 04 proposes: the working days the longest remaining path of the active
    /// steps still needs (at least one), counted from the later of now and the current due time.
    public func proposedDue(_ state: CaseState, now: LocalDateTime) -> LocalDateTime? {
        guard let due = due(of: state, now: now) else { return nil }
        return proposedDue(ApologyTerms(due: due, workLeft: workLeft(state, now: now), isDue: true), now: now)
    }

    package func proposedDue(_ terms: ApologyTerms, now: LocalDateTime) -> LocalDateTime? {
        let days = max(1, (terms.workLeft + clock.minutesPerDay - 1) / clock.minutesPerDay)
        return clock.adding(workingDays: days, to: max(terms.due, now))
    }

    /// The performer of a step in a case: the receiving centre for service-centre steps, else the
    /// step's reference (made concrete when shown), else whoever holds the dossier.
    func performer(_ node: StepNode, receivingUnit: Name, holder: Name) -> Name {
        guard let by = node.by else { return holder }
        return node.byServiceCentre ? receivingUnit : by
    }

    public func concrete(_ reference: Name, in state: CaseState) -> Name {
        directory.concrete(reference, commune: state.opening.commune)
    }
}
