import WorkCalendar
import WorkflowCompiler

/// What the interpreter needs of one step on every event, as plain values: a node is copied
/// without touching a reference count (a class instance, or a struct holding the step's strings,
/// would be retained and released each time a request looks at a step). Identifiers are names;
/// the step's other fields are read from the program (`ProcedureProgram.steps[node.index]`).
struct StepNode: Sendable {
    /// Position in the program's `steps` and `nodes`.
    let index: Int
    let id: Name
    let kind: CompiledStep.Kind
    /// The unit or role that performs the step, and where a hand-off passes the dossier.
    let by: Name?
    let to: Name?
    /// The outcome of an end step.
    let outcome: Name?
    /// Performed by a service centre: the case's receiving centre does it (one-stop).
    let byServiceCentre: Bool
    /// The step's budget in working minutes (nil for steps without one, and for waits).
    let budgetMinutes: Int?
    /// The event that finishes the step, for kinds that have one regardless of the case (a call's
    /// depends on its sub-case, a parallel step has none).
    let main: CaseEventKind?
    /// The events of the step's exits, in the order of its exits (`withdraw` left out).
    let exitEvents: ExitEvents
    /// Where the exits lead: the supplement's wait, the payment's wait, the refusal's end.
    let supplementTarget: Name?
    let paymentTarget: Name?
    let refusalTarget: Name?
    /// The position of its `next` step.
    let next: Int?

    init(_ step: CompiledStep, index: Int, next: Int?, byServiceCentre: Bool, authority: String) {
        self.index = index
        self.next = next
        self.byServiceCentre = byServiceCentre
        id = Name(step.id)
        by = step.by.map { Name($0) }
        to = step.to.map { Name($0) }
        outcome = step.outcome.map { Name($0) }
        // A negative budget (only a hand-made artifact has one) counts as none, as it always has.
        budgetMinutes = step.kind == .wait ? nil : step.budgetMinutes.flatMap { $0 >= 0 ? $0 : nil }
        kind = step.kind
        switch step.kind {
        case .task: main = step.by == authority ? .approve : .complete
        case .handOff: main = .handOff
        case .choice: main = .branch
        case .wait: main = step.wait == "payment" ? .pay : .supplementReceived
        case .end: main = .return
        case .call, .parallel: main = nil
        }
        let exits = step.exits ?? []
        func target(_ exit: String) -> Name? { exits.first { $0.exit == exit }.map { Name($0.step) } }
        supplementTarget = target("supplement")
        paymentTarget = target("pay")
        refusalTarget = target("refuse")
        exitEvents = ExitEvents(
            exits.compactMap { exit in
                switch exit.exit {
                case "supplement": .supplement
                case "pay": .requestPayment
                case "refuse": .refuse
                default: nil  // withdraw: allowed at any time
                }
            })
    }

    /// Where the exit that `event` takes leads (supplement, request-payment, refuse).
    func exitTarget(_ event: CaseEventKind) -> Name? {
        switch event {
        case .supplement: supplementTarget
        case .requestPayment: paymentTarget
        case .refuse: refusalTarget
        default: nil
        }
    }

    /// At most one event per exit kind (supplement, request-payment, refuse), held inline.
    struct ExitEvents: Sequence, Sendable {
        private var events: (CaseEventKind?, CaseEventKind?, CaseEventKind?) = (nil, nil, nil)

        init(_ list: [CaseEventKind]) {
            var seen: [CaseEventKind] = []
            for event in list where !seen.contains(event) { seen.append(event) }
            events = (seen.count > 0 ? seen[0] : nil, seen.count > 1 ? seen[1] : nil, seen.count > 2 ? seen[2] : nil)
        }

        func makeIterator() -> Iterator { Iterator(events: events) }

        struct Iterator: IteratorProtocol {
            var events: (CaseEventKind?, CaseEventKind?, CaseEventKind?)
            mutating func next() -> CaseEventKind? {
                let first = events.0
                events = (events.1, events.2, nil)
                return first
            }
        }
    }
}

