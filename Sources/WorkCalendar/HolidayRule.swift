/// One public holiday as a *rule* (how to find its date in any year), never a list of dates.
///
/// Rules carry effective dates, so one rule set describes several versions of the law:
/// an occurrence counts only if its date lies within `effectiveFrom…effectiveUntil`.
public struct HolidayRule: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The same Gregorian date every year (New Year 1/1, 30/4, 1/5, 2/9, 24/11).
        case fixedSolar(month: Int, day: Int)
        /// A date of the Vietnamese lunar calendar, in the lunar year whose Tết falls in the Gregorian year
        /// (Tết 1/1, Hùng Kings 10/3). A lunar date that does not exist that year gives no occurrence.
        case lunar(month: Int, day: Int)
        /// A fixed number of days from another rule's occurrence (Tết eve = Tết − 1, Tết day 2 = Tết + 1).
        case relative(to: String, days: Int)
        /// The day next to another rule's occurrence, on the side chosen by that occurrence's weekday
        /// (the second National Day day is "one adjacent day, before or after").
        case adjacent(to: String, offsetByWeekday: [Weekday: Int])
    }

    public let id: String
    public let name: String
    public let nameEn: String
    public let kind: Kind
    /// Rules in one group (e.g. all Tết days) can be replaced as a whole by a yearly decision.
    public let group: String?
    public let effectiveFrom: CivilDate?
    public let effectiveUntil: CivilDate?
    /// Whether a compensatory day is given when the holiday falls on a weekly rest day.
    public let compensated: Bool
    /// Legal basis, for documentation and listings.
    public let basis: String

    public init(
        id: String, name: String, nameEn: String, kind: Kind, group: String? = nil,
        effectiveFrom: CivilDate? = nil, effectiveUntil: CivilDate? = nil,
        compensated: Bool = true, basis: String
    ) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
        self.kind = kind
        self.group = group
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.compensated = compensated
        self.basis = basis
    }

    public func isEffective(on date: CivilDate) -> Bool {
        if let from = effectiveFrom, date < from { return false }
        if let until = effectiveUntil, date > until { return false }
        return true
    }
}

/// A rule's date in one year.
public struct HolidayOccurrence: Sendable, Hashable {
    public let date: CivilDate
    public let rule: HolidayRule
}
