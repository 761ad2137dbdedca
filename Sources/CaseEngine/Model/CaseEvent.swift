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
public struct CaseEvent: Sendable, Codable, Equatable {
    public var kind: CaseEventKind
    public var at: LocalDateTime
    /// The concrete unit or role that acted (`thanh-nua.chairman`), or `applicant`; nil: the step's performer.
    public var actor: Name?
    public var step: Name?
    public var target: Name?
    public var fact: Name?
    private var details: DetailsBox?

    public var reason: String? {
        get { details?.value.reason }
        set { change { $0.reason = newValue } }
    }

    public var amount: Int? {
        get { details?.value.amount }
        set { change { $0.amount = newValue } }
    }

    /// A sub-case's id (start-subcase, subcase-finished).
    public var child: String? {
        get { details?.value.child }
        set { change { $0.child = newValue } }
    }

    /// A sub-case's outcome (subcase-finished).
    public var outcome: Name? {
        get { details?.value.outcome }
        set { change { $0.outcome = newValue } }
    }

    /// The proposed new date of an apology.
    public var due: LocalDateTime? {
        get { details?.value.due }
        set { change { $0.due = newValue } }
    }

    /// The opening of an `opened` event.
    public var opening: CaseOpening? {
        get { details?.value.opening }
        set { change { $0.opening = newValue } }
    }

    /// The procedure of the opening, read without copying the opening out of its box.
    var openingProcedure: String? { details?.value.opening?.procedure }

    /// The new artifact hash of a migration.
    public var artifact: String? {
        get { details?.value.artifact }
        set { change { $0.artifact = newValue } }
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
        self.kind = kind
        self.at = at
        self.actor = actor
        self.step = step
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
    private struct Details: Sendable, Equatable {
        var reason: String?
        var amount: Int?
        var child: String?
        var outcome: Name?
        var due: LocalDateTime?
        var opening: CaseOpening?
        var artifact: String?

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

    private enum CodingKeys: String, CodingKey {
        case kind, at, actor, step, target, fact, reason, amount, child, outcome, due, opening, artifact
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(CaseEventKind.self, forKey: .kind)
        at = try c.decode(LocalDateTime.self, forKey: .at)
        actor = try c.decodeIfPresent(Name.self, forKey: .actor)
        step = try c.decodeIfPresent(Name.self, forKey: .step)
        target = try c.decodeIfPresent(Name.self, forKey: .target)
        fact = try c.decodeIfPresent(Name.self, forKey: .fact)
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
        amount = try c.decodeIfPresent(Int.self, forKey: .amount)
        child = try c.decodeIfPresent(String.self, forKey: .child)
        outcome = try c.decodeIfPresent(Name.self, forKey: .outcome)
        due = try c.decodeIfPresent(LocalDateTime.self, forKey: .due)
        opening = try c.decodeIfPresent(CaseOpening.self, forKey: .opening)
        artifact = try c.decodeIfPresent(String.self, forKey: .artifact)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(at, forKey: .at)
        try c.encodeIfPresent(actor, forKey: .actor)
        try c.encodeIfPresent(step, forKey: .step)
        try c.encodeIfPresent(target, forKey: .target)
        try c.encodeIfPresent(fact, forKey: .fact)
        try c.encodeIfPresent(reason, forKey: .reason)
        try c.encodeIfPresent(amount, forKey: .amount)
        try c.encodeIfPresent(child, forKey: .child)
        try c.encodeIfPresent(outcome, forKey: .outcome)
        try c.encodeIfPresent(due, forKey: .due)
        try c.encodeIfPresent(opening, forKey: .opening)
        try c.encodeIfPresent(artifact, forKey: .artifact)
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
