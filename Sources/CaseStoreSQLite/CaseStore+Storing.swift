import CaseEngine
import CaseStorage

extension CaseStore: CaseStoring {
    public var location: String { path }

    /// The protocol's opening, without the applicant's personal data (`open(_:artifactHash:idempotencyKey:applicant:)`
    /// keeps them, in this store only).
    public func open(_ opening: CaseOpening, artifactHash: String, idempotencyKey: String?) throws(CaseError)
        -> StoreReceipt
    {
        try open(opening, artifactHash: artifactHash, idempotencyKey: idempotencyKey, applicant: nil)
    }
}
