import WorkCalendar

/// What a case is opened with: the receipt slip's facts (form 01) and the case facts the
/// procedure's conditions need.
public struct CaseOpening: Sendable, Codable, Equatable {
    /// A sub-case of an interconnected procedure names the parent case and its call step.
    public struct Parent: Sendable, Codable, Equatable {
        public var caseId: String
        public var step: Name

        public init(caseId: String, step: Name) {
            self.caseId = caseId
            self.step = step
        }
    }

    public var procedure: String
    public var received: LocalDateTime
    /// in-person, online or postal.
    public var channel: String
    /// The commune the case belongs to: it replaces `commune` in the procedure's references.
    public var commune: Name
    /// The service centre that received the dossier (any centre in the province, Decree 118/2025);
    /// it performs every service-centre step of the case.
    public var receivingUnit: Name
    public var applicant: String
    /// Declared conditions that hold, sorted.
    public var facts: [Name]
    public var parent: Parent?

    public init(
        procedure: String, received: LocalDateTime, channel: String, commune: String, receivingUnit: String? = nil,
        applicant: String, facts: [String] = [], parent: Parent? = nil
    ) {
        self.procedure = procedure
        self.received = received
        self.channel = channel
        self.commune = Name(commune)
        self.receivingUnit = Name(receivingUnit ?? commune + ".pasc")
        self.applicant = applicant
        self.facts = Set(facts).sorted().map { Name($0) }
        self.parent = parent
    }
}
