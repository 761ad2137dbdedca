import Diagnostics
import WorkCalendar

public enum Channel: String, Sendable, CaseIterable {
    case inPerson = "in-person"
    case online, postal
}

public enum OnlineServiceLevel: String, Sendable, CaseIterable {
    case full, partial, none
}

public enum Applicant: String, Sendable, CaseIterable {
    case citizen, organisation, foreigner, business
}

/// The statutory deadline: the structured value *and* the original wording, so they can be
/// checked against each other.
public struct Deadline: Sendable {
    public var text: Located<String>
    public var value: Located<WorkDuration>
    public var cutoff: Located<TimeOfDay>?
    public var clockStart: ClockStart?
    public var cap: Located<WorkDuration>?
    public var range: SourceRange
}

/// A case fact the workflow branches on or the deadline depends on.
public struct Condition: Sendable {
    public var id: String
    public var name: String
    public var nameEn: String?
    public var extends: Located<WorkDuration>?
    public var range: SourceRange
}

public enum FeeUnit: String, Sendable, CaseIterable {
    case dossier, copy, page, certificate, item
}

public struct Fee: Sendable {
    public var name: String
    /// Whole VND; nil when a resolution (`schedule`) sets the amount.
    public var amount: Located<Int>?
    public var per: FeeUnit?
    public var schedule: Located<String>?
    public var range: SourceRange
    /// When the fee applies (`from` / `until`); always when neither is given.
    public var period = ValidityPeriod()
}

public struct DossierItem: Sendable {
    public var name: String
    public var form: Located<String>?
    public var originals: Int
    public var copies: Int
    public var range: SourceRange
    /// When the item is required (`from` / `until`); always when neither is given.
    public var period = ValidityPeriod()
}

/// A channel and what differs on it (deadline or fees), if anything.
public struct ChannelOffer: Sendable {
    public var channel: Channel
    /// Most offers keep the procedure's deadline; an optional `Deadline` held in place took its
    /// full size (about 250 bytes) in every offer, so an own deadline is kept out of line.
    public var deadline: Deadline? {
        get { ownDeadline?.deadline }
        set { ownDeadline = newValue.map(OwnDeadline.init) }
    }
    public var fees: [Fee]?
    public var range: SourceRange
    private var ownDeadline: OwnDeadline?

    private final class OwnDeadline: Sendable {
        let deadline: Deadline
        init(_ deadline: Deadline) { self.deadline = deadline }
    }

    public init(channel: Channel, deadline: Deadline?, fees: [Fee]?, range: SourceRange) {
        self.channel = channel
        self.fees = fees
        self.range = range
        self.deadline = deadline
    }
}

public enum ProvenanceKind: String, Sendable, CaseIterable {
    case published, synthetic
}

public struct ProcedureProvenance: Sendable {
    public var kind: ProvenanceKind
    public var source: String?
    public var range: SourceRange
}

/// One administrative procedure (thủ tục hành chính), as its file states it: its `Fields`, read
/// and written as its own properties (`procedure.code`, `procedure.fees.append(…)`).
///
/// The fields live in one box, shared by copies until one of them is changed (copy on write): a
/// procedure is copied wherever it is read by value (each lint rule's loop over the catalog, each
/// lookup by code), and with its fields inline every copy retained and released each of their
/// texts and arrays, 4.7 % of `tthc lint`'s instructions.
@dynamicMemberLookup
public struct Procedure: Sendable {
    /// What a procedure's file states.
    public struct Fields: Sendable {
        public var code: Located<String>
        public var name: Located<String>
        public var nameEn: Located<String>?
        public var field: Located<String>
        public var level: Located<Level>
        public var interLevel: [Located<Level>]
        public var authority: Located<String>
        public var implementedBy: [Located<String>]
        public var coordinating: [Located<String>]
        public var applicants: [Applicant]
        public var channels: [ChannelOffer]
        public var onlineService: Located<OnlineServiceLevel>
        public var deadline: Deadline
        public var conditions: [Condition]
        public var fees: [Fee]
        public var dossier: [DossierItem]
        public var result: Located<String>
        public var resultEn: String?
        public var legalBasis: [Located<String>]
        public var announcedBy: Located<String>?
        public var effective: Located<CivilDate>
        public var expires: Located<CivilDate>?
        public var provenance: ProcedureProvenance
        public var workflow: WorkflowSource
        public var file: String
        public var range: SourceRange
        /// Dated changes (`versions`), in file order; `asOf(_:)` applies them.
        public var versions: [ProcedureVersion] = []
    }

    @usableFromInline final class Box: @unchecked Sendable {
        // Only ever mutated while uniquely referenced (the `_modify` below), hence unchecked.
        @usableFromInline var fields: Fields
        @usableFromInline init(_ fields: Fields) { self.fields = fields }
    }

    @usableFromInline var box: Box

    init(_ fields: Fields) {
        box = Box(fields)
    }

    /// A field, read in place; written after the box is made this procedure's own.
    @inlinable public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: field] }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields[keyPath: field]
        }
    }

    /// Inter-level procedures count at every level they list; others at their own level.
    public var countedLevels: Set<Level> {
        var levels: Set<Level> = [self.level.value]
        for l in self.interLevel { levels.insert(l.value) }
        return levels
    }

    public var isInterLevel: Bool { countedLevels.count > 1 }

    /// The legal documents it cites, as written: its legal basis, then the decision announcing it.
    public var citedDocuments: [Located<String>] { self.legalBasis + (self.announcedBy.map { [$0] } ?? []) }
}
