import WorkCalendar

/// What a case is opened with: the receipt slip's facts (form 01) and the case facts the
/// procedure's conditions need.
public struct CaseOpening: Sendable, Codable, Equatable {
    /// A sub-case of an interconnected procedure names the parent case and its call step.
    public struct Parent: Sendable, Codable, Equatable {
        public var caseId: String
        public var step: String

        public init(caseId: String, step: String) {
            self.caseId = caseId
            self.step = step
        }
    }

    public var procedure: String
    public var received: LocalDateTime
    /// in-person, online or postal.
    public var channel: String
    /// The commune the case belongs to: it replaces `commune` in the procedure's references.
    public var commune: String
    /// The service centre that received the dossier (any centre in the province, Decree 118/2025);
    /// it performs every service-centre step of the case.
    public var receivingUnit: String
    public var applicant: String
    /// Declared conditions that hold, sorted.
    public var facts: [String]
    public var parent: Parent?

    public init(procedure: String, received: LocalDateTime, channel: String, commune: String, receivingUnit: String? = nil,
                applicant: String, facts: [String] = [], parent: Parent? = nil) {
        self.procedure = procedure
        self.received = received
        self.channel = channel
        self.commune = commune
        self.receivingUnit = receivingUnit ?? commune + ".pasc"
        self.applicant = applicant
        self.facts = Array(Set(facts)).sorted()
        self.parent = parent
    }
}
