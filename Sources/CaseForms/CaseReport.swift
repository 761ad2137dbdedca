import CaseEngine
import Diagnostics
import WorkCalendar
import WorkflowCompiler

/// Everything `tthc case show` tells about a case at a moment: the receipt, the deadline and its
/// status, every step with its due time and result, the pauses, what is allowed now, and (when
/// the store's events are given) the timeline of who did what when. Encodable as JSON.
public struct CaseReport: Sendable, Codable {
    public struct StepLine: Sendable, Codable, Equatable {
        public var step: String
        /// The step's title for people (the catalog's `title`, else a phrase for its kind).
        public var title: String
        public var kind: String
        public var performer: String
        public var performerName: String
        public var arrived: LocalDateTime
        public var due: LocalDateTime?
        public var finished: LocalDateTime?
        public var event: String?
        public var actor: String?
        public var handedTo: [String]
        /// Finished: against its due time; active: overdue once past it; else nil.
        public var status: DeadlineStatus?
        public var active: Bool
        public var note: String?
    }

    public struct EventLine: Sendable, Codable, Equatable {
        public var version: Int
        public var at: LocalDateTime
        public var event: String
        public var actor: String
        public var step: String?
        /// The details in English (the JSON's words).
        public var detail: String?
        /// The same details as typed values, for a timeline in another language; empty in a
        /// report read back from JSON.
        public var parts: [EventDetail] = []

        enum CodingKeys: String, CodingKey { case version, at, event, actor, step, detail }
    }

    public var id: String
    public var version: Int
    public var artifact: String
    public var procedure: String
    public var procedureName: String
    public var applicant: String
    public var channel: String
    public var commune: String
    public var communeName: String
    public var receivingUnit: String
    /// The receiving centre's full official name ("Trung tâm Phục vụ hành chính công xã Thanh Nưa").
    public var receivingUnitName: String
    /// Name, address and contact, from the store's `applicants` table: set only when asked
    /// (`case show` without `--redact`), never by the report itself.
    public var applicantDetails: ApplicantDetails?
    public var parent: String?
    public var received: LocalDateTime
    public var facts: [String]
    /// The statutory period with the extensions that apply, e.g. "3 working days + 5 working days".
    public var period: String
    /// `period` and `cap` in Vietnamese words ("3 ngày làm việc"), for `case show --lang vi`;
    /// not in the JSON, whose words are the English ones.
    public var periodVi = ""
    public var capVi: String?
    /// The procedure's ceiling on the period however many extensions apply (`deadline.cap`), and
    /// whether it is what the case is due by.
    public var cap: String?
    public var capApplies: Bool
    public var deadlineText: String
    public var due: LocalDateTime?
    public var now: LocalDateTime
    public var state: String
    public var outcome: String?
    public var closedAt: LocalDateTime?
    public var status: DeadlineStatus?
    /// Open and due within one working day or past due: form 04 is called for.
    public var apologyDue: Bool
    public var proposedDue: LocalDateTime?
    public var pauses: [PauseInterval]
    public var pausedSince: LocalDateTime?
    public var steps: [StepLine]
    public var allowed: [AllowedEvent]
    public var subcases: [String]
    /// The fees in force on the day of receipt for the case's channel (the channel's own, else
    /// the procedure's), whatever day it is shown.
    public var fees: [CompiledProcedure.FeeEntry]
    public var payments: [CaseState.Payment]
    public var apologies: [CaseState.Apology]
    public var events: [EventLine]

    /// The JSON's fields: every one but the Vietnamese words of the period and cap.
    enum CodingKeys: String, CodingKey {
        case id, version, artifact, procedure, procedureName, applicant, channel, commune, communeName
        case receivingUnit, receivingUnitName, applicantDetails, parent, received, facts, period, cap, capApplies
        case deadlineText, due, now, state, outcome, closedAt, status, apologyDue, proposedDue, pauses, pausedSince
        case steps, allowed, subcases, fees, payments, apologies, events
    }

