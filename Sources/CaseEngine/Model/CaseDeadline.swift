import WorkCalendar

/// A case's statutory deadline: the period (the channel's deadline with the extensions of the
/// facts that hold), the procedure's ceiling on it (`deadline.cap`), and the due time of each
/// with the case's pauses. The case is due at the earlier of the two.
public struct CaseDeadline: Sendable, Equatable {
    public var period: WorkDuration
    public var periodDue: LocalDateTime?
    public var cap: WorkDuration?
    public var capDue: LocalDateTime?

    public init(period: WorkDuration, periodDue: LocalDateTime?, cap: WorkDuration?, capDue: LocalDateTime?) {
        self.period = period
        self.periodDue = periodDue
        self.cap = cap
        self.capDue = capDue
    }

    /// The deadline and its due times (`StatutoryDeadline`'s rule: the cap binds once an extension applies).
    init(_ deadline: StatutoryDeadline, due: StatutoryDeadline.Due?) {
        self.init(period: deadline.period, periodDue: due?.period, cap: deadline.cap, capDue: due?.cap)
    }

    /// The earlier of the two (nil when the period's due time cannot be computed, as `due(of:)`).
    public var due: LocalDateTime? {
        guard let periodDue else { return nil }
        return StatutoryDeadline.Due(period: periodDue, cap: capDue).due
    }

    /// The cap cuts the period short: the extensions together would pass it.
    public var capApplies: Bool {
        guard let periodDue else { return false }
        return StatutoryDeadline.Due(period: periodDue, cap: capDue).capApplies
    }
}
