/// A compiled graph's steps numbered by position, read once per procedure for the checks that
/// walk it (reachability, budgets): each edge's target is looked up once and each walk runs on
/// integers. The edges of all steps lie in one array (step `i`'s are a slice of it), not an array
/// per step.
struct StepIndex {
    let ids: [String]
    /// Position of each id, only for a graph above `scanLimit` steps (ids are unique: they are a
    /// workflow's keys).
    private let table: [String: Int]?
    /// Every step's main-flow successors, then its clerk's exits, step after step; -1 for a step
    /// the graph lacks.
    private var edges: [Int] = []
    /// Where step `i`'s edges begin in `edges`, where its exits begin, and where they end.
    private var mainStart: [Int] = []
    private var exitsStart: [Int] = []
    private var end: [Int] = []

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
        mainStart.reserveCapacity(steps.count)
        exitsStart.reserveCapacity(steps.count)
        end.reserveCapacity(steps.count)
        edges.reserveCapacity(steps.count * 2)
        for step in steps {
            mainStart.append(edges.count)
            step.forEachMainSuccessor { edges.append(position($0) ?? -1) }
            exitsStart.append(edges.count)
            for exit in step.exits ?? [] { edges.append(position(exit.step) ?? -1) }
            end.append(edges.count)
        }
    }

    /// The position of step `id`, nil when the graph lacks it.
    func position(_ id: String) -> Int? {
        if let table { return table[id] }
        return ids.firstIndex(of: id)
    }

    /// Where step `i`'s successors on the main flow (`CompiledStep.mainSuccessors`) lie, in
    /// order, among all edges: a walk keeps its place in them as an integer (`mainEdge`).
    func mainEdges(_ i: Int) -> Range<Int> { mainStart[i]..<exitsStart[i] }

    /// The target of edge `e` (a position in `mainEdges`).
    func mainEdge(_ e: Int) -> Int { edges[e] }

    /// The main successors and the clerk's exits of step `i` (`allSuccessors`), in order.
    func all(_ i: Int) -> ArraySlice<Int> { edges[mainStart[i]..<end[i]] }
}
