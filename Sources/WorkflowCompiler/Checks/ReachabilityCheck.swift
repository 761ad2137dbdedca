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
        // Steps by position: each id and successor is hashed once, the walks run on integers.
        var position: [String: Int] = [:]
        for i in ids.indices { position[ids[i]] = i }
        guard let start = position[graph.start] else { return [] }
        let next = successors.map { $0.compactMap { position[$0] } }

        var reachable = [Bool](repeating: false, count: ids.count)
        reachable[start] = true
        var queue = [start]
        while let i = queue.popLast() {
            for j in next[i] where !reachable[j] {
                reachable[j] = true
                queue.append(j)
            }
        }
        var diagnostics: [Diagnostic] = []
        for i in ids.indices where !reachable[i] {
            diagnostics.append(
                context.diagnostic(
                    .unreachableStep,
                    CompilerMessage.unreachableStep(id: ids[i], start: graph.start),
                    at: context.stepRange(ids[i])))
        }

        // Reverse reachability from the ends.
        var predecessors = [[Int]](repeating: [], count: ids.count)
        for i in ids.indices {
            for j in next[i] { predecessors[j].append(i) }
        }
        var canEnd = isEnd
        queue = ids.indices.filter { isEnd[$0] }
        while let i = queue.popLast() {
            for previous in predecessors[i] where !canEnd[previous] {
                canEnd[previous] = true
                queue.append(previous)
            }
        }
        // A parallel step ends only if its join can; its branches lead there.
        let dead = ids.indices.filter { reachable[$0] && !canEnd[$0] }
        let sinks = dead.filter { successors[$0].isEmpty }.map { ids[$0] }
        for sink in sinks {
            diagnostics.append(
                context.diagnostic(
                    .deadEnd,
                    CompilerMessage.deadEnd(step: sink),
                    at: context.stepRange(sink)))
        }
        if sinks.isEmpty, let first = dead.first {
            var isDead = [Bool](repeating: false, count: ids.count)
            for i in dead { isDead[i] = true }
            let loop = cycle(from: first, within: isDead, next: next).map { ids[$0] }
            diagnostics.append(
                context.diagnostic(
                    .deadEnd,
                    CompilerMessage.loopWithoutExit(loop: loop),
                    at: context.stepRange(loop.first ?? ids[first])))
        }
        return diagnostics
    }

    /// A path from `start` that returns to a step already on it, inside `within` (by position).
    static func cycle(from start: Int, within: [Bool], next: [[Int]]) -> [Int] {
        var path = [start]
        var index: [Int: Int] = [start: 0]
        var current = start
        while let following = next[current].first(where: { within[$0] }) {
            if let at = index[following] { return Array(path[at...]) + [following] }
            index[following] = path.count
            path.append(following)
            current = following
        }
        return path
    }
}
