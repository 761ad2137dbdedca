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

    static func run(_ context: ProcedureContext, procedure: Procedure) -> Outcome {
        let converter = context.converter
        let deadlineMinutes = converter.guaranteedMinutes(procedure.deadline.value.value)
        // The conditions that extend the deadline, few or none: searched in order, not hashed.
        var extensions: [(fact: String, minutes: Int)] = []
        for condition in procedure.conditions {
            if let extra = condition.extends {
                extensions.append((condition.id, converter.guaranteedMinutes(extra.value)))
            }
        }
        // What the search needs of each step, read once by position (`StepIndex`), in one array
        // of plain values; an edge to a step the graph lacks is -1.
        struct Node {
            var budget: Int
            var own: Int
            var isChoice: Bool
        }
        let steps = context.graph.steps
        let index = context.index
        var nodes: [Node] = []
        nodes.reserveCapacity(steps.count)
        for step in steps {
            let kind = step.kind
            let budget = step.budgetMinutes ?? 0
            nodes.append(Node(budget: budget, own: kind == .wait ? 0 : budget, isChoice: kind == .choice))
        }
        /// What taking main edge `edge` of `step` earns: a choice's branch earns its fact's
        /// extension (`mainEdges` lists a choice's branches in order, then its `otherwise`).
        func credit(_ step: Int, _ edge: Int) -> Int {
            guard nodes[step].isChoice, !extensions.isEmpty, let choices = steps[step].choices, edge < choices.count
            else { return 0 }
            let fact = choices[edge].fact
            // The last condition of an id counts, as it did when they were a table by id.
            return extensions.last { $0.fact == fact }?.minutes ?? 0
        }

        // Longest path by depth-first search with memo; a step on the current path again is a loop.
        // Iterative, and each step remembers only the next step of its best path, so a workflow of
        // 100,000 steps in a row costs neither stack nor quadratic copies of paths.
        var memo = [(length: Int, next: Int?)?](repeating: nil, count: steps.count)
        var onPath = [Bool](repeating: false, count: steps.count)
        var loop: [String]?
        /// The answer without descending, if there is one: (length, whether the path is empty).
        func known(_ step: Int) -> (Int, Bool)? {
            guard step >= 0 else { return (0, true) }
            if let known = memo[step] { return (known.length, false) }
            if onPath[step] {
                if loop == nil { loop = [steps[step].id] }
                return (0, true)
            }
            return nil
        }
        struct Frame {
            let step: Int
            let edges: Range<Int>
            var edge = 0
            var best = 0
            var bestNext: Int?
            var bestEmpty = true
        }
        func offer(_ frame: inout Frame, _ length: Int, empty: Bool) {
            let next = index.edge(frame.edges.lowerBound + frame.edge)
            let earned = credit(frame.step, frame.edge)
            if length - earned > frame.best || frame.bestEmpty {
                frame.best = length - earned
                frame.bestNext = empty ? nil : next
                frame.bestEmpty = empty
            }
            frame.edge += 1
        }
        /// The longest path's length and its steps, by position.
        func longest(_ start: Int) -> (Int, [Int]) {
            if let (length, empty) = known(start) { return (length, empty ? [] : [start]) }
            // Sized once: no path holds a step twice.
            var stack: [Frame] = []
            stack.reserveCapacity(steps.count)
            stack.append(Frame(step: start, edges: index.mainEdges(start)))
            onPath[start] = true
            while !stack.isEmpty {
                let top = stack.count - 1
                if stack[top].edge < stack[top].edges.count {
                    let next = index.edge(stack[top].edges.lowerBound + stack[top].edge)
                    if let (length, empty) = known(next) {
                        offer(&stack[top], length, empty: empty)
                    } else {
                        onPath[next] = true
                        stack.append(Frame(step: next, edges: index.mainEdges(next)))
                    }
                } else {
                    let done = stack.removeLast()
                    onPath[done.step] = false
                    let length = nodes[done.step].own + done.best
                    memo[done.step] = (length, done.bestNext)
                    if !stack.isEmpty { offer(&stack[stack.count - 1], length, empty: false) }
                }
            }
            var path: [Int] = []
            path.reserveCapacity(steps.count)
            var next: Int? = start
            while let step = next {
                path.append(step)
                next = memo[step]?.next
            }
            return (memo[start]!.length, path)
        }
        let (length, path) = longest(index.position(context.graph.start) ?? -1)
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
            let budgeted = path.filter { nodes[$0].budget > 0 }.map { steps[$0].id }
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
                                at: context.stepRange(steps[$0].id))
                        ]
                    } ?? []))
        }
        return Outcome(longestMinutes: length, deadlineMinutes: deadlineMinutes, diagnostics: diagnostics)
    }
}
