import Foundation
import GRDB
import WorkCalendar
import WorkflowCompiler

/// What a request left in the store: the case and its version after it, the events written (on
/// this case and related ones), and whether it was a retry answered from the idempotency table.
public struct StoreReceipt: Sendable {
    public var caseId: String
    public var version: Int
    public var effects: [CaseEffect]
    /// True when the idempotency key had been used for this same request: nothing was written.
    public var replayed: Bool
}

extension CaseStore {
    /// Opens a case on a registered artifact; the store assigns its id (`C000001`, …).
    @discardableResult
    public func open(_ opening: CaseOpening, artifactHash: String, idempotencyKey: String? = nil) throws(CaseError) -> StoreReceipt {
        let request = "open \(artifactHash) \(opening.procedure) \(opening.received) \(opening.channel) \(opening.commune) \(opening.receivingUnit) \(opening.applicant) \(opening.facts.joined(separator: ","))"
        return try transaction { db in
            if let key = idempotencyKey, let earlier = try previous(key, request: request, in: db) { return earlier }
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM artifact_procedures WHERE hash = ? AND code = ?", arguments: [artifactHash, opening.procedure]) ?? false else {
                let count = try Int.fetchOne(db, sql: "SELECT procedure_count FROM artifacts WHERE hash = ?", arguments: [artifactHash]) ?? 0
                throw CaseError.usage("no procedure \(opening.procedure) in the artifact (\(count) procedures)")
            }
            let interpreter = try interpreter(artifactHash, for: opening.procedure, in: db)
            let opened = try interpreter.open(opening)
            let id = try nextCaseId(in: db)
            let receipt = try write([CaseEffect(caseId: id, event: opened)], loaded: [:], in: db)
            if let key = idempotencyKey { try remember(key, request: request, receipt, in: db) }
            return receipt
        }
    }

    /// Opens many cases in one transaction; returns their ids in order.
    @discardableResult
    public func openBatch(_ openings: [CaseOpening], artifactHash: String) throws(CaseError) -> [String] {
        try transaction { db in
            var ids: [String] = []
            _ = try interpreter(artifactHash, covering: Set(openings.map(\.procedure)), in: db)
            for opening in openings {
                let opened = try interpreter(artifactHash, for: opening.procedure, in: db).open(opening)
                let id = try nextCaseId(in: db)
                _ = try write([CaseEffect(caseId: id, event: opened)], loaded: [:], in: db)
                ids.append(id)
            }
            return ids
        }
    }

    /// Records a request on a case: checked against its idempotency key, the expected version,
    /// then the graph; a refusal writes nothing.
    @discardableResult
    public func record(_ command: CaseCommand, on caseId: String, expectedVersion: Int? = nil, idempotencyKey: String? = nil) throws(CaseError) -> StoreReceipt {
        try transaction { db in try record(command, on: caseId, expectedVersion: expectedVersion, idempotencyKey: idempotencyKey, in: db) }
    }

    /// Many requests in one transaction (one fsync): the batched path of imports and the simulation.
    /// All are applied or, if one fails, none.
    @discardableResult
    public func recordBatch(_ requests: [(caseId: String, command: CaseCommand)]) throws(CaseError) -> Int {
        try transaction { db in
            var loaded: [String: CaseState] = [:]
            var dirty: Set<String> = []
            var written = 0
            // Load every procedure the batch needs at once, not one rebuild per new procedure.
            var byHash: [String: Set<String>] = [:]
            let lookup = try db.cachedStatement(sql: "SELECT artifact_hash, procedure FROM cases WHERE id = ?")
            for id in Set(requests.map(\.caseId)) {
                if let row = try Row.fetchOne(lookup, arguments: [id]) { byHash[row["artifact_hash"], default: []].insert(row["procedure"]) }
            }
            for (hash, codes) in byHash { _ = try interpreter(hash, covering: codes, in: db) }
            for (caseId, command) in requests {
                let effects = try decide(command, on: caseId, expectedVersion: nil, loaded: &loaded, in: db)
                written += try append(effects, loaded: &loaded, dirty: &dirty, in: db)
            }
            for id in dirty { if let state = loaded[id] { try saveState(state, in: db) } }
            return written
        }
    }

    func record(_ command: CaseCommand, on caseId: String, expectedVersion: Int?, idempotencyKey: String?, in db: Database) throws -> StoreReceipt {
        let request = "event \(caseId) \(command.kind.rawValue) step=\(command.step ?? "") actor=\(command.actor ?? "") at=\(command.at) reason=\(command.reason ?? "") fact=\(command.fact ?? "") amount=\(command.amount.map(String.init) ?? "") due=\(command.due.map(\.description) ?? "") expect=\(expectedVersion.map(String.init) ?? "")"
        if let key = idempotencyKey, let earlier = try previous(key, request: request, in: db) { return earlier }
        var loaded: [String: CaseState] = [:]
        let effects = try decide(command, on: caseId, expectedVersion: expectedVersion, loaded: &loaded, in: db)
        let receipt = try write(effects, loaded: loaded, in: db)
        if let key = idempotencyKey { try remember(key, request: request, receipt, in: db) }
        return receipt
    }

    private func decide(_ command: CaseCommand, on caseId: String, expectedVersion: Int?, loaded: inout [String: CaseState], in db: Database) throws -> [CaseEffect] {
        guard let state = try loaded[caseId] ?? loadState(caseId, in: db) else { throw CaseError.unknownCase(caseId) }
        loaded[caseId] = state
        if let expected = expectedVersion, expected != state.version {
            throw CaseError.staleVersion(caseId: caseId, expected: expected, actual: state.version)
        }
        let interpreter = try interpreter(state.artifactHash, for: state.procedure, in: db)
        var lookupError: Error?
        var cache = loaded
        let effects = try interpreter.decide(command, for: state) { id in
            if let known = cache[id] { return known }
            do {
                let found = try loadState(id, in: db)
                cache[id] = found
                return found
            } catch {
                lookupError = error
                return nil
            }
        }
        if let lookupError { throw lookupError }
        loaded = cache
        return effects
    }

    /// Applies effects to their cases and writes the events and snapshots.
    private func write(_ effects: [CaseEffect], loaded: [String: CaseState], in db: Database) throws -> StoreReceipt {
        var states = loaded
        var dirty: Set<String> = []
        _ = try append(effects, loaded: &states, dirty: &dirty, in: db)
        for id in dirty { if let state = states[id] { try saveState(state, in: db) } }
        let first = effects[0].caseId
        return StoreReceipt(caseId: first, version: states[first]?.version ?? 0, effects: effects, replayed: false)
    }

    /// Evolves each effect's case and inserts its event row; snapshots are saved by the caller.
    private func append(_ effects: [CaseEffect], loaded: inout [String: CaseState], dirty: inout Set<String>, in db: Database) throws -> Int {
        let recordedAt = Self.now()
        for effect in effects {
            var state: CaseState
            if effect.event.kind == .opened {
                guard let hash = effect.event.artifact, let opening = effect.event.opening else { throw CaseError.storage("an opened event without its opening") }
                if try loaded[effect.caseId] != nil || loadState(effect.caseId, in: db) != nil { throw CaseError.storage("case \(effect.caseId) exists already") }
                state = try interpreter(hash, for: opening.procedure, in: db).begin(id: effect.caseId, with: effect.event)
            } else {
                guard let known = try loaded[effect.caseId] ?? loadState(effect.caseId, in: db) else { throw CaseError.unknownCase(effect.caseId) }
                state = known
                try interpreter(state.artifactHash, for: state.procedure, in: db).evolve(&state, effect.event)
            }
            try EventRows.insert(effect.event, caseId: effect.caseId, version: state.version, recordedAt: recordedAt, in: db)
            loaded[effect.caseId] = state
            dirty.insert(effect.caseId)
        }
        return effects.count
    }

    private func nextCaseId(in db: Database) throws -> String {
        try db.execute(sql: "INSERT INTO counters (name, value) VALUES ('case', 1) ON CONFLICT(name) DO UPDATE SET value = value + 1")
        let n = try Int.fetchOne(db, sql: "SELECT value FROM counters WHERE name = 'case'") ?? 1
        let digits = String(n)
        return "C" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The earlier answer to a retried request, or nil for a new key; a key reused for another
    /// request is refused.
    private func previous(_ key: String, request: String, in db: Database) throws -> StoreReceipt? {
        guard let row = try Row.fetchOne(db, sql: "SELECT request, case_id, version FROM idempotency WHERE key = ?", arguments: [key]) else { return nil }
        let first: String = row["request"]
        guard first == request else { throw CaseError.keyReused(key: key, firstUse: first) }
        return StoreReceipt(caseId: row["case_id"], version: row["version"], effects: [], replayed: true)
    }

    private func remember(_ key: String, request: String, _ receipt: StoreReceipt, in db: Database) throws {
        try db.execute(sql: "INSERT INTO idempotency (key, request, case_id, version) VALUES (?, ?, ?, ?)",
                       arguments: [key, request, receipt.caseId, receipt.version])
    }
}
