import WorkCalendar
import WorkflowCompiler

/// What the interpreter needs of one step on every event, as plain values: a node is copied
/// without touching a reference count (a class instance, or a struct holding the step's strings,
/// would be retained and released each time a request looks at a step). The step's own fields
/// are read from the program (`ProcedureProgram.steps[node.index]`) where they are needed.
struct StepNode: Sendable {
    /// Position in the program's `steps` and `nodes`.
    let index: Int
    let kind: CompiledStep.Kind
    /// Performed by a service centre: the case's receiving centre does it (one-stop).
    let byServiceCentre: Bool
    /// The step's budget in working minutes (nil for steps without one, and for waits).
    let budgetMinutes: Int?
    /// The event that finishes the step, for kinds that have one regardless of the case (a call's
    /// depends on its sub-case, a parallel step has none).
    let main: CaseEventKind?
    /// The events of the step's exits, in the order of its exits (`withdraw` left out).
    let exitEvents: ExitEvents
    /// The position of its `next` step.
    let next: Int?

    init(_ step: CompiledStep, index: Int, next: Int?, byServiceCentre: Bool, authority: String) {
        self.index = index
        self.next = next
        self.byServiceCentre = byServiceCentre
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
        exitEvents = ExitEvents((step.exits ?? []).compactMap { exit in
            switch exit.exit {
            case "supplement": .supplement
            case "pay": .requestPayment
            case "refuse": .refuse
            default: nil // withdraw: allowed at any time
            }
        })
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

/// One procedure of the artifact, indexed for the interpreter: steps by id, the joins of parallel
/// steps, and the parsed deadline terms, so handling an event never searches or parses. A class:
/// it is looked up on every event and must not be copied field by field.
final class ProcedureProgram: Sendable {
    let procedure: CompiledProcedure
    /// The graph's steps, and their nodes at the same positions.
    let steps: [CompiledStep]
    let nodes: [StepNode]
    let stepIndex: [String: Int]
    /// parallel step id → (its join, how many branches).
    let joins: [String: (join: String, branches: Int)]
    /// channel → the statutory period ("" = the procedure's own deadline).
    let periods: [String: WorkDuration]
    /// condition id → its extension.
    let extensions: [String: WorkDuration]
    /// The ceiling on the statutory period however many extensions apply (`deadline.cap`).
    let cap: WorkDuration?
    let clockStart: ClockStart
    /// Per step: the working minutes of the longest main path from it to an end (waits count 0).
    let remaining: [Int]
    /// The receipt cut-off of the deadline (the procedure's, else the catalog's).
    let cutoff: TimeOfDay
    /// The channels the procedure is offered on (checked at every opening).
    let channels: Set<String>

    init(_ procedure: CompiledProcedure, workingTime: CompiledCatalog.WorkingTime, directory: UnitDirectory) throws(CaseError) {
        self.procedure = procedure
        channels = Set(procedure.channels.map(\.channel))
        steps = procedure.graph.steps
        var index: [String: Int] = [:]
        var joins: [String: (join: String, branches: Int)] = [:]
        for (i, step) in procedure.graph.steps.enumerated() {
            index[step.id] = i
            if step.kind == .parallel, let join = step.join { joins[step.id] = (join: join, branches: step.branches?.count ?? 0) }
        }
        stepIndex = index
        nodes = procedure.graph.steps.enumerated().map { i, step in
            StepNode(step, index: i, next: step.next.flatMap { index[$0] },
                     byServiceCentre: step.by.map(directory.isServiceCentre) ?? false, authority: procedure.authority)
        }
        self.joins = joins
        remaining = Self.longestRemaining(procedure.graph, index)
        func period(_ text: String) throws(CaseError) -> WorkDuration {
            do { return try WorkDuration(parsing: text) } catch {
                throw .usage("procedure \(procedure.code) in the artifact has an unreadable period \"\(text)\": \(error)")
            }
        }
        var periods = ["": try period(procedure.deadline.value)]
        for channel in procedure.channels {
            if let deadline = channel.deadline { periods[channel.channel] = try period(deadline.value) }
        }
        self.periods = periods
        var extensions: [String: WorkDuration] = [:]
        for condition in procedure.conditions {
            if let text = condition.extends { extensions[condition.id] = try period(text) }
        }
        self.extensions = extensions
        cap = try procedure.deadline.cap.map { text throws(CaseError) in try period(text) }
        let channelRule = procedure.deadline.clockStart
        switch channelRule {
        case "receipt": clockStart = .receipt
        case "next-working-day", "next_working_day": clockStart = .nextWorkingDay
        default: clockStart = workingTime.clockStart
        }
        if let text = procedure.deadline.cutoff, let time = try? TimeOfDay(parsing: text) {
            cutoff = time
        } else {
            cutoff = workingTime.receiptCutoff
        }
    }

    var code: String { procedure.code }
    var graph: CompiledGraph { procedure.graph }

    func node(_ id: String) -> StepNode? {
        stepIndex[id].map { nodes[$0] }
    }

    /// The node of step `id`, trying `hint` (a position in `nodes`) before the lookup by id.
    @inline(__always)
    func node(_ id: String, hint: Int) -> StepNode? {
        if hint >= 0, hint < nodes.count, steps[hint].id == id { return nodes[hint] }
        return node(id)
    }

    func step(_ id: String) -> CompiledStep? {
        stepIndex[id].map { steps[$0] }
    }

    /// The step of a node (nil for none).
    func step(of node: StepNode?) -> CompiledStep? {
        node.map { steps[$0.index] }
    }

    // Single fields of a node's step, for the hot path: copying the whole step would retain each
    // of its fields, and a closure over the program (`node.map { program.… }`) retains the program.

    func id(of node: StepNode?) -> String? {
        guard let node else { return nil }
        return steps[node.index].id
    }

    func outcome(of node: StepNode?) -> String? {
        guard let node else { return nil }
        return steps[node.index].outcome
    }

    /// Where the exit named `exit` leads from a node's step.
    func exitTarget(of node: StepNode?, _ exit: String) -> String? {
        guard let node, let exits = steps[node.index].exits else { return nil }
        for edge in exits where edge.exit == exit { return edge.step }
        return nil
    }

    /// The node after a node's step (its `next`).
    func nextNode(of node: StepNode) -> StepNode? {
        guard let next = node.next else { return nil }
        return nodes[next]
    }

    /// The statutory period of a case: the channel's deadline (else the procedure's) followed by
    /// the extension of every fact that holds, in the procedure's order.
    func period(channel: String, facts: [String]) -> WorkDuration {
        var duration = periods[channel] ?? periods[""]!
        for condition in procedure.conditions where facts.contains(condition.id) {
            if let more = extensions[condition.id] { duration = duration.extended(by: more) }
        }
        return duration
    }

    func remainingMinutes(from step: String) -> Int {
        stepIndex[step].map { remaining[$0] } ?? 0
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
