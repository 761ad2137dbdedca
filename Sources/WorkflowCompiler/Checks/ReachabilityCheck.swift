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
                    Localized(
                        "step \(id) cannot be reached from the start step \(graph.start); connect it or remove it",
                        vi:
                            "không thể đi tới bước \(id) từ bước bắt đầu \(graph.start); hãy nối bước này vào quy trình hoặc xóa nó"
                    ),
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
                    Localized(
                        "step \(sink) has no next step and is not an end: the case would stop here without a result; add next, or end: issued | refused | withdrawn",
                        vi:
                            "bước \(sink) không có bước tiếp theo và không phải bước kết thúc: hồ sơ sẽ dừng ở đây mà không có kết quả; hãy thêm next, hoặc end: issued | refused | withdrawn"
                    ),
                    at: context.stepRange(sink)))
        }
        if sinks.isEmpty, let first = dead.first.map({ ids[$0] }) {
            let loop = cycle(from: first, within: Set(dead.map { ids[$0] }), byId: byId)
            diagnostics.append(
                context.diagnostic(
                    .deadEnd,
                    Localized(
                        "steps \(loop.joined(separator: " -> ")) loop without an exit: no path from them reaches an end",
                        vi:
                            "các bước \(loop.joined(separator: " -> ")) tạo thành vòng lặp không có lối ra: không đường nào từ chúng đi tới bước kết thúc"
                    ),
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
