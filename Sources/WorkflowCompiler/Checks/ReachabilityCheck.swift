import Diagnostics

/// C001 and C002: every step is reachable from the start, and every step can reach an end.
enum ReachabilityCheck {
    static func run(_ context: ProcedureContext) -> [Diagnostic] {
        let graph = context.graph
        // Each step's id, successors and kind read once, by position: every pass over the steps
        // themselves (or a lookup of one by id) copied whole steps, a dozen strings retained each.
        let steps = graph.steps
        var ids: [String] = []
        var successors: [[String]] = []
        var isEnd: [Bool] = []
        ids.reserveCapacity(steps.count)
        successors.reserveCapacity(steps.count)
        isEnd.reserveCapacity(steps.count)
        for i in steps.indices {
            ids.append(steps[i].id)
            successors.append(steps[i].allSuccessors)
            isEnd.append(steps[i].kind == .end)
        }
        var byId: [String: [String]] = [:]
        for i in ids.indices { byId[ids[i]] = successors[i] }
        guard byId[graph.start] != nil else { return [] }

        var reachable: Set<String> = [graph.start]
        var queue = [graph.start]
        while let id = queue.popLast() {
            for next in byId[id] ?? [] where byId[next] != nil && !reachable.contains(next) {
                reachable.insert(next)
                queue.append(next)
            }
        }
        var diagnostics: [Diagnostic] = []
        for id in ids where !reachable.contains(id) {
            diagnostics.append(
                context.diagnostic(
                    .unreachableStep,
                    CompilerMessage.unreachableStep(id: id, start: graph.start),
                    at: context.stepRange(id)))
        }

        // Reverse reachability from the ends.
        var predecessors: [String: [String]] = [:]
        for i in ids.indices {
            for next in successors[i] { predecessors[next, default: []].append(ids[i]) }
        }
        var canEnd: Set<String> = Set(ids.indices.filter { isEnd[$0] }.map { ids[$0] })
        queue = Array(canEnd)
        while let id = queue.popLast() {
            for previous in predecessors[id] ?? [] where !canEnd.contains(previous) {
                canEnd.insert(previous)
                queue.append(previous)
            }
        }
        // A parallel step ends only if its join can; its branches lead there.
        let dead = ids.indices.filter { reachable.contains(ids[$0]) && !canEnd.contains(ids[$0]) }
        let sinks = dead.filter { successors[$0].isEmpty }.map { ids[$0] }
        for sink in sinks {
            diagnostics.append(
                context.diagnostic(
                    .deadEnd,
                    CompilerMessage.deadEnd(step: sink),
                    at: context.stepRange(sink)))
        }
        if sinks.isEmpty, let first = dead.first.map({ ids[$0] }) {
            let loop = cycle(from: first, within: Set(dead.map { ids[$0] }), byId: byId)
            diagnostics.append(
                context.diagnostic(
                    .deadEnd,
                    CompilerMessage.loopWithoutExit(loop: loop),
                    at: context.stepRange(loop.first ?? first)))
        }
        return diagnostics
    }

    /// A path from `start` that returns to a step already on it, inside `within`.
    static func cycle(from start: String, within: Set<String>, byId: [String: [String]]) -> [String] {
        var path = [start]
        var index: [String: Int] = [start: 0]
        var current = start
        while let next = byId[current]?.first(where: { within.contains($0) }) {
            if let at = index[next] { return Array(path[at...]) + [next] }
            index[next] = path.count
            path.append(next)
            current = next
        }
        return path
    }
}
