import CaseEngine
import Foundation

/// The cases a `PortableCaseStore` wrote last, as its committed writes left them: the next write
/// of such a case starts from here instead of reading the case's snapshot (a round trip, and its
/// decoding). A state kept here may be stale (another process or another handle may have
/// written the case since), and that is safe: every write of a case inserts the case's next
/// event, whose primary key refuses it when another writer took that version first; the backend
/// then runs the write again (`StoreBackend`), and as `take` removed the state, the second run
/// reads the case as it is.
final class RecentCases: @unchecked Sendable {
    private let lock = NSLock()
    private var states: [String: CaseState] = [:]
    /// The most cases kept (a state is a few kilobytes); past it, an arbitrary one is dropped.
    let capacity: Int

    init(capacity: Int = 4096) { self.capacity = capacity }

    /// The state kept for `id`, removed: of two writes of one case in this process, one starts from it.
    func take(_ id: String) -> CaseState? {
        lock.withLock { states.removeValue(forKey: id) }
    }

    /// Keeps the case a committed write left (not a replay, which wrote nothing), unless a later
    /// version of it is kept (two writes of one case ending at once).
    func keep(_ receipt: StoreReceipt) {
        guard !receipt.replayed, let state = receipt.state, state.id == receipt.caseId else { return }
        lock.withLock {
            if let kept = states[state.id], kept.version > state.version { return }
            if states.count >= capacity, states[state.id] == nil, let any = states.keys.first {
                states.removeValue(forKey: any)
            }
            states[state.id] = state
        }
    }
}
