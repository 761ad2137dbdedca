import OrderedCollections
import WorkCalendar

/// The figures a province publishes about its catalog, computed from the files.
public struct CatalogStatistics: Sendable, Encodable {
    public struct Count: Sendable, Encodable, Equatable {
        public var key: String
        public var name: String?
        public var count: Int
        /// The key in Vietnamese where it is words rather than a catalog value (a deadline's
        /// "3 working days"); not in the JSON, whose keys stay stable.
        public var keyVi: String? = nil

        private enum CodingKeys: String, CodingKey { case key, name, count }
    }

    public var total: Int
    public var provinceLevel: Int
    public var communeLevel: Int
    public var interLevel: Int
    public var published: Int
    public var synthetic: Int
    public var byField: [Count]
    public var byAuthority: [Count]
    public var byChannel: [Count]
    public var byOnlineService: [Count]
    public var byDeadline: [Count]
    public var unitsByKind: [Count]
    public var communesByType: [Count]
    public var legalDocuments: Int
    public var announcingDecisions: Int
    public var forms: Int
    public var templates: Int

    public init(_ catalog: Catalog) {
        let procedures = Array(catalog.procedures.values)
        total = procedures.count
        provinceLevel = procedures.filter { $0.countedLevels.contains(.province) }.count
        communeLevel = procedures.filter { $0.countedLevels.contains(.commune) }.count
        interLevel = procedures.filter(\.isInterLevel).count
        published = procedures.filter { $0.provenance.kind == .published }.count
        synthetic = total - published
        byField = Self.tally(procedures.map(\.field.value)) { catalog.fields[$0]?.name }
        byAuthority = Self.tally(procedures.map { catalog.resolve($0.authority.value)?.unitId ?? $0.authority.value }) {
            catalog.units[$0]?.name
        }
        byChannel = Self.tally(
            procedures.flatMap { $0.channels.map(\.channel.rawValue) }, order: Channel.allCases.map(\.rawValue))
        byOnlineService = Self.tally(
            procedures.map(\.onlineService.value.rawValue), order: OnlineServiceLevel.allCases.map(\.rawValue))
        byDeadline = Self.deadlineTally(procedures.map(\.deadline.value.value))
        unitsByKind = Self.tally(catalog.units.values.map(\.kind.rawValue), order: UnitKind.allCases.map(\.rawValue))
        communesByType = Self.tally(
            catalog.communes.values.map(\.type.rawValue), order: CommuneType.allCases.map(\.rawValue))
        legalDocuments = catalog.legalDocuments.count
        let announcers = Set(procedures.compactMap { $0.announcedBy?.value })
        announcingDecisions = announcers.count
        forms = catalog.forms.count
        templates = catalog.templates.count
    }

    /// Most frequent first, ties by key, so output is stable.
    static func tally(_ keys: [String], name: (String) -> String? = { _ in nil }) -> [Count] {
        var counts: [String: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        return counts.map { Count(key: $0.key, name: name($0.key), count: $0.value) }
            .sorted { ($0.count, $1.key) > ($1.count, $0.key) }
    }

    /// In a fixed order of categories.
    static func tally(_ keys: [String], order: [String]) -> [Count] {
        var counts: [String: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        return order.compactMap { key in counts[key].map { Count(key: key, name: nil, count: $0) } }
    }

    /// Deadlines grouped by their base value, shortest first (same day, hours, working days, calendar days).
    static func deadlineTally(_ durations: [WorkDuration]) -> [Count] {
        var counts: [WorkDuration.Term: Int] = [:]
        for duration in durations { counts[duration.base, default: 0] += 1 }
        func rank(_ term: WorkDuration.Term) -> (Int, Double) {
            switch term.unit {
            case .sameDay: (0, 0)
            case .workingHours: (1, term.amount)
            case .workingDays: (2, term.amount)
            case .calendarDays: (3, term.amount)
            }
        }
        return counts.sorted { rank($0.key) < rank($1.key) }.map {
            Count(key: $0.key.description, name: nil, count: $0.value, keyVi: $0.key.vietnameseDescription)
        }
    }
}
