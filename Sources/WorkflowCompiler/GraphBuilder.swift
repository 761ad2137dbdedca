import CatalogModel
import Diagnostics

/// Turns a resolved workflow into a `CompiledGraph`, working out which steps belong to which
/// parallel branch (their implicit successor is the join) and checking fork/join shape.
struct GraphBuilder {
    let converter: DurationConverter
    /// Whether the graph goes into the artifact: only then are the texts people read written
    /// into it, each budget as written (`budget`, which cost as much as the rest of a step) and
    /// the titles; the checks read the minutes and the ids.
    let keepsTexts: Bool
    let report: (Diagnostic) -> Void

    /// What `build` gives: the graph, and what its call steps call, in the steps' order, for the
    /// call-cycle check across the catalog (read here, where each step's kind is read anyway).
    struct Built {
        var graph: CompiledGraph
        var calls: [(String, SourceRange)]
    }

    /// `catalog`: for the deadline of a called procedure; borrowed, not kept (a copy of a
    /// catalog is a reference count for each of its tables).
    func build(_ workflow: Workflow, catalog: Catalog) -> Built {
        // By position, in the workflow's order: a table by id hashed every id twice. A loop, not
        // `map`: the closure held a copy of the catalog it read.
        var steps: [CompiledStep] = []
        steps.reserveCapacity(workflow.steps.count)
        var calls: [(String, SourceRange)] = []
        for (id, step) in workflow.steps {
            steps.append(CompiledStep(fields(id: id, step, catalog: catalog, calls: &calls)))
        }
        assignBranches(workflow, &steps)
        return Built(graph: CompiledGraph(start: workflow.start.value, steps: steps), calls: calls)
    }

    /// A step's fields, boxed once by the caller (each write to a boxed step makes a new box);
    /// `calls`: where a call step's callee is added. The fields are worked out one by one and
    /// put together at the end: filling in a `Fields` variable and returning it made a copy of
    /// all its fields and destroyed the variable, for every step.
    private func fields(
        id: String, _ step: Step, catalog: Catalog, calls: inout [(String, SourceRange)]
    ) -> CompiledStep.Fields {
        let kind: CompiledStep.Kind
        var by: String?
        var to: String?
        var budgetMinutes: Int?
        var budget: String?
        var wait: String?
        var outcome: String?
        var call: String?
        var next: String?
        var branches: [String]?
        var join: String?
        var choices: [CompiledStep.Choice]?
        var otherwise: String?
        switch step.kind {
        case .task(let performer, let receiver, let takes, let then):
            kind = receiver == nil ? .task : .handOff
            by = performer.value
            to = receiver?.value
            if keepsTexts { budget = takes?.value.description }
            budgetMinutes = takes.map { converter.maximumMinutes($0.value) }
            next = then?.value
        case .wait(let waitKind, let then):
            kind = .wait
            wait = waitKind.value.rawValue
            next = then.value
        case .choice(let cases, let fallback):
            kind = .choice
            choices = cases.map { CompiledStep.Choice(fact: $0.fact.value, step: $0.step.value) }
            otherwise = fallback?.value
        case .parallel(let forks, let joinId):
            kind = .parallel
            branches = forks.map(\.value)
            join = joinId.value
        case .call(let code, let then):
            calls.append((code.value, code.range))
            kind = .call
            call = code.value
            next = then?.value
            if let callee = catalog.procedures.index(forKey: code.value) {
                let deadline = catalog.procedures.values[callee].deadline.value.value
                if keepsTexts { budget = deadline.description }
                budgetMinutes = converter.maximumMinutes(deadline)
            }
        case .end(let performer, let result):
            kind = .end
            by = performer?.value
            outcome = result.value.rawValue
        }
        let may = step.may
        return CompiledStep.Fields(
            id: id, kind: kind, by: by, to: to, budgetMinutes: budgetMinutes, budget: budget, wait: wait,
            outcome: outcome, call: call, next: next, branches: branches, join: join, choices: choices,
            otherwise: otherwise,
            exits: may.isEmpty ? nil : may.map { CompiledStep.ExitEdge(exit: $0.exit.rawValue, step: $0.step.value) },
            branchOf: nil, title: keepsTexts ? step.title : nil, titleEn: keepsTexts ? step.titleEn : nil)
    }

