/// A yearly government decision that overrides the rules: swapped days off, Saturdays worked
/// in exchange, and the official Tết (or National Day) days. Mirrors `Catalog/calendar/YYYY.yaml`.
public struct OfficialDecision: Sendable, Hashable, Codable {
    /// How sure we are of the decision (the labels of docs/DOMAIN.md).
    public enum Provenance: String, Sendable, Hashable, Codable, CaseIterable {
        case confirmed, secondary, unverified

        /// "đã xác minh", "nguồn thứ cấp", "chưa xác minh".
        public var vietnameseLabel: String {
            switch self {
            case .confirmed: "đã xác minh"
            case .secondary: "nguồn thứ cấp"
            case .unverified: "chưa xác minh"
            }
        }
    }

    /// A dated line of a decision.
    public struct Day: Sendable, Hashable, Codable {
        public let date: CivilDate
        public let name: String
        public let nameEn: String

        public init(_ date: CivilDate, name: String, nameEn: String) {
            self.date = date
            self.name = name
            self.nameEn = nameEn
        }

        enum CodingKeys: String, CodingKey {
            case date, name
            case nameEn = "name_en"
        }
    }

    public let source: String
    public let sourceEn: String
    public let provenance: Provenance
    /// Working days declared days off (usually swapped for a Saturday).
    public let daysOff: [Day]
    /// Weekend days declared working days ("làm bù").
    public let workingDays: [Day]
    /// The official Tết days of that year; when present they replace the rules' Tết days.
    public let tetDays: [CivilDate]
    /// The official National Day days (2/9 and its adjacent day); when present they replace the rules'.
    public let nationalDayDays: [CivilDate]

    public init(
        source: String, sourceEn: String = "", provenance: Provenance = .confirmed,
        daysOff: [Day] = [], workingDays: [Day] = [], tetDays: [CivilDate] = [], nationalDayDays: [CivilDate] = []
    ) {
        self.source = source
        self.sourceEn = sourceEn
        self.provenance = provenance
        self.daysOff = daysOff
        self.workingDays = workingDays
        self.tetDays = tetDays
        self.nationalDayDays = nationalDayDays
    }

    /// Group replacements, keyed by `HolidayRuleSet.Group.id`.
    var groupOverrides: [(group: String, dates: [CivilDate])] {
        [("tet", tetDays), ("national-day", nationalDayDays)].filter { !$0.dates.isEmpty }
    }

    enum CodingKeys: String, CodingKey {
        case source
        case sourceEn = "source_en"
        case provenance
        case daysOff = "days_off"
        case workingDays = "working_days"
        case tetDays = "tet_days"
        case nationalDayDays = "national_day_days"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        sourceEn = try c.decodeIfPresent(String.self, forKey: .sourceEn) ?? ""
        provenance = try c.decodeIfPresent(Provenance.self, forKey: .provenance) ?? .unverified
        daysOff = try c.decodeIfPresent([Day].self, forKey: .daysOff) ?? []
        workingDays = try c.decodeIfPresent([Day].self, forKey: .workingDays) ?? []
        tetDays = try c.decodeIfPresent([CivilDate].self, forKey: .tetDays) ?? []
        nationalDayDays = try c.decodeIfPresent([CivilDate].self, forKey: .nationalDayDays) ?? []
    }
}
