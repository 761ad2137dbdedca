import CaseEngine

/// What every backend's write transaction (`PortableSession`, CaseStoreSQLite's `WriteSession`)
/// keeps between writing a request's events and saving the snapshots once, at the end: the cases
/// it changed, each once, in the order they first changed.
package struct ChangedCases {
    private var order: [String] = []
    private var seen: Set<String> = []

    package init() {}

    /// Hands `insert` each event of effects `book` has applied, with its case and version, and
    /// notes the case as changed. An event's version is its case's version after it: the case's
    /// version now, less the request's later events on the same case.
    package mutating func record(
        _ effects: [CaseEffect], in book: CaseBook,
        insert: (_ event: CaseEvent, _ caseId: String, _ version: Int) throws -> Void
    ) throws {
        for e in effects.indices {
            let id = effects[e].caseId
            guard let now = book.version(of: id) else { throw CaseError.storage(.caseNotApplied(id)) }
            var later = 0
            for f in effects.indices where f > e && effects[f].caseId == id { later += 1 }
            try insert(effects[e].event, id, now - later)
            if seen.insert(id).inserted { order.append(id) }
        }
    }

    /// Hands `save` the changed cases' states in order, then forgets them.
    package mutating func save(from book: CaseBook?, _ save: (CaseState) throws -> Void) throws {
        for id in order {
            guard let state = book?[id] else { continue }
            try save(state)
        }
        order.removeAll()
        seen.removeAll()
    }
}
