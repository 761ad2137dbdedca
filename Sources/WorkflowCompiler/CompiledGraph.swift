/// One procedure's workflow as a checked graph: the form the interpreter and exporters read.
public struct CompiledGraph: Sendable, Codable, Equatable {
    public var start: String
    public var steps: [CompiledStep]

    public func step(_ id: String) -> CompiledStep? { steps.first { $0.id == id } }
}

public struct CompiledStep: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case task
        case handOff = "hand-off"
        case wait, choice, parallel, call, end
    }

    public struct Choice: Sendable, Codable, Equatable {
        public var fact: String
        public var step: String
    }

    public struct ExitEdge: Sendable, Codable, Equatable {
        public var exit: String
        public var step: String
    }

    public var id: String
    public var kind: Kind
    /// The unit or role that performs the step.
    public var by: String?
    /// The unit a hand-off passes the dossier to.
    public var to: String?
    /// The time budget in working minutes, and as written.
    public var budgetMinutes: Int?
    public var budget: String?
    public var wait: String?
    public var outcome: String?
    public var call: String?
    /// The step that follows; for the last step of a parallel branch, the join.
    public var next: String?
    public var branches: [String]?
    public var join: String?
    public var choices: [Choice]?
    public var otherwise: String?
    public var exits: [ExitEdge]?
    /// The parallel step whose branch this step belongs to.
    public var branchOf: String?
    /// What people read for the step (forms, reports, graphs); nil when the catalog gives none.
    public var title: String?
    public var titleEn: String?

    public init(id: String, kind: Kind) {
        self.id = id
        self.kind = kind
    }

    /// Successors on the main flow (not the clerk's exceptional exits).
    public var mainSuccessors: [String] {
        switch kind {
        case .task, .handOff, .call, .wait: return next.map { [$0] } ?? []
        case .choice: return (choices ?? []).map(\.step) + (otherwise.map { [$0] } ?? [])
        case .parallel: return branches ?? []
        case .end: return []
        }
    }

    public var allSuccessors: [String] { mainSuccessors + (exits ?? []).map(\.step) }
}
