import WorkCalendar

/// What can happen to a case. The raw values are the CLI's event names and the store's `kind` column.
public enum CaseEventKind: String, Sendable, Codable, CaseIterable {
    case opened
    /// Reception: accept the dossier (the graph starts) or reject it (form 03, the case ends).
    case accept, reject
    /// A task is done; `approve` is a task of the deciding authority; `hand-off` passes the dossier on.
    case complete, approve
    case handOff = "hand-off"
    /// Take a branch of a choice; the branch is the one the case facts select, or the fact given.
    case branch
    /// A clerk's exits: ask for a supplement, ask for the fee, refuse with a reason.
    case supplement
    case requestPayment = "request-payment"
    case refuse
    /// The applicant's side of a wait: the supplement arrives, the fee is paid.
    case supplementReceived = "supplement-received"
    case pay
    /// A call step opens a sub-case of the called procedure; its end is reported to the parent.
    case startSubcase = "start-subcase"
    case subcaseFinished = "subcase-finished"
    /// The result (or the refusal) is handed to the applicant: the case ends.
    case `return`
    case withdraw
    /// Form 04: the apology with a proposed new date.
    case apologize
    /// The case is re-pinned to a newer compiled catalog (`tthc case migrate --adopt`).
    case migrated

    /// Events a person asks for; the others are recorded by the engine itself.
    public var isCommand: Bool {
        switch self {
        case .opened, .subcaseFinished, .migrated: false
        default: true
        }
    }
}

/// One recorded event. Only the fields its kind needs are set; `target` is where the token
/// went when the event chose among several successors (a branch, an exit).
///
/// Most events are a kind, a time, an actor and a step. The rarer fields (a reason, an amount, a
/// sub-case, a new date, the opening, a migration's artifact) are kept together in one immutable
/// box, present only when one of them is set: every event is copied into the log and applied, and
/// inline they would make each copy three times larger, with seven more references to count.
@dynamicMemberLookup
public struct CaseEvent: Sendable, Codable, Equatable {
    public var kind: CaseEventKind
    public var at: LocalDateTime
    /// The concrete unit or role that acted (`thanh-nua.chairman`), or `applicant`; nil: the step's performer.
    public var actor: Name?
    public var step: Name?
    public var target: Name?
    public var fact: Name?
    private var details: DetailsBox?

    /// The procedure of the opening, read without copying the opening out of its box.
    var openingProcedure: String? { details?.value.opening?.procedure }

    /// A rarer field, read and written as if it were the event's own (`event.reason`).
    public subscript<Value>(dynamicMember field: WritableKeyPath<Details, Value?>) -> Value? {
        get { details?.value[keyPath: field] }
        set { change { $0[keyPath: field] = newValue } }
    }

    public init(_ kind: CaseEventKind, at: LocalDateTime, actor: Name? = nil, step: Name? = nil) {
        self.kind = kind
        self.at = at
        self.actor = actor
        self.step = step
    }

    /// Every field of a request's event at once (what `decide` records).
    init(
        _ kind: CaseEventKind, at: LocalDateTime, actor: Name?, step: Name?, target: Name?, fact: Name?,
        reason: String?,
        amount: Int?, child: String?, due: LocalDateTime?
    ) {
        self.init(kind, at: at, actor: actor, step: step)
        self.target = target
        self.fact = fact
        if reason != nil || amount != nil || child != nil || due != nil {
            details = DetailsBox(Details(reason: reason, amount: amount, child: child, due: due))
        }
    }

    /// An `opened` event: the opening and the artifact the case is pinned to, boxed once.
    static func opened(at: LocalDateTime, by receiving: Name, _ opening: CaseOpening, artifact: String) -> CaseEvent {
        var event = CaseEvent(.opened, at: at, actor: receiving)
        event.details = DetailsBox(Details(opening: opening, artifact: artifact))
        return event
    }

    /// The rarer fields.
    public struct Details: Sendable, Equatable, Codable {
        public var reason: String?
        public var amount: Int?
        /// A sub-case's id (start-subcase, subcase-finished).
        public var child: String?
        /// A sub-case's outcome (subcase-finished).
        public var outcome: Name?
        /// The proposed new date of an apology.
        public var due: LocalDateTime?
        /// The opening of an `opened` event.
        public var opening: CaseOpening?
        /// The new artifact hash of a migration.
        public var artifact: String?

        var isEmpty: Bool {
            reason == nil && amount == nil && child == nil && outcome == nil && due == nil && opening == nil
                && artifact == nil
        }
    }

    /// Immutable, so copies of an event share it safely; a change makes a new one.
    private final class DetailsBox: Sendable, Equatable {
        let value: Details
        init(_ value: Details) { self.value = value }
        static func == (a: DetailsBox, b: DetailsBox) -> Bool { a === b || a.value == b.value }
    }

    private mutating func change(_ body: (inout Details) -> Void) {
        var value = details?.value ?? Details()
        body(&value)
        details = value.isEmpty ? nil : DetailsBox(value)
    }

    /// The rarer fields are written beside the others, not nested.
    private enum CodingKeys: String, CodingKey {
        case kind, at, actor, step, target, fact
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(CaseEventKind.self, forKey: .kind)
        at = try c.decode(LocalDateTime.self, forKey: .at)
        actor = try c.decodeIfPresent(Name.self, forKey: .actor)
        step = try c.decodeIfPresent(Name.self, forKey: .step)
        target = try c.decodeIfPresent(Name.self, forKey: .target)
        fact = try c.decodeIfPresent(Name.self, forKey: .fact)
        let details = try Details(from: decoder)
        self.details = details.isEmpty ? nil : DetailsBox(details)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(at, forKey: .at)
        try c.encodeIfPresent(actor, forKey: .actor)
        try c.encodeIfPresent(step, forKey: .step)
        try c.encodeIfPresent(target, forKey: .target)
        try c.encodeIfPresent(fact, forKey: .fact)
        try details?.value.encode(to: encoder)
    }
}

/// A request to record an event, before it is checked.
public struct CaseCommand: Sendable, Equatable {
    public var kind: CaseEventKind
    public var at: LocalDateTime
    public var step: Name?
    public var actor: Name?
    public var reason: String?
    public var fact: Name?
    public var amount: Int?
    public var due: LocalDateTime?

    public init(
        _ kind: CaseEventKind, at: LocalDateTime, step: Name? = nil, actor: Name? = nil, reason: String? = nil,
        fact: Name? = nil, amount: Int? = nil, due: LocalDateTime? = nil
    ) {
        self.kind = kind
        self.at = at
        self.step = step
        self.actor = actor
        self.reason = reason
        self.fact = fact
        self.amount = amount
        self.due = due
    }
}
