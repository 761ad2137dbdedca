import Diagnostics
import WorkCalendar

/// A field (lĩnh vực) as the national database groups procedures.
public struct Field: Sendable {
    public var id: String
    public var name: String
    public var nameEn: String?
    public var range: SourceRange
}

public enum LegalDocumentKind: String, Sendable, CaseIterable {
    case law, code, decree, circular
    case jointCircular = "joint-circular"
    case resolution, decision
    case officialLetter = "official-letter"
}

public enum Provenance: String, Sendable, CaseIterable {
    case confirmed, secondary, unverified, synthetic
}

public struct LegalDocument: Sendable {
    public var id: String
    public var number: String
    public var kind: LegalDocumentKind
    public var title: String
    public var titleEn: String?
    public var issuer: String
    /// nil when the issue date is not known.
    public var issued: CivilDate?
    public var effective: CivilDate
    public var expires: CivilDate?
    public var replaces: [Located<String>]
    public var provenance: Provenance?
    public var range: SourceRange
    /// The document that takes over when this one ends (`replaced_by`).
    public var replacedBy: Located<String>? = nil
    /// Where `expires` is written, for diagnostics at the value.
    public var expiresRange: SourceRange? = nil
}

public struct Form: Sendable {
    public var id: String
    public var code: String?
    public var name: String
    public var nameEn: String?
    public var legalBasis: Located<String>?
    public var range: SourceRange
}
