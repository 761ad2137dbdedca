/// What a date is for the state sector, after rules and decisions.
public enum DayKind: Sendable, Hashable {
    case working
    case weekend
    case holiday(name: String, nameEn: String)
    /// The working day given back for a holiday that fell on a weekly rest day.
    case compensatory(forName: String, forNameEn: String)
    /// A working day turned into a day off by a decision.
    case swappedOff(source: String, name: String, nameEn: String)
    /// A weekend day worked in exchange ("làm bù"), by a decision.
    case workedSaturday(source: String, name: String, nameEn: String)

    public var isWorkingDay: Bool {
        switch self {
        case .working, .workedSaturday: return true
        default: return false
        }
    }

    /// Stable code for JSON and tests: working, weekend, holiday, compensatory, swapped_off, worked_saturday.
    public var code: String {
        switch self {
        case .working: return "working"
        case .weekend: return "weekend"
        case .holiday: return "holiday"
        case .compensatory: return "compensatory"
        case .swappedOff: return "swapped_off"
        case .workedSaturday: return "worked_saturday"
        }
    }

    /// Vietnamese label.
    public var name: String {
        switch self {
        case .working: return "Ngày làm việc"
        case .weekend: return "Nghỉ hằng tuần"
        case .holiday(let name, _): return name
        case .compensatory(let forName, _): return "Nghỉ bù \(forName)"
        case .swappedOff(_, let name, _), .workedSaturday(_, let name, _): return name
        }
    }

    /// English label.
    public var nameEn: String {
        switch self {
        case .working: return "Working day"
        case .weekend: return "Weekend"
        case .holiday(_, let nameEn): return nameEn
        case .compensatory(_, let forNameEn): return "Compensatory day off for \(forNameEn)"
        case .swappedOff(_, _, let nameEn), .workedSaturday(_, _, let nameEn): return nameEn
        }
    }

    /// The decision behind a swapped day, if any.
    public var source: String? {
        switch self {
        case .swappedOff(let source, _, _), .workedSaturday(let source, _, _): return source
        default: return nil
        }
    }
}

/// A dated day with its kind, for listings (`tthc holidays`) and exports.
public struct CalendarDay: Sendable, Hashable, Codable {
    public let date: CivilDate
    public let kind: DayKind

    enum CodingKeys: String, CodingKey {
        case date, weekday, kind, name
        case nameEn = "name_en"
        case source
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(date.weekday.shortName, forKey: .weekday)
        try c.encode(kind.code, forKey: .kind)
        try c.encode(kind.name, forKey: .name)
        try c.encode(kind.nameEn, forKey: .nameEn)
        try c.encodeIfPresent(kind.source, forKey: .source)
    }
}

// In an extension, so that the memberwise initializer stays.
extension CalendarDay {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decode(CivilDate.self, forKey: .date)
        let code = try c.decode(String.self, forKey: .kind)
        let name = try c.decode(String.self, forKey: .name)
        let nameEn = try c.decode(String.self, forKey: .nameEn)
        let source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        switch code {
        case "working": kind = .working
        case "weekend": kind = .weekend
        case "holiday": kind = .holiday(name: name, nameEn: nameEn)
        case "compensatory":
            kind = .compensatory(
                forName: String(name.dropFirst("Nghỉ bù ".count)),
                forNameEn: String(nameEn.dropFirst("Compensatory day off for ".count)))
        case "swapped_off": kind = .swappedOff(source: source, name: name, nameEn: nameEn)
        case "worked_saturday": kind = .workedSaturday(source: source, name: name, nameEn: nameEn)
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown day kind \(code)")
        }
    }
}
