import Diagnostics

/// C001 and C002: every step is reachable from the start, and every step can reach an end.
enum ReachabilityCheck {
    static func run(_ context: ProcedureContext) -> [Diagnostic] {
        let graph = context.graph
        // Successors by step id, worked out once: looking a step up by id would copy the whole
        // step (a dozen strings retained) at every edge followed.
        var byId: [String: [String]] = [:]
        for step in graph.steps { byId[step.id] = step.allSuccessors }
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
        for step in graph.steps where !reachable.contains(step.id) {
            diagnostics.append(context.diagnostic(.unreachableStep, "step \(step.id) cannot be reached from the start step \(graph.start); connect it or remove it", vi: "không thể đi tới bước \(step.id) từ bước bắt đầu \(graph.start); hãy nối bước này vào quy trình hoặc xóa nó",
                                                  at: context.stepRange(step.id)))
        }

        // Reverse reachability from the ends.
        var predecessors: [String: [String]] = [:]
        for step in graph.steps {
            for next in step.allSuccessors { predecessors[next, default: []].append(step.id) }
        }
        var canEnd: Set<String> = Set(graph.steps.filter { $0.kind == .end }.map(\.id))
        queue = Array(canEnd)
        while let id = queue.popLast() {
            for previous in predecessors[id] ?? [] where !canEnd.contains(previous) {
                canEnd.insert(previous)
                queue.append(previous)
            }
        }
        // A parallel step ends only if its join can; its branches lead there.
        let dead = graph.steps.filter { reachable.contains($0.id) && !canEnd.contains($0.id) }
        let sinks = dead.filter { $0.allSuccessors.isEmpty }
        for sink in sinks {
            diagnostics.append(context.diagnostic(
                .deadEnd,
                "step \(sink.id) has no next step and is not an end: the case would stop here without a result; add next, or end: issued | refused | withdrawn", vi: "bước \(sink.id) không có bước tiếp theo và không phải bước kết thúc: hồ sơ sẽ dừng ở đây mà không có kết quả; hãy thêm next, hoặc end: issued | refused | withdrawn",
                at: context.stepRange(sink.id)))
        }
        if sinks.isEmpty, let first = dead.first {
            let loop = cycle(from: first.id, within: Set(dead.map(\.id)), byId: byId)
            diagnostics.append(context.diagnostic(
                .deadEnd, "steps \(loop.joined(separator: " -> ")) loop without an exit: no path from them reaches an end", vi: "các bước \(loop.joined(separator: " -> ")) tạo thành vòng lặp không có lối ra: không đường nào từ chúng đi tới bước kết thúc",
                at: context.stepRange(loop.first ?? first.id)))
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
