/// An event as a store keeps it: its case, its version (1 for `opened`), and when it was written.
/// Part of the model, not of a store, because what people read (the timeline of `tthc case show`)
/// lists events with their versions and times whichever store kept them.
public struct StoredEvent: Sendable, Equatable {
    public var caseId: String
    public var version: Int
    public var event: CaseEvent
    /// Wall-clock UTC time of the commit, ISO 8601.
    public var recordedAt: String

    public init(caseId: String, version: Int, event: CaseEvent, recordedAt: String) {
        self.caseId = caseId
        self.version = version
        self.event = event
        self.recordedAt = recordedAt
    }
}
