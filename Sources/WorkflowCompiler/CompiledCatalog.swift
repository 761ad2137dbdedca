/// The compiled artifact: everything the interpreter and exporters need, without YAML.
/// Deterministic: the same catalog gives the same bytes (sorted keys and entries), and the
/// SHA-256 of the content (with `contentHash` empty) is recorded inside.
import WorkCalendar

public struct CompiledCatalog: Sendable, Codable, Equatable {
    /// 2: deadlines, cut-offs, clock rules and dates are typed values, no longer text to parse again.
    public static let currentFormatVersion = 2

    public var formatVersion: Int
    public var contentHash: String
    /// The date of `tthc compile --at`: the artifact holds only the terms in force that day, so a
    /// case received on another day cannot be opened with it. Absent in a full artifact.
    public var asOf: CivilDate? = nil
    public var jurisdiction: Jurisdiction
    public var workingTime: WorkingTime
    public var calendarDecisions: [OfficialDecision]
    public var units: [UnitEntry]
    public var communes: [CommuneEntry]
    public var procedures: [CompiledProcedure]

    public struct Jurisdiction: Sendable, Codable, Equatable {
        public var code: String
        public var name: String
        public var nameEn: String?
        public var timeZone: String
        public var effective: String
    }

    public struct WorkingTime: Sendable, Codable, Equatable {
        public var officeHours: OfficeHours
        public var minutesPerWorkingDay: Int
        public var receiptCutoff: TimeOfDay
        public var clockStart: ClockStart
    }

    public struct UnitEntry: Sendable, Codable, Equatable {
        public var id: String
        public var kind: String
        public var level: String
        public var name: String
        public var nameEn: String?
        public var roles: [String]
        /// Each role's Vietnamese name, for the forms a case prints ("Chủ tịch Ủy ban nhân dân xã").
        public var roleNames: [String: String]
        /// Full official names (`full_name`), `{commune}` standing for a case's commune; nil when
        /// the catalog gives none, so artifacts of catalogs without them keep their bytes.
        public var fullName: String? = nil
        public var fullNameEn: String? = nil
        public var roleNamesEn: [String: String]? = nil
        public var roleFullNames: [String: String]? = nil
        public var roleFullNamesEn: [String: String]? = nil
    }

    public struct CommuneEntry: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var type: String
        public var distanceKm: Int?
        public var nameEn: String? = nil
    }

    public func procedure(_ code: String) -> CompiledProcedure? {
        procedures.first { $0.code == code }
    }

    /// The working calendar the catalog was compiled with: its office hours, cut-off and decisions.
    public func workCalendar(cutoff: TimeOfDay? = nil) throws -> WorkCalendar {
        try WorkCalendar(
            decisions: calendarDecisions, officeHours: workingTime.officeHours,
            cutoff: cutoff ?? workingTime.receiptCutoff)
    }
}

public struct CompiledProcedure: Sendable, Codable, Equatable {
    public struct Deadline: Sendable, Codable, Equatable {
        /// As the catalog writes it, for people.
        public var text: String
        public var period: WorkDuration
        public var minutes: Int
        public var cutoff: TimeOfDay?
        public var clockStart: ClockStart?
        /// A ceiling on the deadline however many extensions apply ("không quá 20 ngày làm việc").
        public var cap: WorkDuration?
    }

    public struct ChannelEntry: Sendable, Codable, Equatable {
        public var channel: String
        public var deadline: Deadline?
        /// The channel's own fees (online registration is cheaper), when it has any.
        public var fees: [FeeEntry]? = nil
    }

    public struct ConditionEntry: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var extends: WorkDuration?
        public var extendsMinutes: Int?
    }

    public struct FeeEntry: Sendable, Codable, Equatable {
        public var name: String
        public var amount: Int?
        public var per: String?
        public var schedule: String?
    }

    public var code: String
    public var name: String
    public var nameEn: String?
    public var field: String
    public var level: String
    public var interLevel: [String]
    public var authority: String
    public var onlineService: String
    public var deadline: Deadline
    public var channels: [ChannelEntry]
    public var conditions: [ConditionEntry]
    public var fees: [FeeEntry]
    public var legalBasis: [String]
    public var calls: [String]
    /// Working minutes on the longest path (waits excluded) and what the deadline leaves over.
    public var budgetMinutes: Int?
    public var slackMinutes: Int?
    public var graph: CompiledGraph
    /// What changes on later dates (versions, dated fees): from each date, the deadline, channels,
    /// fees, authority and legal basis in force. Absent when nothing changes after `effective`.
    public var terms: [DatedTerms]? = nil
    /// The date the procedure takes effect (absent in artifacts that predate dated terms).
    public var effective: CivilDate? = nil
    /// The last day the procedure is in force (`expires`); absent when it has no end.
    public var expires: CivilDate? = nil
    /// Workflows that versions give: from each date, the graph a case received then follows
    /// (`graph(on:)`). Absent when no version changes the workflow, so other procedures keep
    /// their bytes.
    public var workflows: [DatedWorkflow]? = nil
}
