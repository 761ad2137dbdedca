/// A compiled graph's steps numbered by position, read once per procedure for the checks that
/// walk it (reachability, budgets): each id is hashed once and each walk runs on integers, where
/// every check hashed the ids and built the successor lists again.
struct StepIndex {
    let ids: [String]
    /// Position of each id (ids are unique: they are a workflow's keys).
    let position: [String: Int]
    /// Successors on the main flow (`CompiledStep.mainSuccessors`), by position; -1 for a step the
    /// graph lacks.
    let main: [[Int]]
    /// The main successors and the clerk's exits (`allSuccessors`), by position; -1 as in `main`.
    let all: [[Int]]

    init(_ graph: CompiledGraph) {
        let steps = graph.steps
        var ids: [String] = []
        var position: [String: Int] = [:]
        ids.reserveCapacity(steps.count)
        position.reserveCapacity(steps.count)
        for i in steps.indices {
            ids.append(steps[i].id)
            position[steps[i].id] = i
        }
        var main: [[Int]] = []
        var all: [[Int]] = []
        main.reserveCapacity(steps.count)
        all.reserveCapacity(steps.count)
        for i in steps.indices {
            let mainNext = steps[i].mainSuccessors.map { position[$0] ?? -1 }
            main.append(mainNext)
            all.append(mainNext + (steps[i].exits ?? []).map { position[$0.step] ?? -1 })
        }
        self.ids = ids
        self.position = position
        self.main = main
        self.all = all
    }
}
