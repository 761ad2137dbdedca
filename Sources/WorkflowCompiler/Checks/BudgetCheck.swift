import CatalogModel
import Diagnostics
import WorkCalendar

/// C007 and C009: the longest path of step budgets fits the statutory deadline.
///
/// The path runs over the main flow (next, then, choices, branches): a clerk's exits
/// (supplement, refuse, pay) are exceptions, and waiting on the applicant stops the clock.
/// Parallel branches count as their longest, because the join waits for all of them. Taking a
/// choice on a fact that extends the deadline earns that extension on that path.
enum BudgetCheck {
    struct Outcome {
        var longestMinutes: Int?
        var deadlineMinutes: Int
        var diagnostics: [Diagnostic]
    }

    static func run(_ context: ProcedureContext) -> Outcome {
        let converter = context.converter
        let procedure = context.procedure
        let deadlineMinutes = converter.guaranteedMinutes(procedure.deadline.value.value)
        var extensions: [String: Int] = [:]
        for condition in procedure.conditions {
            if let extra = condition.extends { extensions[condition.id] = converter.guaranteedMinutes(extra.value) }
        }
        // What the search needs of each step, read once by position: a lookup of the step itself
        // copied it whole (a dozen strings retained) at every visit.
        struct Node {
            var budget: Int
            var own: Int
            var edges: [(step: String, credit: Int)]
        }
        let steps = context.graph.steps
        var byId: [String: Node] = [:]
        for i in steps.indices {
            let kind = steps[i].kind
            let budget = steps[i].budgetMinutes ?? 0
            let edges: [(step: String, credit: Int)] =
                kind == .choice
                ? (steps[i].choices ?? []).map { ($0.step, extensions[$0.fact] ?? 0) }
                    + (steps[i].otherwise.map { [($0, 0)] } ?? [])
                : steps[i].mainSuccessors.map { ($0, 0) }
            byId[steps[i].id] = Node(budget: budget, own: kind == .wait ? 0 : budget, edges: edges)
        }

        // Longest path by depth-first search with memo; a step on the current path again is a loop.
        // Iterative, and each step remembers only the next step of its best path, so a workflow of
        // 100,000 steps in a row costs neither stack nor quadratic copies of paths.
        var memo: [String: (length: Int, next: String?)] = [:]
        var onPath: Set<String> = []
        var loop: [String]?
        /// The answer without descending, if there is one: (length, whether the path is empty).
        func known(_ id: String) -> (Int, Bool)? {
            if let known = memo[id] { return (known.length, false) }
            guard byId[id] != nil else { return (0, true) }
            if onPath.contains(id) {
                if loop == nil { loop = [id] }
                return (0, true)
            }
            return nil
        }
        struct Frame {
            let id: String
            let node: Node
            var edge = 0
            var best = 0
            var bestNext: String?
            var bestEmpty = true
        }
        func offer(_ frame: inout Frame, _ length: Int, empty: Bool) {
            let (next, credit) = frame.node.edges[frame.edge]
            if length - credit > frame.best || frame.bestEmpty {
                frame.best = length - credit
                frame.bestNext = empty ? nil : next
                frame.bestEmpty = empty
            }
            frame.edge += 1
        }
        func longest(_ start: String) -> (Int, [String]) {
            if let (length, empty) = known(start) { return (length, empty ? [] : [start]) }
            var stack = [Frame(id: start, node: byId[start]!)]
            onPath.insert(start)
            while !stack.isEmpty {
                let top = stack.count - 1
                if stack[top].edge < stack[top].node.edges.count {
                    let next = stack[top].node.edges[stack[top].edge].step
                    if let (length, empty) = known(next) {
                        offer(&stack[top], length, empty: empty)
                    } else {
                        onPath.insert(next)
                        stack.append(Frame(id: next, node: byId[next]!))
                    }
                } else {
                    let done = stack.removeLast()
                    onPath.remove(done.id)
                    let length = done.node.own + done.best
                    memo[done.id] = (length, done.bestNext)
                    if !stack.isEmpty { offer(&stack[stack.count - 1], length, empty: false) }
                }
            }
            var path = [start]
            var next = memo[start]?.next
            while let step = next {
                path.append(step)
                next = memo[step]?.next
            }
            return (memo[start]!.length, path)
        }
        let (length, path) = longest(context.graph.start)
        if let loop {
            return Outcome(
                longestMinutes: nil, deadlineMinutes: deadlineMinutes,
                diagnostics: [
                    context.diagnostic(
                        .unboundedBudget,
                        CompilerMessage.unboundedLoop(loop: loop),
                        at: context.stepRange(loop[0]))
                ])
        }
        var diagnostics: [Diagnostic] = []
        if length > deadlineMinutes {
            let budgeted = path.filter { (byId[$0]?.budget ?? 0) > 0 }
            diagnostics.append(
                Diagnostic(
                    .deadlineBudget,
                    CompilerMessage.budgetExceedsDeadline(
                        path: budgeted, converter: converter, length: length, deadline: procedure.deadline.value.value,
                        deadlineMinutes: deadlineMinutes),
                    at: procedure.deadline.value.range,
                    notes: path.first.map {
                        [
                            DiagnosticNote(
                                CompilerMessage.pathStartsHere,
                                at: context.stepRange($0))
                        ]
                    } ?? []))
        }
        return Outcome(longestMinutes: length, deadlineMinutes: deadlineMinutes, diagnostics: diagnostics)
    }
}
