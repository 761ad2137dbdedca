/// A compiled graph's steps numbered by position, read once per procedure for the checks that
/// walk it (reachability, budgets): each edge's target is looked up once and each walk runs on
/// integers. The edges of all steps lie in one array (step `i`'s are a range of it), not an array
/// per step.
struct StepIndex {
    let ids: [String]
    /// Position of each id, only for a graph above `scanLimit` steps (ids are unique: they are a
    /// workflow's keys).
    private let table: [String: Int]?
    /// Every step's main-flow successors, then its clerk's exits, step after step; -1 for a step
    /// the graph lacks.
    private var edges: [Int] = []
    /// Where each step's edges begin in `edges`, where its exits begin, and where they end: one
    /// array, by position, not one for each bound.
    private var bounds: [(main: Int, exits: Int, end: Int)] = []

    /// Up to this many steps, an id is found by comparing it with each: a workflow has about a
    /// dozen short ids, and hashing a String (SipHash) cost more than the dozen comparisons. A
    /// larger graph keeps a table, so lookups stay constant and a long workflow linear.
    static let scanLimit = 32

    init(_ graph: CompiledGraph) {
        let steps = graph.steps
        var ids: [String] = []
        ids.reserveCapacity(steps.count)
        for step in steps { ids.append(step.id) }
        self.ids = ids
        if steps.count > Self.scanLimit {
            var table: [String: Int] = [:]
            table.reserveCapacity(steps.count)
            for i in ids.indices { table[ids[i]] = i }
            self.table = table
        } else {
            table = nil
        }
        bounds.reserveCapacity(steps.count)
        edges.reserveCapacity(steps.count * 2)
        for step in steps {
            let main = edges.count
            step.forEachMainSuccessor { edges.append(position($0) ?? -1) }
            let exits = edges.count
            for exit in step.exits ?? [] { edges.append(position(exit.step) ?? -1) }
            bounds.append((main, exits, edges.count))
        }
    }

    /// The position of step `id`, nil when the graph lacks it.
    func position(_ id: String) -> Int? {
        if let table { return table[id] }
        return ids.firstIndex(of: id)
    }

    /// Where step `i`'s successors on the main flow (`CompiledStep.mainSuccessors`) lie, in
    /// order, among all edges: a walk keeps its place in them as an integer (`edge`), and reads
    /// them without a slice (a reference count each).
    func mainEdges(_ i: Int) -> Range<Int> { bounds[i].main..<bounds[i].exits }

    /// Where the main successors and the clerk's exits of step `i` (`allSuccessors`) lie, in order.
    func allEdges(_ i: Int) -> Range<Int> { bounds[i].main..<bounds[i].end }

    /// The step edge `e` leads to (a position in `mainEdges` or `allEdges`); -1 for a step the
    /// graph lacks.
    func edge(_ e: Int) -> Int { edges[e] }
}
