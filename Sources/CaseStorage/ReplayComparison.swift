import CaseEngine

/// What `verify` says of one case, whatever the store: nil when replaying its events gives the
/// stored snapshot, else what differs, in words. `interpreter` finds the artifact a case was opened
/// on; its failure (a damaged artifact) is thrown rather than reported as a difference.
public enum ReplayComparison {
    public static func compare(
        id: String, snapshot: CaseState, events: [StoredEvent], interpreter: (String) throws -> CaseInterpreter
    ) throws -> String? {
        for (i, stored) in events.enumerated() where stored.version != i + 1 {
            return "event versions are not 1…\(events.count): found \(stored.version) at position \(i + 1)"
        }
        var failure: Error?
        let replayed = CaseInterpreter.replay(id: id, events.map(\.event)) { hash in
            do { return try interpreter(hash) } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw failure }
        guard let replayed else {
            return "the events cannot be replayed (no opened event, or its artifact is missing)"
        }
        if replayed == snapshot { return nil }
        return
            "replaying \(events.count) events gives version \(replayed.version), status \(replayed.status.rawValue), "
            + "\(replayed.visits.count) visits; the snapshot has version \(snapshot.version), status \(snapshot.status.rawValue), \(snapshot.visits.count) visits"
    }
}
