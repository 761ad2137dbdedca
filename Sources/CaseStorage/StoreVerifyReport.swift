import CaseEngine

/// What `tthc case verify` found in a store, whichever its backend.
public struct StoreVerifyReport: Sendable, Encodable {
    public var artifacts = 0
    public var cases = 0
    /// One line per problem found; empty when the store is sound.
    public var problems: [String] = []
    /// Events and snapshots written before they carried checksums: checked by replay only.
    public var uncheckedEvents = 0
    public var uncheckedSnapshots = 0

    public init() {}

    /// Each case of `store`: its snapshot against a replay of its events (every store alike).
    public mutating func checkCases(of store: any CaseStoring) {
        for id in (try? store.caseIds()) ?? [] {
            cases += 1
            do {
                if let difference = try store.verify(id) {
                    problems.append("case \(id): the snapshot does not match its events: \(difference)")
                }
            } catch {
                problems.append("case \(id): \(error)")
            }
        }
    }
}
