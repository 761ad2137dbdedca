import WorkCalendar
import WorkflowCompiler

/// A case as its events leave it. It is rebuilt by replaying the events and stored as a snapshot
/// beside them; the two must be equal (`CaseStore.verify`).
///
/// The graph is walked with tokens, one per active step, so the branches of a parallel step run at
/// once. Each time a token rests on a step a `Visit` is recorded: who performs it, when it arrived,
/// its due time from the step budget, when and how it finished, and to whom the dossier went next
/// (the rows of form 06).
public struct CaseState: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable {
        /// Opened, not yet accepted at reception.
        case received
        case open
        case closed
    }

    public struct Token: Sendable, Codable, Equatable {
        public var id: Int
        public var step: Name
        public var since: LocalDateTime
        /// The parallel step whose branch the token runs in.
        public var parallel: Name?
        /// Who holds the dossier: the performer of the last step that had one.
        public var holder: Name
        /// Index of the visit this token rests on.
        public var visit: Int
        /// Visits that handed the dossier on and whose receiver is the next performer this token meets.
        public var givers: [Int]
        /// At a call step: the sub-case running (or ended), and how it ended when not issued.
        public var subcase: String?
        public var subcaseOutcome: Name?
        /// Where `step` sits in its program's nodes when the token was made: a hint that spares a
        /// lookup by id, checked against `step` before use. Not part of the state: neither encoded
        /// nor compared (-1 when unknown, e.g. decoded).
        var node: Int = -1

        private enum CodingKeys: String, CodingKey {
            case id, step, since, parallel, holder, visit, givers, subcase, subcaseOutcome
        }

        /// Member-wise, for the stores' snapshot decoder in another module of the package.
        package init(
            id: Int, step: Name, since: LocalDateTime, parallel: Name? = nil, holder: Name, visit: Int, givers: [Int],
            subcase: String? = nil, subcaseOutcome: Name? = nil, node: Int = -1
        ) {
            self.id = id
            self.step = step
            self.since = since
            self.parallel = parallel
            self.holder = holder
            self.visit = visit
            self.givers = givers
            self.subcase = subcase
            self.subcaseOutcome = subcaseOutcome
            self.node = node
        }

        public static func == (a: Token, b: Token) -> Bool {
            a.id == b.id && a.step == b.step && a.since == b.since && a.parallel == b.parallel && a.holder == b.holder
                && a.visit == b.visit && a.givers == b.givers && a.subcase == b.subcase
                && a.subcaseOutcome == b.subcaseOutcome
        }
    }

    public struct Visit: Sendable, Codable, Equatable {
        public var step: Name
        public var kind: CompiledStep.Kind
        /// The performer: a reference of the procedure (`commune.chairman`), the receiving service
        /// centre, or `applicant` for a wait. Made concrete with the case's commune when shown.
        public var by: Name
        public var arrived: LocalDateTime
        /// From the step's budget; nil for steps without one (choices, waits, ends).
        public var due: LocalDateTime?
        public var finished: LocalDateTime?
        /// The event that finished the visit.
        public var finishedBy: CaseEventKind?
        public var actor: Name?
        /// Who received the dossier from this step (several after a fork).
        public var handedTo: Receivers
        public var note: String?

        /// Member-wise, for the stores' snapshot decoder in another module of the package.
        package init(
            step: Name, kind: CompiledStep.Kind, by: Name, arrived: LocalDateTime, due: LocalDateTime? = nil,
            finished: LocalDateTime? = nil,
            finishedBy: CaseEventKind? = nil, actor: Name? = nil, handedTo: Receivers, note: String? = nil
        ) {
            self.step = step
            self.kind = kind
            self.by = by
            self.arrived = arrived
            self.due = due
            self.finished = finished
            self.finishedBy = finishedBy
            self.actor = actor
            self.handedTo = handedTo
            self.note = note
        }
    }

    /// Branches of a parallel step that have reached its join.
    public struct JoinProgress: Sendable, Codable, Equatable {
        public var parallel: Name
        public var arrived: Int
        public var givers: [Int]
        public var holder: Name

        /// Member-wise, for the stores' snapshot decoder in another module of the package.
        package init(parallel: Name, arrived: Int, givers: [Int], holder: Name) {
            self.parallel = parallel
            self.arrived = arrived
            self.givers = givers
            self.holder = holder
        }
    }

    public struct Payment: Sendable, Codable, Equatable {
        public var at: LocalDateTime
        public var step: Name
        public var amount: Int?

        public init(at: LocalDateTime, step: Name, amount: Int?) {
            self.at = at
            self.step = step
            self.amount = amount
        }
    }

    /// A form 04 apology sent: when, the proposed new date, why.
    public struct Apology: Sendable, Codable, Equatable {
        public var at: LocalDateTime
        public var due: LocalDateTime
        public var reason: String?

        public init(at: LocalDateTime, due: LocalDateTime, reason: String?) {
            self.at = at
            self.due = due
            self.reason = reason
        }
    }

    public var id: String
    public var artifactHash: String
    public var opening: CaseOpening
    /// The declared conditions that hold: those given at opening and those a branch established.
    public var facts: [Name]
    public var status: Status
    /// issued, refused, withdrawn, or rejected (not accepted at reception).
    public var outcome: Name?
    public var version: Int
    public var lastEventAt: LocalDateTime
    public var acceptedAt: LocalDateTime?
    public var closedAt: LocalDateTime?
    public var tokens: [Token]
    public var joins: [JoinProgress]
    public var visits: [Visit]
    /// Closed pauses of the statutory clock (waiting on the applicant or a payment).
    public var pauses: [PauseInterval]
    public var pausedSince: LocalDateTime?
    public var subcases: [String]
    public var payments: [Payment]
    public var apologies: [Apology]
    public var nextToken: Int

    public var procedure: String { opening.procedure }
    public var isClosed: Bool { status == .closed }

    package init(id: String, artifactHash: String, opening: CaseOpening, at: LocalDateTime) {
        self.id = id
        self.artifactHash = artifactHash
        self.opening = opening
        facts = opening.facts
        status = .received
        version = 0
        lastEventAt = at
        tokens = []
        joins = []
        visits = []
        pauses = []
        subcases = []
        payments = []
        apologies = []
        nextToken = 1
    }

    /// Pauses so far, the running one closed at `now`.
    public func pauses(until now: LocalDateTime) -> [PauseInterval] {
        guard let since = pausedSince, now > since, let running = try? PauseInterval(from: since, to: now) else {
            return pauses
        }
        return pauses + [running]
    }
}
