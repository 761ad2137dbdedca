import CaseEngine

/// What a request left in the store: the case and its version after it, the events written (on
/// this case and related ones), and whether it was a retry answered from the idempotency table.
public struct StoreReceipt: Sendable {
    public var caseId: String
    public var version: Int
    public var effects: [CaseEffect]
    /// True when the idempotency key had been used for this same request: nothing was written.
    public var replayed: Bool
    /// The case after the request, as the transaction decided it (nil for a replay): the answer
    /// to a request needs no second read.
    public var state: CaseState?

    package init(caseId: String, version: Int, effects: [CaseEffect], replayed: Bool, state: CaseState? = nil) {
        self.caseId = caseId
        self.version = version
        self.effects = effects
        self.replayed = replayed
        self.state = state
    }

    /// The receipt of a request a write session's book applied: `caseId` at its version now.
    package init(caseId: String, effects: [CaseEffect], appliedIn book: CaseBook?) {
        self.init(
            caseId: caseId, version: book?.version(of: caseId) ?? 0, effects: effects, replayed: false,
            state: book?[caseId])
    }
}
