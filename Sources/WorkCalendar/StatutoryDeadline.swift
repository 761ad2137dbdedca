/// A dossier's statutory deadline: the period of its channel (else the procedure's), followed by
/// the extension of each fact that holds, in the procedure's order, and the procedure's ceiling on
/// them ("không quá 20 ngày làm việc"). The one statement of the rule: `tthc deadline`, its batch
/// and the case interpreter all ask it.
public struct StatutoryDeadline: Sendable, Equatable {
    /// The base period with the extensions that apply, each counted after the one before.
    public let period: WorkDuration
    /// The ceiling as the procedure writes it (shown even while it does not bind).
    public let cap: WorkDuration?

    public init(base: WorkDuration, extensions: [WorkDuration] = [], cap: WorkDuration?) {
        period = extensions.reduce(base) { $0.extended(by: $1) }
        self.cap = cap
    }

    /// The ceiling bounds the extensions: it counts only once the period has one.
    public var bindingCap: WorkDuration? { period.extensions.isEmpty ? nil : cap }

    /// Due times under one clock rule and one set of pauses: the period's and the cap's.
    public struct Due: Sendable, Equatable {
        public var period: LocalDateTime
        /// The cap's due time, when the cap binds.
        public var cap: LocalDateTime?

        public init(period: LocalDateTime, cap: LocalDateTime?) {
            self.period = period
            self.cap = cap
        }

        /// The case is due at the earlier of the two.
        public var due: LocalDateTime { cap.map { min(period, $0) } ?? period }
        /// The cap cuts the period short.
        public var capApplies: Bool { cap.map { $0 < period } ?? false }
    }
}

extension DeadlineCalculator {
    /// When `deadline` falls for a dossier received at `received` (the fast path, no explanation).
    public func due(
        of deadline: StatutoryDeadline, from received: LocalDateTime,
        clockStart: ClockStart = .receipt, pauses: [PauseInterval] = []
    ) throws -> StatutoryDeadline.Due {
        let period = try dueDate(from: received, adding: deadline.period, clockStart: clockStart, pauses: pauses)
        let cap = try deadline.bindingCap.map {
            try dueDate(from: received, adding: $0, clockStart: clockStart, pauses: pauses)
        }
        return StatutoryDeadline.Due(period: period, cap: cap)
    }

    /// The same with the day-by-day explanation of whichever holds, and the cap when it applied.
    public func explainedDue(
        of deadline: StatutoryDeadline, from received: LocalDateTime,
        clockStart: ClockStart = .receipt, pauses: [PauseInterval] = []
    ) throws -> (result: DeadlineResult, capApplied: WorkDuration?) {
        let result = try due(from: received, adding: deadline.period, clockStart: clockStart, pauses: pauses)
        guard let cap = deadline.bindingCap else { return (result, nil) }
        let capped = try due(from: received, adding: cap, clockStart: clockStart, pauses: pauses)
        return capped.due < result.due ? (capped, cap) : (result, nil)
    }
}