    /// Each branch is a chain of tasks, waits and calls; its last step's successor is the join.
    /// The parallel steps are found among the compiled steps: reading a workflow step's kind
    /// copies it, strings and all, and only the steps of branches need theirs read again.
    private func assignBranches(_ workflow: Workflow, _ steps: inout [CompiledStep]) {
        var owner: [String: String] = [:]
        for parallel in steps.indices where steps[parallel].kind == .parallel {
            let parallelId = steps[parallel].id
            let join = steps[parallel].join ?? ""
            for branch in steps[parallel].branches ?? [] {
                var current: String? = branch
                var seen: Set<String> = []
                while let id = current, id != join {
                    guard let position = workflow.steps.index(forKey: id) else { break }
                    let source = workflow.steps.values[position]
                    // A branch that loops back or runs into another branch: C007, at this step.
                    func forkJoin(_ message: CompilerMessage) {
                        report(Diagnostic(.forkJoin, message, at: source.id.range))
                    }
                    if seen.contains(id) {
                        forkJoin(.branchLoopsBack(branch: branch, parallelId: parallelId, id: id, join: join))
                        break
                    }
                    seen.insert(id)
                    if let other = owner[id], other != "\(parallelId)/\(branch)" {
                        forkJoin(.stepInTwoBranches(id: id, other: other, parallelId: parallelId, branch: branch))
                        break
                    }
                    owner[id] = "\(parallelId)/\(branch)"
                    steps[position].branchOf = parallelId
                    switch source.kind {
                    case .task(_, _, _, let next), .call(_, let next):
                        if let next {
                            current = next.value
                        } else {
                            steps[position].next = join
                            current = nil
                        }
                    case .wait(_, let then):
                        current = then.value
                    case .end(_, let outcome):
                        // A refusal or withdrawal inside a branch ends the whole case: allowed.
                        // Issuing the result from a branch would leave the join waiting for it.
                        if outcome.value == .issued {
                            report(
                                Diagnostic(
                                    .forkJoin,
                                    CompilerMessage.branchSkipsJoin(
                                        branch: branch, parallelId: parallelId, id: id, join: join),
                                    at: branchEntryRange(workflow, branch: branch, before: id)))
                        }
                        current = nil
                    case .choice, .parallel:
                        report(
                            Diagnostic(
                                .forkJoin,
                                CompilerMessage.controlStepInBranch(
                                    id: id, kindName: source.kindName, branch: branch, parallelId: parallelId),
                                at: source.id.range))
                        current = nil
                    }
                }
            }
        }
    }
}

/// The `next:` value in the branch that leads to `target` (else the branch's first step).
private func branchEntryRange(_ workflow: Workflow, branch: String, before target: String) -> SourceRange {
    var current: String? = branch
    var seen: Set<String> = []
    while let id = current, let step = workflow.steps[id], seen.insert(id).inserted {
        switch step.kind {
        case .task(_, _, _, let next), .call(_, let next):
            if next?.value == target, let next { return next.range }
            current = next?.value
        case .wait(_, let then):
            if then.value == target { return then.range }
            current = then.value
        default:
            current = nil
        }
    }
    return workflow.steps[branch]?.id.range ?? workflow.start.range
}

extension Step {
    var kindName: String {
        switch kind {
        case .task(_, let to, _, _): to == nil ? "task" : "hand-off"
        case .wait: "wait"
        case .choice: "choice"
        case .parallel: "parallel"
        case .call: "call"
        case .end: "end"
        }
    }
}