    public init(_ s: CaseState, interpreter: CaseInterpreter, now: LocalDateTime, events: [StoredEvent] = []) {
        let directory = interpreter.directory
        let procedure = interpreter.procedure(of: s)
        func concrete(_ reference: Name) -> String { interpreter.concrete(reference, in: s).text }
        id = s.id
        version = s.version
        artifact = s.artifactHash
        self.procedure = s.procedure
        procedureName = procedure?.name ?? ""
        applicant = s.opening.applicant
        channel = s.opening.channel
        commune = s.opening.commune.text
        communeName = directory.communes[commune]?.name ?? commune
        receivingUnit = s.opening.receivingUnit.text
        receivingUnitName = directory.officialName(receivingUnit)
        applicantDetails = nil
        parent = s.opening.parent?.caseId
        received = s.opening.received
        facts = s.facts.map(\.text)
        let deadline = interpreter.deadline(of: s, now: now)
        period = deadline?.period.description ?? ""
        cap = deadline?.cap?.description
        periodVi = deadline?.period.vietnameseDescription ?? ""
        capVi = deadline?.cap?.vietnameseDescription
        capApplies = deadline?.capApplies ?? false
        let terms = procedure?.terms(on: s.opening.received.date)
        let channelDeadline = terms?.channels.first { $0.channel == s.opening.channel }?.deadline
        deadlineText = channelDeadline?.text ?? terms?.deadline.text ?? ""
        due = deadline?.due
        self.now = now
        state = s.status.rawValue
        outcome = s.outcome?.text
        closedAt = s.closedAt
        status = interpreter.status(of: s, now: now)
        let apology = interpreter.apologyTerms(s, now: now)
        apologyDue = apology?.isDue ?? false
        proposedDue = apology.flatMap { $0.isDue ? interpreter.proposedDue($0, now: now) : nil }
        pauses = s.pauses
        pausedSince = s.pausedSince
        let activeVisits = Set(s.tokens.map(\.visit))
        steps = s.visits.enumerated().map { i, visit in
            let performer = concrete(visit.by)
            var status: DeadlineStatus?
            if let due = visit.due {
                if let finished = visit.finished {
                    status = DeadlineStatus.of(returned: finished, due: due)
                } else if now > due {
                    status = .overdue
                }
            }
            return StepLine(
                step: visit.step.text, title: StepTitles.title(procedure?.graph.step(visit.step.text)),
                kind: visit.kind.rawValue, performer: performer, performerName: directory.displayName(performer),
                arrived: visit.arrived, due: visit.due, finished: visit.finished, event: visit.finishedBy?.rawValue,
                actor: visit.actor?.text, handedTo: visit.handedTo.map(concrete), status: status,
                active: activeVisits.contains(i),
                note: visit.note)
        }
        allowed = interpreter.allowed(s, at: max(now, s.lastEventAt))
        subcases = s.subcases
        fees = interpreter.fees(of: s) ?? []
        payments = s.payments
        apologies = s.apologies
        self.events = events.map { stored in
            let e = stored.event
            let actor = e.actor?.text ?? Self.defaultActor(e, s, interpreter)
            let parts = EventDetail.of(e)
            return EventLine(
                version: stored.version, at: e.at, event: e.kind.rawValue, actor: actor, step: e.step?.text,
                detail: EventDetail.line(parts, .en), parts: parts)
        }
    }

    /// Who acted when the event names no actor: the performer of the step it finished.
    static func defaultActor(_ e: CaseEvent, _ s: CaseState, _ interpreter: CaseInterpreter) -> String {
        switch e.kind {
        case .opened, .accept, .reject: return s.opening.receivingUnit.text
        case .supplementReceived, .pay, .withdraw: return UnitDirectory.applicant
        case .subcaseFinished, .migrated: return "tthc"
        default: break
        }
        if let step = e.step, let visit = s.visits.last(where: { $0.step == step && $0.finished == e.at }) {
            return interpreter.concrete(visit.by, in: s).text
        }
        return "—"
    }

    /// The fields of an event beyond its kind, step and actor, for one line of text.
    public static func detail(_ e: CaseEvent, _ language: MessageLanguage = .en) -> String? {
        EventDetail.line(EventDetail.of(e), language)
    }
}

extension CaseReport {
    /// `case show --redact`: the reference and any personal data replaced by a mark, in the
    /// header and in the timeline's opening line.
    public mutating func redactApplicant() {
        let original = applicant
        applicant = ApplicantDetails.redactedMark
        applicantDetails = nil
        guard !original.isEmpty else { return }
        events = events.map { line in
            var line = line
            line.detail = line.detail?.replacingOccurrences(of: original, with: ApplicantDetails.redactedMark)
            line.parts = line.parts.map { $0.redacting(original, with: ApplicantDetails.redactedMark) }
            return line
        }
    }
}
