import CaseEngine
import Foundation

/// The commune and receiving unit of the cases this server has seen. They are fixed when a case
/// is opened, so an event on a known case is checked against its token without reading the case
/// first; an unknown case (opened elsewhere, or before a restart) is read once.
final class CaseOwners: @unchecked Sendable {
    struct Owner: Sendable {
        var commune: String
        var receivingUnit: String

        init(_ state: CaseState) {
            commune = state.opening.commune.text
            receivingUnit = state.opening.receivingUnit.text
        }
    }

    /// Bounded memory: past this many cases the table starts again (each is then read once more).
    static let capacity = 200_000
    private let lock = NSLock()
    private var owners: [String: Owner] = [:]

    subscript(caseId: String) -> Owner? { lock.withLock { owners[caseId] } }

    func remember(_ state: CaseState) {
        lock.withLock {
            if owners.count >= Self.capacity { owners.removeAll(keepingCapacity: true) }
            owners[state.id] = Owner(state)
        }
    }
}
