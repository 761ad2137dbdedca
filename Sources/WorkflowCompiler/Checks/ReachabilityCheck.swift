import Diagnostics

/// C001 and C002: every step is reachable from the start, and every step can reach an end.
enum ReachabilityCheck {
    static func run(_ context: ProcedureContext) -> [Diagnostic] {
        let graph = context.graph
        let index = context.index
        let ids = index.ids
        guard let start = index.position(graph.start) else { return [] }

        // Each walk runs on positions, with one queue, sized once, for both.
        let count = ids.count
        var queue: [Int] = []
        queue.reserveCapacity(count)
        var reachable = [Bool](repeating: false, count: count)
        reachable[start] = true
        queue.append(start)
        while let i = queue.popLast() {
            for e in index.allEdges(i) {
                let j = index.edge(e)
                if j >= 0 && !reachable[j] {
                    reachable[j] = true
                    queue.append(j)
                }
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

        // Reverse reachability from the ends, over the edges turned round (one array, by target).
        var firstPredecessor = [Int](repeating: 0, count: count + 1)
        for i in 0..<count {
            for e in index.allEdges(i) where index.edge(e) >= 0 { firstPredecessor[index.edge(e) + 1] += 1 }
        }
        for j in 0..<count { firstPredecessor[j + 1] += firstPredecessor[j] }
        var predecessors = [Int](repeating: 0, count: firstPredecessor[count])
        var filled = firstPredecessor
        for i in 0..<count {
            for e in index.allEdges(i) {
                let j = index.edge(e)
                guard j >= 0 else { continue }
                predecessors[filled[j]] = i
                filled[j] += 1
            }
        }
        var canEnd = [Bool](repeating: false, count: count)
        for i in 0..<count where graph.steps[i].kind == .end {
            canEnd[i] = true
            queue.append(i)
        }
        while let i = queue.popLast() {
            for p in firstPredecessor[i]..<firstPredecessor[i + 1] where !canEnd[predecessors[p]] {
                canEnd[predecessors[p]] = true
                queue.append(predecessors[p])
            }
        }
        // A parallel step ends only if its join can; its branches lead there.
        let dead = ids.indices.filter { reachable[$0] && !canEnd[$0] }
        let sinks = dead.filter { index.allEdges($0).isEmpty }.map { ids[$0] }
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
            let loop = cycle(from: first, within: isDead, index: index).map { ids[$0] }
            diagnostics.append(
                context.diagnostic(
                    .deadEnd,
                    CompilerMessage.loopWithoutExit(loop: loop),
                    at: context.stepRange(loop.first ?? ids[first])))
        }
        return diagnostics
    }

    /// A path from `start` that returns to a step already on it, inside `within` (by position).
    static func cycle(from start: Int, within: [Bool], index steps: StepIndex) -> [Int] {
        var path = [start]
        var index: [Int: Int] = [start: 0]
        var current = start
        while let following = steps.allEdges(current).lazy.map(steps.edge).first(where: { $0 >= 0 && within[$0] }) {
            if let at = index[following] { return Array(path[at...]) + [following] }
            index[following] = path.count
            path.append(following)
            current = following
        }
        return path
    }
}