/// One procedure of the artifact, indexed for the interpreter: steps by name, the joins of
/// parallel steps, the branches and choices as names, and the parsed deadline terms, so handling
/// an event never searches or parses. A class: it is looked up on every event and must not be
/// copied field by field.
package final class ProcedureProgram: Sendable {
    let procedure: CompiledProcedure
    /// The graph's steps, and their nodes at the same positions.
    let steps: [CompiledStep]
    let nodes: [StepNode]
    /// The steps' names, in order: found by a scan, which for a graph's dozen steps costs less
    /// than hashing the name.
    let ids: [Name]
    /// Per node: the join of a parallel step and how many branches it waits for.
    let joins: [(join: Name, branches: Int)?]
    /// Per node: the branches of a parallel step, and the choices of a choice step (in order).
    let branches: [[Name]]
    let choices: [[(fact: Name, step: Name)]]
    let otherwise: [Name?]
    /// channel → the statutory period ("" = the procedure's own deadline).
    let periods: [String: WorkDuration]
    /// The procedure's conditions in order, with their extensions.
    let conditions: [(id: Name, extends: WorkDuration?)]
    /// The ceiling on the statutory period however many extensions apply (`deadline.cap`).
    let cap: WorkDuration?
    /// Later terms (`terms` in the artifact): from each date, the periods by channel and the cap.
    let dated: [(from: CivilDate, periods: [String: WorkDuration], cap: WorkDuration?)]
    let clockStart: ClockStart
    /// Per step: the working minutes of the longest main path from it to an end (waits count 0).
    let remaining: [Int]
    /// The receipt cut-off of the deadline (the procedure's, else the catalog's).
    let cutoff: TimeOfDay
    /// The channels the procedure is offered on (checked at every opening).
    let channels: Set<String>
    let authority: Name
    /// The graph's start step.
    let start: Name
    /// The programs of the workflows that versions give (`workflows` in the artifact), by date:
    /// a case follows the one in force on its receipt (`forReceipt`).
    let later: [(from: CivilDate, program: ProcedureProgram)]

    init(_ procedure: CompiledProcedure, workingTime: CompiledCatalog.WorkingTime, directory: UnitDirectory) {
        self.procedure = procedure
        var later: [(from: CivilDate, program: ProcedureProgram)] = []
        for dated in procedure.workflows ?? [] {
            let from = dated.from
            var version = procedure
            version.graph = dated.graph
            version.workflows = nil
            later.append((from, ProcedureProgram(version, workingTime: workingTime, directory: directory)))
        }
        self.later = later
        channels = Set(procedure.channels.map(\.channel))
        authority = Name(procedure.authority)
        start = Name(procedure.graph.start)
        steps = procedure.graph.steps
        var textIndex: [String: Int] = [:]
        for (i, step) in procedure.graph.steps.enumerated() { textIndex[step.id] = i }
        ids = procedure.graph.steps.map { Name($0.id) }
        joins = procedure.graph.steps.map { step in
            guard step.kind == .parallel, let join = step.join else { return nil }
            return (join: Name(join), branches: step.branches?.count ?? 0)
        }
        nodes = procedure.graph.steps.enumerated().map { i, step in
            StepNode(
                step, index: i, next: step.next.flatMap { textIndex[$0] },
                byServiceCentre: step.by.map(directory.isServiceCentre) ?? false, authority: procedure.authority)
        }
        branches = procedure.graph.steps.map { ($0.branches ?? []).map { Name($0) } }
        choices = procedure.graph.steps.map { ($0.choices ?? []).map { (fact: Name($0.fact), step: Name($0.step)) } }
        otherwise = procedure.graph.steps.map { $0.otherwise.map { Name($0) } }
        remaining = Self.longestRemaining(procedure.graph, textIndex)
        var periods = ["": procedure.deadline.period]
        for channel in procedure.channels {
            if let deadline = channel.deadline { periods[channel.channel] = deadline.period }
        }
        self.periods = periods
        dated = (procedure.terms ?? []).map { terms in
            var p = ["": terms.deadline.period]
            for channel in terms.channels {
                if let deadline = channel.deadline { p[channel.channel] = deadline.period }
            }
            return (terms.from, p, terms.deadline.cap)
        }
        conditions = procedure.conditions.map { (Name($0.id), $0.extends) }
        cap = procedure.deadline.cap
        clockStart = procedure.deadline.clockStart ?? workingTime.clockStart
        cutoff = procedure.deadline.cutoff ?? workingTime.receiptCutoff
    }

    /// The program a case received on `date` follows: the last dated workflow's from on or
    /// before it, else this one.
    @inline(__always)
    func forReceipt(_ date: CivilDate) -> ProcedureProgram {
        if later.isEmpty { return self }
        return later.last { $0.from <= date }?.program ?? self
    }

    var code: String { procedure.code }
    var graph: CompiledGraph { procedure.graph }

    func position(of id: Name) -> Int? {
        ids.firstIndex(of: id)
    }

    func node(_ id: Name) -> StepNode? {
        position(of: id).map { nodes[$0] }
    }

    /// The join of parallel step `id` and how many branches it waits for.
    func join(of id: Name) -> (join: Name, branches: Int)? {
        position(of: id).flatMap { joins[$0] }
    }

    /// The node of step `id`, trying `hint` (a position in `nodes`) before the lookup by name.
    @inline(__always)
    func node(_ id: Name, hint: Int) -> StepNode? {
        if hint >= 0, hint < nodes.count, nodes[hint].id == id { return nodes[hint] }
        return node(id)
    }

    package func step(_ id: Name) -> CompiledStep? {
        position(of: id).map { steps[$0] }
    }

    /// The node at a position of `nodes` (nil for none).
    func node(at index: Int?) -> StepNode? {
        index.map { nodes[$0] }
    }

    /// The step of a node (nil for none).
    func step(of node: StepNode?) -> CompiledStep? {
        node.map { steps[$0.index] }
    }

    /// The node after a node's step (its `next`).
    func nextNode(of node: StepNode) -> StepNode? {
        guard let next = node.next else { return nil }
        return nodes[next]
    }

    /// Whether the procedure declares condition `fact`.
    func declares(_ fact: Name) -> Bool {
        conditions.contains { $0.id == fact }
    }

    /// The statutory deadline of a case: the channel's period (else the procedure's), the
    /// extensions of the facts that hold and the cap, as in force on the receipt date `date` (a case
    /// keeps the rules it was received under).
    func statutory(channel: String, facts: [Name], on date: CivilDate? = nil) -> StatutoryDeadline {
        let terms = date.flatMap { d in dated.last { $0.from <= d } }
        let periods = terms?.periods ?? self.periods
        return StatutoryDeadline(
            base: periods[channel] ?? periods[""]!,
            extensions: conditions.compactMap { facts.contains($0.id) ? $0.extends : nil },
            cap: terms.map(\.cap) ?? cap)
    }

    func remainingMinutes(from step: Name) -> Int {
        position(of: step).map { remaining[$0] } ?? 0
    }

    /// Longest path over main successors, memoised; a step met again on the current path counts 0,
    /// so a loop back (wait → review) cannot recurse forever.
    static func longestRemaining(_ graph: CompiledGraph, _ index: [String: Int]) -> [Int] {
        var memo = [Int?](repeating: nil, count: graph.steps.count)
        var onPath = [Bool](repeating: false, count: graph.steps.count)
        func visit(_ i: Int) -> Int {
            if let known = memo[i] { return known }
            if onPath[i] { return 0 }
            onPath[i] = true
            let step = graph.steps[i]
            var successors = step.mainSuccessors
            if step.kind == .parallel, let join = step.join { successors.append(join) }
            let after = successors.compactMap { index[$0] }.map(visit).max() ?? 0
            onPath[i] = false
            let total = (step.kind == .wait ? 0 : step.budgetMinutes ?? 0) + after
            memo[i] = total
            return total
        }
        return graph.steps.indices.map(visit)
    }

    func offers(channel: String) -> Bool {
        channels.contains(channel)
    }
}
