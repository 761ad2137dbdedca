@testable import CaseEngine
@testable import CaseStorage
@testable import CaseStoreSQLite

extension CaseStore {
    /// Overwrites a snapshot behind the events' back, so a test can check that `verify` notices.
    func tamper(_ id: String, _ change: (inout CaseState) -> Void) throws {
        try transaction { db in
            guard var state = try CaseStore.loadState(id, in: db) else { return }
            change(&state)
            try CaseStore.saveState(state, in: db)
        }
    }
}

extension PortableCaseStore {
    /// The same on a shared store (PostgreSQL): the snapshot row rewritten, the events untouched.
    func tamper(_ id: String, _ change: (inout CaseState) -> Void) throws {
        try write { w in
            guard let bytes = try w.lockedSnapshot(id) else { return }
            var state = try SnapshotCodec.decode(bytes)
            change(&state)
            try w.saveSnapshot(PortableCaseStore.row(state))
        }
    }
}
