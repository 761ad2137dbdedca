import Diagnostics

public enum UnitKind: String, Sendable, CaseIterable {
    case peopleCommittee = "people-committee"
    case specializedAgency = "specialized-agency"
    case division
    case serviceCenter = "service-center"
    case publicServiceUnit = "public-service-unit"
    case deconcentratedAgency = "deconcentrated-agency"
}

/// The two levels of local government since 2025-07-01.
public enum Level: String, Sendable, CaseIterable, Comparable {
    case province, commune

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
}

public struct Role: Sendable {
    public var id: String
    public var name: String
    public var nameEn: String?
    public var range: SourceRange
    /// The official name in full (`full_name`, `full_name_en`); in the `commune` structure
    /// `{commune}` stands for the case's commune ("Chủ tịch Ủy ban nhân dân {commune}").
    public var fullName: String? = nil
    public var fullNameEn: String? = nil
}

/// A unit: an agency, a division or a service centre. `id` is the full dotted id.
public struct Unit: Sendable {
    public var id: String
    public var kind: UnitKind
    public var level: Level
    public var name: String
    public var nameEn: String?
    public var parent: String?
    public var roles: [Role]
    public var range: SourceRange
    /// As for `Role.fullName`: "Trung tâm Phục vụ hành chính công {commune}".
    public var fullName: String? = nil
    public var fullNameEn: String? = nil
}

public enum CommuneType: String, Sendable, CaseIterable {
    case commune, ward
}

/// One commune or ward: an instance of the `commune` structure.
public struct Commune: Sendable {
    public var id: String
    public var name: String
    public var nameEn: String?
    public var type: CommuneType
    public var distanceKm: Int?
    public var range: SourceRange
}

/// What a reference names: a unit, or a role inside a unit.
public enum ResolvedReference: Sendable, Equatable {
    case unit(String)
    case role(unit: String, role: String)

    public var unitId: String {
        switch self {
        case .unit(let id): id
        case .role(let unit, _): unit
        }
    }
}
