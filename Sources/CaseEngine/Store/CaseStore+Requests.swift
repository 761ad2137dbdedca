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
        let request = "open \(artifactHash) \(opening.procedure) \(opening.received) \(opening.channel) \(opening.commune) \(opening.receivingUnit) \(opening.applicant) \(opening.facts.map(\.text).joined(separator: ","))"
        return try transaction { db in
            if let key = idempotencyKey, let earlier = try previous(key, request: request, in: db) { return earlier }
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM artifact_procedures WHERE hash = ? AND code = ?", arguments: [artifactHash, opening.procedure]) ?? false else {
                let count = try Int.fetchOne(db, sql: "SELECT procedure_count FROM artifacts WHERE hash = ?", arguments: [artifactHash]) ?? 0
                throw CaseError.usage("no procedure \(opening.procedure) in the artifact (\(count) procedures)")
            }
            let interpreter = try interpreter(artifactHash, for: opening.procedure, in: db)
            let opened = try interpreter.open(opening)
            let id = try nextCaseId(in: db)
            var session = WriteSession(db)
            try append([CaseEffect(caseId: id, event: opened)], to: &session)
            let receipt = try session.finish(id, effects: [CaseEffect(caseId: id, event: opened)])
            if let key = idempotencyKey { try remember(key, request: request, receipt, in: db) }
            return receipt
        }
    }

    /// Opens many cases in one transaction; returns their ids in order.
    @discardableResult
    public func openBatch(_ openings: [CaseOpening], artifactHash: String) throws(CaseError) -> [String] {
        try transaction { db in
            var ids: [String] = []
            ids.reserveCapacity(openings.count)
            let interpreter = try interpreter(artifactHash, covering: Set(openings.map(\.procedure)), in: db)
            var number = try reserveCaseNumbers(openings.count, in: db)
            var session = WriteSession(db)
            for opening in openings {
                let id = Self.caseId(number)
                number += 1
                try append([CaseEffect(caseId: id, event: try interpreter.open(opening))], to: &session)
                ids.append(id)
            }
            try session.saveSnapshots()
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
            var session = WriteSession(db)
            var written = 0
            // Load every procedure the batch needs at once, not one rebuild per new procedure.
            var byHash: [String: Set<String>] = [:]
            let lookup = try db.cachedStatement(sql: "SELECT artifact_hash, procedure FROM cases WHERE id = ?")
            for id in Set(requests.map(\.caseId)) {
                if let row = try Row.fetchOne(lookup, arguments: [id]) { byHash[row["artifact_hash"], default: []].insert(row["procedure"]) }
            }
            for (hash, codes) in byHash { _ = try interpreter(hash, covering: codes, in: db) }
            var effects: [CaseEffect] = []
            for (caseId, command) in requests {
                effects.removeAll(keepingCapacity: true)
                try decide(command, on: caseId, expectedVersion: nil, into: &effects, session: &session)
                try append(effects, to: &session)
                written += effects.count
            }
            try session.saveSnapshots()
            return written
        }
    }

    func record(_ command: CaseCommand, on caseId: String, expectedVersion: Int?, idempotencyKey: String?, in db: Database) throws -> StoreReceipt {
        let request = "event \(caseId) \(command.kind.rawValue) step=\(command.step ?? "") actor=\(command.actor ?? "") at=\(command.at) reason=\(command.reason ?? "") fact=\(command.fact ?? "") amount=\(command.amount.map(String.init) ?? "") due=\(command.due.map(\.description) ?? "") expect=\(expectedVersion.map(String.init) ?? "")"
        if let key = idempotencyKey, let earlier = try previous(key, request: request, in: db) { return earlier }
        var session = WriteSession(db)
        var effects: [CaseEffect] = []
        try decide(command, on: caseId, expectedVersion: expectedVersion, into: &effects, session: &session)
        try append(effects, to: &session)
        let receipt = try session.finish(caseId, effects: effects)
        if let key = idempotencyKey { try remember(key, request: request, receipt, in: db) }
        return receipt
    }

    /// What one write transaction works on: the cases it has loaded (changed in place), those it
    /// changed (their snapshots are saved once, at the end), and the time its rows are stamped with.
    struct WriteSession {
        let db: Database
        let recordedAt = CaseStore.now()
        var loaded: [String: CaseState] = [:]
        /// Changed cases, in the order they were first changed.
        var dirty: [String] = []
        private var isDirty: Set<String> = []

        init(_ db: Database) { self.db = db }

        mutating func changed(_ id: String) {
            if isDirty.insert(id).inserted { dirty.append(id) }
        }

        func saveSnapshots() throws {
            for id in dirty { if let state = loaded[id] { try CaseStore.saveState(state, in: db) } }
        }

        /// Saves the snapshots; the receipt names `caseId` at its new version.
        func finish(_ caseId: String, effects: [CaseEffect]) throws -> StoreReceipt {
            try saveSnapshots()
            return StoreReceipt(caseId: caseId, version: loaded[caseId]?.version ?? 0, effects: effects, replayed: false)
        }
    }

    /// The case `id` in the session, read from its snapshot the first time.
    private func load(_ id: String, into session: inout WriteSession) throws -> Bool {
        if session.loaded[id] != nil { return true }
        guard let state = try Self.loadState(id, in: session.db) else { return false }
        session.loaded[id] = state
        return true
    }

    private func decide(_ command: CaseCommand, on caseId: String, expectedVersion: Int?, into effects: inout [CaseEffect],
                        session: inout WriteSession) throws {
        guard try load(caseId, into: &session), let version = session.loaded[caseId]?.version,
              let hash = session.loaded[caseId]?.artifactHash, let procedure = session.loaded[caseId]?.procedure else {
            throw CaseError.unknownCase(caseId)
        }
        if let expected = expectedVersion, expected != version {
            throw CaseError.staleVersion(caseId: caseId, expected: expected, actual: version)
        }
        let interpreter = try interpreter(hash, for: procedure, in: session.db)
        // The case is taken out of the session while it is decided on, so the session can be read
        // (and grow) at once; related cases (a parent, sub-cases) come from the session, else from
        // their snapshots.
        var state = session.loaded.removeValue(forKey: caseId)!
        defer { session.loaded[caseId] = state }
        var lookupError: Error?
        try interpreter.decide(command, in: &state, program: interpreter.program(state), into: &effects) { id in
            if let known = session.loaded[id] { return known }
            do {
                let found = try Self.loadState(id, in: session.db)
                session.loaded[id] = found
                return found
            } catch {
                lookupError = error
                return nil
            }
        }
        if let lookupError { throw lookupError }
    }

    /// Evolves each effect's case in place and inserts its event row; snapshots are saved at the end.
    private func append(_ effects: [CaseEffect], to session: inout WriteSession) throws {
        for effect in effects {
            let id = effect.caseId
            if effect.event.kind == .opened {
                guard let hash = effect.event.artifact, let opening = effect.event.opening else { throw CaseError.storage("an opened event without its opening") }
                if try load(id, into: &session) { throw CaseError.storage("case \(id) exists already") }
                session.loaded[id] = try interpreter(hash, for: opening.procedure, in: session.db).begin(id: id, with: effect.event)
            } else {
                guard try load(id, into: &session), let hash = session.loaded[id]?.artifactHash, let procedure = session.loaded[id]?.procedure else {
                    throw CaseError.unknownCase(id)
                }
                let interpreter = try interpreter(hash, for: procedure, in: session.db)
                // In place: a copy out of the dictionary would share the state's arrays, and the
                // first change would copy them all.
                interpreter.evolve(&session.loaded[id]!, effect.event, program: interpreter.programs[procedure])
            }
            try EventRows.insert(effect.event, caseId: id, version: session.loaded[id]!.version, recordedAt: session.recordedAt, in: session.db)
            session.changed(id)
        }
    }

    private func nextCaseId(in db: Database) throws -> String {
        Self.caseId(try reserveCaseNumbers(1, in: db))
    }

    /// Reserves `count` consecutive case numbers (one write for a whole batch); returns the first.
    private func reserveCaseNumbers(_ count: Int, in db: Database) throws -> Int {
        var bump = try FastStatement("""
            INSERT INTO counters (name, value) VALUES ('case', ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value
            """, in: db)
        bump.bind(count)
        try bump.run()
        var read = try FastStatement("SELECT value FROM counters WHERE name = 'case'", in: db)
        return (try read.firstInt() ?? count) - count + 1
    }

    /// `C000001`: at least six digits.
    static func caseId(_ number: Int) -> String {
        let digits = String(number)
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
