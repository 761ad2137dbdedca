/// One procedure's workflow as a checked graph: the form the interpreter and exporters read.
public struct CompiledGraph: Sendable, Codable, Equatable {
    public var start: String
    public var steps: [CompiledStep]

    public func step(_ id: String) -> CompiledStep? { steps.first { $0.id == id } }
}

/// One step of a compiled graph. Its fields live in one shared box, as `Step`'s do: every check
/// and every reader of a graph copies steps, and a copy of the box is one reference count where a
/// copy of the fields was a dozen. A field is read and written as the step's own (`step.next`).
@dynamicMemberLookup
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

    /// The step's fields, coded as the step itself is (the artifact's JSON is theirs).
    public struct Fields: Sendable, Codable, Equatable {
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
    }

    /// Immutable: a write makes a new box (steps are written only while a graph is built), and
    /// reads need no exclusivity check.
    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    public init(id: String, kind: Kind) {
        self.init(Fields(id: id, kind: kind))
    }

    public init(_ fields: Fields) {
        box = Box(fields)
    }

    public init(from decoder: any Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try box.fields.encode(to: encoder)
    }

    public static func == (lhs: CompiledStep, rhs: CompiledStep) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: field] }
        set {
            var fields = box.fields
            fields[keyPath: field] = newValue
            box = Box(fields)
        }
    }

    /// Successors on the main flow (not the clerk's exceptional exits).
    public var mainSuccessors: [String] {
        var successors: [String] = []
        forEachMainSuccessor { successors.append($0) }
        return successors
    }

    /// `mainSuccessors` one by one, in their order, without an array of them.
    func forEachMainSuccessor(_ body: (String) -> Void) {
        let fields = box.fields
        switch fields.kind {
        case .task, .handOff, .call, .wait:
            if let next = fields.next { body(next) }
        case .choice:
            for choice in fields.choices ?? [] { body(choice.step) }
            if let otherwise = fields.otherwise { body(otherwise) }
        case .parallel:
            for branch in fields.branches ?? [] { body(branch) }
        case .end:
            break
        }
    }

    public var allSuccessors: [String] { mainSuccessors + (box.fields.exits ?? []).map(\.step) }
}
