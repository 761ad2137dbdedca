import Diagnostics
import WorkCalendar

/// `catalog.yaml`: what the catalog is of and the working time every deadline uses.
public struct Manifest: Sendable {
    public var schemaVersion: Int
    public var jurisdictionCode: String
    public var jurisdictionName: String
    public var jurisdictionNameEn: String?
    public var timeZone: String
    public var effective: CivilDate
    public var officeHours: OfficeHours
    public var receiptCutoff: TimeOfDay
    public var clockStart: ClockStart
    public var range: SourceRange
}
