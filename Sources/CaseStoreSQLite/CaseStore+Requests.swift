import CaseEngine
import CaseStorage
import Foundation
import GRDB
import WorkCalendar
import WorkflowCompiler

extension CaseStore {
    /// Opens a case on a registered artifact; the store assigns its id (`C000001`, …).
    @discardableResult
    public func open(
        _ opening: CaseOpening, artifactHash: String, idempotencyKey: String? = nil,
        applicant details: ApplicantDetails? = nil
    ) throws(CaseError) -> StoreReceipt {
        try StoreConventions.checkIdempotencyKey(idempotencyKey)
        let request = StoreConventions.openRequest(opening, artifactHash: artifactHash)
        return try transaction { db in
            if let key = idempotencyKey, let earlier = try previous(key, request: request, in: db) { return earlier }
            guard
                try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM artifact_procedures WHERE hash = ? AND code = ?",
                    arguments: [artifactHash, opening.procedure]) ?? false
            else {
                let count =
                    try Int.fetchOne(
                        db, sql: "SELECT procedure_count FROM artifacts WHERE hash = ?", arguments: [artifactHash]) ?? 0
                throw CaseError.usage(.noProcedure(procedure: opening.procedure, procedures: count))
            }
            let interpreter = try interpreter(artifactHash, for: opening.procedure, in: db)
            let effects = [CaseEffect(caseId: try nextCaseId(in: db), event: try interpreter.open(opening))]
            var session = try WriteSession(db, interpreter: interpreter)
            try session.open(effects, store: self)
            let receipt = try session.finish(effects[0].caseId, effects: effects)
            if let details { try Self.saveApplicant(details, caseId: receipt.caseId, in: db) }
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
            var session = try WriteSession(db, interpreter: interpreter)
            for opening in openings {
                let id = StoreConventions.caseId(number)
                number += 1
                try session.open([CaseEffect(caseId: id, event: try interpreter.open(opening))], store: self)
                ids.append(id)
            }
            try session.saveSnapshots()
            return ids
        }
    }

    /// Records a request on a case: checked against its idempotency key, the expected version,
    /// then the graph; a refusal writes nothing.
    @discardableResult
    public func record(
        _ command: CaseCommand, on caseId: String, expectedVersion: Int? = nil, idempotencyKey: String? = nil
    ) throws(CaseError) -> StoreReceipt {
        try StoreConventions.checkIdempotencyKey(idempotencyKey)
        return try transaction { db in
            try record(command, on: caseId, expectedVersion: expectedVersion, idempotencyKey: idempotencyKey, in: db)
        }
    }

    /// Many requests in one transaction (one fsync): the batched path of imports and the simulation.
    /// All are applied or, if one fails, none.
    @discardableResult
    public func recordBatch(_ requests: [(caseId: String, command: CaseCommand)]) throws(CaseError) -> Int {
        try transaction { db in
            // Load every procedure the batch needs at once, not one rebuild per new procedure.
            var byHash: [String: Set<String>] = [:]
            for id in Set(requests.map(\.caseId)) {
                if let pin = try pin(of: id, in: db) { byHash[pin.hash, default: []].insert(pin.procedure) }
            }
            var first: CaseInterpreter?
            for (hash, codes) in byHash.sorted(by: { $0.key < $1.key }) {
                let loaded = try interpreter(hash, covering: codes, in: db)
                if first == nil { first = loaded }
            }
            guard let first else {
                guard let id = requests.first?.caseId else { return 0 }
                throw CaseError.unknownCase(id)
            }
            var session = try WriteSession(db, interpreter: first)
            var written = 0
            for (caseId, command) in requests {
                written += try session.handle(command, on: caseId, expectedVersion: nil, store: self).count
            }
            try session.saveSnapshots()
            return written
        }
    }

    func record(
        _ command: CaseCommand, on caseId: String, expectedVersion: Int?, idempotencyKey: String?, in db: Database
    ) throws -> StoreReceipt {
        let request = StoreConventions.eventRequest(command, on: caseId, expectedVersion: expectedVersion)
        if let key = idempotencyKey, let earlier = try previous(key, request: request, in: db) { return earlier }
        guard let pin = try pin(of: caseId, in: db) else { throw CaseError.unknownCase(caseId) }
        var session = try WriteSession(db, interpreter: try interpreter(pin.hash, for: pin.procedure, in: db))
        let effects = try session.handle(command, on: caseId, expectedVersion: expectedVersion, store: self)
        let receipt = try session.finish(caseId, effects: effects)
        if let key = idempotencyKey { try remember(key, request: request, receipt, in: db) }
        return receipt
    }

    /// The artifact and procedure a case is pinned to; nil: no such case.
    private func pin(of caseId: String, in db: Database) throws -> (hash: String, procedure: String)? {
        let lookup = try db.cachedStatement(sql: "SELECT artifact_hash, procedure FROM cases WHERE id = ?")
        return try Row.fetchOne(lookup, arguments: [caseId]).map { ($0["artifact_hash"], $0["procedure"]) }
    }

    private func nextCaseId(in db: Database) throws -> String {
        StoreConventions.caseId(try reserveCaseNumbers(1, in: db))
    }

    /// Reserves `count` consecutive case numbers (one write for a whole batch); returns the first.
    private func reserveCaseNumbers(_ count: Int, in db: Database) throws -> Int {
        var bump = try FastStatement(
            """
            INSERT INTO counters (name, value) VALUES ('case', ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value
            """, in: db)
        bump.bind(count)
        try bump.run()
        var read = try FastStatement("SELECT value FROM counters WHERE name = 'case'", in: db)
        return (try read.firstInt() ?? count) - count + 1
    }

    /// The earlier answer to a retried request, or nil for a new key; a key reused for another
    /// request is refused.
    private func previous(_ key: String, request: String, in db: Database) throws -> StoreReceipt? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT request, case_id, version FROM idempotency WHERE key = ?", arguments: [key])
        else { return nil }
        let first: String = row["request"]
        guard first == request else { throw CaseError.keyReused(key: key, firstUse: first) }
        return StoreReceipt(caseId: row["case_id"], version: row["version"], effects: [], replayed: true)
    }

    private func remember(_ key: String, request: String, _ receipt: StoreReceipt, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO idempotency (key, request, case_id, version) VALUES (?, ?, ?, ?)",
            arguments: [key, request, receipt.caseId, receipt.version])
    }
}
