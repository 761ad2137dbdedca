/// A compiled graph's steps numbered by position, read once per procedure for the checks that
/// walk it (reachability, budgets): each id is hashed once and each walk runs on integers. The
/// edges of all steps lie in one array (step `i`'s are a slice of it), not an array per step.
struct StepIndex {
    let ids: [String]
    /// Position of each id (ids are unique: they are a workflow's keys).
    let position: [String: Int]
    /// Every step's main-flow successors, then its clerk's exits, step after step; -1 for a step
    /// the graph lacks.
    private var edges: [Int] = []
    /// Where step `i`'s edges begin in `edges`, where its exits begin, and where they end.
    private var mainStart: [Int] = []
    private var exitsStart: [Int] = []
    private var end: [Int] = []

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
        self.ids = ids
        self.position = position
        mainStart.reserveCapacity(steps.count)
        exitsStart.reserveCapacity(steps.count)
        end.reserveCapacity(steps.count)
        edges.reserveCapacity(steps.count * 2)
        for step in steps {
            mainStart.append(edges.count)
            step.forEachMainSuccessor { edges.append(position[$0] ?? -1) }
            exitsStart.append(edges.count)
            for exit in step.exits ?? [] { edges.append(position[exit.step] ?? -1) }
            end.append(edges.count)
        }
    }

    /// Successors of step `i` on the main flow (`CompiledStep.mainSuccessors`), in order.
    func main(_ i: Int) -> ArraySlice<Int> { edges[mainStart[i]..<exitsStart[i]] }

    /// The main successors and the clerk's exits of step `i` (`allSuccessors`), in order.
    func all(_ i: Int) -> ArraySlice<Int> { edges[mainStart[i]..<end[i]] }
}
