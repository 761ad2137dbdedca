import Diagnostics
import WorkCalendar

/// When a value applies: from `from` (inclusive) until `until` (inclusive); an open end has no
/// limit. A fee cut "until 31 December 2026" is `until: 2026-12-31`; the full fee from the next day
/// is a second row with `from: 2027-01-01`.
public struct ValidityPeriod: Sendable {
    public var from: Located<CivilDate>?
    public var until: Located<CivilDate>?

    public init(from: Located<CivilDate>? = nil, until: Located<CivilDate>? = nil) {
        self.from = from
        self.until = until
    }

    public func contains(_ date: CivilDate) -> Bool {
        if let from = from?.value, date < from { return false }
        if let until = until?.value, until < date { return false }
        return true
    }

    /// Whether two periods share at least one day.
    public func overlaps(_ other: ValidityPeriod) -> Bool {
        let aFrom = from?.value.dayNumber ?? Int.min
        let aUntil = until?.value.dayNumber ?? Int.max
        let bFrom = other.from?.value.dayNumber ?? Int.min
        let bUntil = other.until?.value.dayNumber ?? Int.max
        return aFrom <= bUntil && bFrom <= aUntil
    }

    /// "from 2025-07-01 until 2026-12-31", "until 2026-12-31", "from 2027-01-01", "always".
    public var text: String { text(vietnamese: false) }

    /// "từ 01/07/2025 đến hết 31/12/2026", "đến hết 31/12/2026", "từ 01/01/2027", "không thời hạn".
    public var textVi: String { text(vietnamese: true) }

    private func text(vietnamese vi: Bool) -> String {
        switch (from?.value, until?.value) {
        case (let f?, let u?):
            vi ? "từ \(f.vietnameseText) đến hết \(u.vietnameseText)" : "from \(f) until \(u)"
        case (let f?, nil): vi ? "từ \(f.vietnameseText)" : "from \(f)"
        case (nil, let u?): vi ? "đến hết \(u.vietnameseText)" : "until \(u)"
        case (nil, nil): vi ? "không thời hạn" : "always"
        }
    }
}

/// A dated change to a procedure: from `from` on, the keys it gives replace the procedure's
/// (until the next version). The procedure's own keys are its first version, from `effective`.
public struct ProcedureVersion: Sendable {
    public var from: Located<CivilDate>
    public var deadline: Deadline?
    public var authority: Located<String>?
    public var fees: [Fee]?
    public var dossier: [DossierItem]?
    public var legalBasis: [Located<String>]?
    public var announcedBy: Located<String>?
    public var note: String?
    public var range: SourceRange
    /// The whole workflow from `from` on, as written (the catalog keeps it expanded:
    /// `Catalog.workflow(of:on:)`); nil keeps the one before.
    public var workflow: WorkflowSource? = nil

    public init(
        from: Located<CivilDate>, deadline: Deadline? = nil, authority: Located<String>? = nil, fees: [Fee]? = nil,
        dossier: [DossierItem]? = nil, legalBasis: [Located<String>]? = nil, announcedBy: Located<String>? = nil,
        note: String? = nil, range: SourceRange
    ) {
        self.from = from
        self.deadline = deadline
        self.authority = authority
        self.fees = fees
        self.dossier = dossier
        self.legalBasis = legalBasis
        self.announcedBy = announcedBy
        self.note = note
        self.range = range
    }
}

extension Procedure {
    /// The procedure as it stands on `date`: every version from on or before `date` applied in
    /// order, and fees and dossier items (the channels' fees too) kept only when their period
    /// holds `date`. Everything that answers a question about a case asks this with its receipt.
    public func asOf(_ date: CivilDate) -> Procedure {
        // Most procedures have no version and no dated value: they stand as they are, their
        // lists shared, not filtered and rebuilt for every rule and check that asks.
        if self.versions.isEmpty && !hasDatedValues { return self }
        var p = self
        for version in self.versions.sorted(by: { $0.from.value < $1.from.value }) where version.from.value <= date {
            if let d = version.deadline { p.deadline = d }
            if let a = version.authority { p.authority = a }
            if let f = version.fees { p.fees = f }
            if let d = version.dossier { p.dossier = d }
            if let l = version.legalBasis { p.legalBasis = l }
            if let a = version.announcedBy { p.announcedBy = a }
            if let w = version.workflow { p.workflow = w }
        }
        // What applies on the date, with no dates left: the result answers for that day only.
        func settled(_ fees: [Fee]) -> [Fee] {
            fees.filter { $0.period.contains(date) }.map {
                var f = $0
                f.period = ValidityPeriod()
                return f
            }
        }
        p.fees = settled(p.fees)
        p.dossier = p.dossier.filter { $0.period.contains(date) }.map {
            var d = $0
            d.period = ValidityPeriod()
            return d
        }
        p.channels = p.channels.map { offer in
            var o = offer
            o.fees = o.fees.map(settled)
            return o
        }
        p.versions = []
        return p
    }

    /// Whether a fee or a dossier item (a channel's fees too) holds only for a period.
    private var hasDatedValues: Bool {
        func dated(_ period: ValidityPeriod) -> Bool { period.from != nil || period.until != nil }
        return self.fees.contains { dated($0.period) } || self.dossier.contains { dated($0.period) }
            || self.channels.contains { $0.fees?.contains { dated($0.period) } ?? false }
    }

    /// Whether the procedure applies on `date` (between `effective` and `expires`).
    public func isInForce(on date: CivilDate) -> Bool {
        self.effective.value <= date && (self.expires.map { date <= $0.value } ?? true)
    }

    /// The dates on which something about the procedure changes, after `effective`: versions'
    /// `from`, and the day a dated fee or dossier item starts or the day after it ends.
    public var changeDates: [CivilDate] {
        if self.versions.isEmpty && !hasDatedValues { return [] }
        var dates: Set<CivilDate> = []
        func add(_ period: ValidityPeriod) {
            if let f = period.from?.value { dates.insert(f) }
            if let u = period.until?.value, let next = try? u.adding(days: 1) { dates.insert(next) }
        }
        for v in self.versions {
            dates.insert(v.from.value)
            for f in v.fees ?? [] { add(f.period) }
            for d in v.dossier ?? [] { add(d.period) }
        }
        for f in self.fees { add(f.period) }
        for d in self.dossier { add(d.period) }
        for c in self.channels { for f in c.fees ?? [] { add(f.period) } }
        return dates.filter { $0 > self.effective.value }.sorted()
    }
}
