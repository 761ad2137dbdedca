import CaseEngine
import Foundation
import WorkCalendar
import WorkflowCompiler

/// A case store over any database that has transactions: the semantics of `CaseStore` (one
/// transaction per request, idempotency keys, expected versions, a `CaseBook` deciding as in
/// memory, snapshots beside the events, artifacts by content hash, migration) written once, over
/// a `StoreBackend` that only reads and writes rows. The PostgreSQL store is such a backend.
///
/// Case ids carry the jurisdiction's code (`11-C000001`), so ids are unique across provinces and
/// a backend can find a case's partition from its id.
public final class PortableCaseStore: CaseStoring, @unchecked Sendable {
    public let backend: any StoreBackend
    private let lock = NSLock()
    /// Interpreters by artifact hash: the procedures they know, or the whole artifact.
    private var interpreters: [String: (codes: Set<String>, whole: Bool, interpreter: CaseInterpreter)] = [:]
    let decoder = JSONDecoder()
    /// The cases written last, so that the next write of one needs no read (`RecentCases`).
    let recent = RecentCases()

    public init(backend: any StoreBackend) {
        self.backend = backend
    }

    public var location: String { backend.location }

    // MARK: - Artifacts

    public func register(_ artifact: CompiledCatalog) throws(CaseError) {
        try write { w in
            if try w.artifactHeader(artifact.contentHash) != nil { return }
            // The rows are the artifact's parts (`ArtifactParts`), as in the SQLite store.
            let parts = try ArtifactParts(artifact)
            let procedures = parts.procedures.map {
                ArtifactProcedureRow(code: $0.code, calls: $0.calls.joined(separator: " "), body: $0.bytes)
            }
            try w.insertArtifact(
                ArtifactRow(
                    hash: artifact.contentHash, jurisdiction: artifact.jurisdiction.code, header: parts.header,
                    procedureCount: artifact.procedures.count, storedAt: StoreConventions.now()), procedures: procedures
            )
        }
        lock.withLock { interpreters[artifact.contentHash] = nil }
    }

    /// Registers the artifact and runs its cases with this interpreter (no decoding back).
    public func register(_ interpreter: CaseInterpreter) throws(CaseError) {
        try register(interpreter.artifact)
        lock.withLock { interpreters[interpreter.contentHash] = ([], true, interpreter) }
    }

    public func artifactHashes() throws(CaseError) -> [String] {
        try read { r in try r.artifactHashes() }
    }

    /// The interpreter of `hash` when it is loaded and knows `code` (or the whole artifact).
    private func cached(_ hash: String, covering code: String) -> CaseInterpreter? {
        guard let entry = lock.withLock({ interpreters[hash] }) else { return nil }
        let known = entry.codes.contains(code) || (entry.whole && entry.interpreter.artifact.procedure(code) != nil)
        return known ? entry.interpreter : nil
    }

    func interpreter(_ hash: String, covering codes: Set<String>, in r: any StoreReader) throws -> CaseInterpreter {
        let cached = lock.withLock { interpreters[hash] }
        if let cached, cached.whole || cached.codes.isSuperset(of: codes) { return cached.interpreter }
        var wanted = codes.union(cached?.codes ?? [])
        var artifact = try storedHeader(hash, in: r).artifact
        let whole = wanted.count > StoreConventions.wholeArtifactThreshold
        if whole {
            artifact.procedures = try r.procedures(hash).map {
                try decoder.decode(CompiledProcedure.self, from: Data($0))
            }
        } else {
            var queue = Array(wanted)
            var bodies: [[UInt8]] = []
            while let code = queue.popLast() {
                guard let row = try r.procedure(hash, code: code) else { continue }
                bodies.append(row.body)
                for callee in row.calls.split(separator: " ").map(String.init) where !wanted.contains(callee) {
                    wanted.insert(callee)
                    queue.append(callee)
                }
            }
            artifact.procedures = try bodies.map { try decoder.decode(CompiledProcedure.self, from: Data($0)) }.sorted {
                $0.code < $1.code
            }
        }
        let interpreter = try CaseInterpreter(artifact: artifact)
        lock.withLock {
            // Another thread may have loaded more meanwhile: keep the larger.
            if let now = interpreters[hash], now.whole || now.codes.isSuperset(of: wanted) { return }
            interpreters[hash] = (wanted, whole, interpreter)
        }
        return interpreter
    }

    /// A stored artifact's header under its hash, and how many procedures are stored with it; one
    /// of an earlier format is refused in words.
    func storedHeader(_ hash: String, in r: any StoreReader) throws -> (
        artifact: CompiledCatalog, procedureCount: Int
    ) {
        guard let header = try r.artifactHeader(hash) else {
            throw CaseError.storage(.noStoredArtifact(hash))
        }
        try StoredArtifactFormat.requireCurrent(hash, header: Data(header.header))
        var artifact = try decoder.decode(CompiledCatalog.self, from: Data(header.header))
        // The header is stored without its hash (the hash is the key): the parts must give it.
        artifact.contentHash = hash
        return (artifact, header.procedureCount)
    }

    // MARK: - Requests

    public func open(_ opening: CaseOpening, artifactHash: String, idempotencyKey: String?) throws(CaseError)
        -> StoreReceipt
    {
        try open(opening, artifactHash: artifactHash, idempotencyKey: idempotencyKey, applicant: nil)
    }

    public func open(
        _ opening: CaseOpening, artifactHash: String, idempotencyKey: String?, applicant details: ApplicantDetails?
    ) throws(CaseError) -> StoreReceipt {
        try StoreConventions.checkIdempotencyKey(idempotencyKey)
        let request = StoreConventions.openRequest(opening, artifactHash: artifactHash)
        var attempt = 0
        let receipt = try write { w in
            attempt += 1
            return try keyed(idempotencyKey, request: request, attempt: attempt, in: w) {
                try open(opening, artifactHash: artifactHash, applicant: details, in: w)
            }
        }
        recent.keep(receipt)
        return receipt
    }

    private func open(
        _ opening: CaseOpening, artifactHash: String, applicant details: ApplicantDetails?, in w: any StoreWriter
    )
        throws -> StoreReceipt
    {
        // A procedure already loaded is known to exist: no round trip to ask again.
        if cached(artifactHash, covering: opening.procedure) == nil {
            guard let header = try w.artifactHeader(artifactHash) else {
                throw CaseError.storage(.noStoredArtifact(artifactHash))
            }
            guard try w.procedure(artifactHash, code: opening.procedure) != nil else {
                throw CaseError.usage(.noProcedure(procedure: opening.procedure, procedures: header.procedureCount))
            }
        }
        let interpreter = try interpreter(artifactHash, covering: [opening.procedure], in: w)
        let event = try interpreter.open(opening)
        let scope = interpreter.artifact.jurisdiction.code
        let id = Self.caseId(try Self.reserve(1, scope: scope, in: w)[0], jurisdiction: scope)
        let effects = [CaseEffect(caseId: id, event: event)]
        var session = PortableSession(w, interpreter: interpreter, store: self)
        try session.open(effects)
        let receipt = try session.finish(id, effects: effects)
        if let details { try w.saveApplicant(details, caseId: id) }
        return receipt
    }

    public func openBatch(_ openings: [CaseOpening], artifactHash: String) throws(CaseError) -> [String] {
        try write { w in
            let interpreter = try interpreter(artifactHash, covering: Set(openings.map(\.procedure)), in: w)
            let scope = interpreter.artifact.jurisdiction.code
            let numbers = try Self.reserve(openings.count, scope: scope, in: w)
            var session = PortableSession(w, interpreter: interpreter, store: self)
            var ids: [String] = []
            for (opening, number) in zip(openings, numbers) {
                let id = Self.caseId(number, jurisdiction: scope)
                try session.open([CaseEffect(caseId: id, event: try interpreter.open(opening))])
                ids.append(id)
            }
            try session.saveSnapshots()
            return ids
        }
    }

    public func record(_ command: CaseCommand, on caseId: String, expectedVersion: Int?, idempotencyKey: String?)
        throws(CaseError) -> StoreReceipt
    {
        try StoreConventions.checkIdempotencyKey(idempotencyKey)
        let request = StoreConventions.eventRequest(command, on: caseId, expectedVersion: expectedVersion)
        var attempt = 0
        let receipt = try write { w in
            attempt += 1
            var session = PortableSession(w, interpreter: nil, store: self)
            // On a retry the key is announced, then the case locked, before the key's row is looked
            // at: a backend may do both in one round trip (PostgreSQL).
            return try keyed(
                idempotencyKey, request: request, attempt: attempt, in: w, lookingUp: { _ = try session.load(caseId) }
            ) {
                let effects = try session.handle(command, on: caseId, expectedVersion: expectedVersion)
                return try session.finish(caseId, effects: effects)
            }
        }
        recent.keep(receipt)
        return receipt
    }

    /// A request with an idempotency key: its key is looked up only when it can matter, so the
    /// common request (a key never seen) costs no lookup. The key's row is written with the
    /// request's rows, and its unique constraint refuses a second request with the same key (a
    /// conflict, after which the backend runs the transaction again: `StoreBackend`). So the key
    /// is looked up first on every attempt but the first (its key may be what conflicted: then the
    /// request is answered from it), and after a refusal (a retry of a request already recorded,
    /// refused now because the case has moved on, is answered from the key, not refused).
    /// `lookingUp` runs before the lookup of a retry (the case's lock).
    private func keyed(
        _ key: String?, request: String, attempt: Int, in w: any StoreWriter, lookingUp: () throws -> Void = {},
        _ body: () throws -> StoreReceipt
    ) throws -> StoreReceipt {
        guard let key else { return try body() }
        if attempt > 1 {
            try w.lock(key: key)
            try lookingUp()
            if let earlier = try previous(key, request: request, in: w) { return earlier }
        }
        let receipt: StoreReceipt
        do { receipt = try body() } catch let refusal as CaseError {
            if attempt == 1, let earlier = try previous(key, request: request, in: w) { return earlier }
            throw refusal
        }
        try w.remember(key: key, request: request, caseId: receipt.caseId, version: receipt.version)
        return receipt
    }

    public func recordBatch(_ requests: [(caseId: String, command: CaseCommand)]) throws(CaseError) -> Int {
        try write { w in
            var session = PortableSession(w, interpreter: nil, store: self)
            var written = 0
            for (caseId, command) in requests {
                written += try session.handle(command, on: caseId, expectedVersion: nil).count
            }
            try session.saveSnapshots()
            return written
        }
    }

    private func previous(_ key: String, request: String, in r: any StoreReader) throws -> StoreReceipt? {
        guard let row = try r.idempotency(key) else { return nil }
        guard row.request == request else { throw CaseError.keyReused(key: key, firstUse: row.request) }
        return StoreReceipt(caseId: row.caseId, version: row.version, effects: [], replayed: true)
    }

    /// `count` case numbers from the backend, checked to be as many as asked.
    private static func reserve(_ count: Int, scope: String, in w: any StoreWriter) throws -> [Int] {
        let numbers = try w.reserveCaseNumbers(count, scope: scope)
        guard numbers.count == count else {
            throw CaseError.storage(.caseNumbers(given: numbers.count, wanted: count))
        }
        return numbers
    }

    /// `11-C000001`: the jurisdiction's code, then at least six digits.
    public static func caseId(_ number: Int, jurisdiction: String) -> String {
        jurisdiction.isEmpty ? StoreConventions.caseId(number) : "\(jurisdiction)-\(StoreConventions.caseId(number))"
    }

    /// The jurisdiction a case id names (`11-C000001.2` → `11`), or "" for an id without one.
    public static func jurisdiction(of caseId: String) -> String {
        guard let dash = caseId.firstIndex(of: "-") else { return "" }
        return String(caseId[..<dash])
    }

    // MARK: - Reading

    public func state(_ id: String) throws(CaseError) -> (state: CaseState, interpreter: CaseInterpreter) {
        try read { r in
            guard let bytes = try r.snapshot(id) else { throw CaseError.unknownCase(id) }
            let state = try SnapshotCodec.decode(bytes)
            return (state, try interpreter(state.artifactHash, covering: [state.procedure], in: r))
        }
    }

    public func events(_ id: String) throws(CaseError) -> [StoredEvent] {
        try read { r in
            guard try r.snapshot(id) != nil else { throw CaseError.unknownCase(id) }
            return try r.events(id).map(Self.decode)
        }
    }

    public func caseIds() throws(CaseError) -> [String] { try read { r in try r.caseIds() } }

    public func eventCount() throws(CaseError) -> Int { try read { r in try r.eventCount() } }

    public func cases(openOnly: Bool) throws(CaseError) -> [(state: CaseState, interpreter: CaseInterpreter)] {
        try read { r in
            let states = try r.snapshots(openOnly: openOnly).map { try SnapshotCodec.decode($0) }
            return try StoreConventions.pairedWithInterpreters(states) { try interpreter($0, covering: $1, in: r) }
        }
    }

    public func verify(_ id: String) throws(CaseError) -> String? {
        try read { r in
            guard let bytes = try r.snapshot(id) else { throw CaseError.unknownCase(id) }
            let snapshot = try SnapshotCodec.decode(bytes)
            let events = try r.events(id).map(Self.decode)
            return try ReplayComparison.compare(id: id, snapshot: snapshot, events: events) { hash in
                try interpreter(hash, covering: [snapshot.procedure], in: r)
            }
        }
    }

    // MARK: - Migration

    public func migrationReport(to artifact: CompiledCatalog) throws(CaseError) -> [MigrationFinding] {
        try read { r in
            let states = try r.snapshots(openOnly: true).map { try SnapshotCodec.decode($0) }
            return try MigrationPlan.findings(
                for: states, adopting: artifact, checkFormat: { _ = try storedHeader($0, in: r) },
                storedProcedure: { hash, code in
                    try r.procedure(hash, code: code).map {
                        try decoder.decode(CompiledProcedure.self, from: Data($0.body))
                    }
                })
        }
    }

    public func adopt(_ artifact: CompiledCatalog, at now: LocalDateTime) throws(CaseError) -> [MigrationFinding] {
        try register(artifact)
        let findings = try migrationReport(to: artifact)
        try write { w in
            let recordedAt = StoreConventions.now()
            for finding in findings where finding.verdict != .breaks {
                guard let bytes = try w.lockedSnapshot(finding.caseId) else { continue }
                var state = try SnapshotCodec.decode(bytes)
                guard state.artifactHash != artifact.contentHash else { continue }
                let event = try MigrationPlan.migrate(
                    &state, to: artifact, at: now,
                    on: interpreter(state.artifactHash, covering: [state.procedure], in: w))
                try w.insertEvent(Self.row(event, caseId: state.id, version: state.version, recordedAt: recordedAt))
                try w.saveSnapshot(Self.row(state))
            }
        }
        return findings
    }

    // MARK: - Rows

    static func row(_ event: CaseEvent, caseId: String, version: Int, recordedAt: String) throws -> EventRow {
        EventRow(
            caseId: caseId, jurisdiction: jurisdiction(of: caseId), version: version, kind: event.kind.rawValue,
            at: event.at.description,
            actor: event.actor?.text, step: event.step?.text, body: try EventJSON.bytes(event),
            recordedAt: recordedAt,
            checksum: RecordChecksum.of(event, caseId: caseId, version: version, recordedAt: recordedAt))
    }

    static func row(_ state: CaseState) -> SnapshotRow {
        SnapshotRow(
            id: state.id, jurisdiction: jurisdiction(of: state.id), procedure: state.procedure,
            artifactHash: state.artifactHash,
            parentId: state.opening.parent?.caseId, commune: state.opening.commune.text,
            receivingUnit: state.opening.receivingUnit.text,
            status: state.status.rawValue, outcome: state.outcome?.text, version: state.version,
            received: state.opening.received.description,
            lastEventAt: state.lastEventAt.description, closedAt: state.closedAt?.description,
            snapshot: SnapshotCodec.encode(state))
    }

    static func decode(_ row: EventRow) throws -> StoredEvent {
        let stored: StoredEvent
        do {
            stored = StoredEvent(
                caseId: row.caseId, version: row.version,
                event: try JSONDecoder().decode(CaseEvent.self, from: Data(row.body)), recordedAt: row.recordedAt)
        } catch {
            throw CaseError.storage(.unreadableEvent(caseId: row.caseId, version: row.version))
        }
        // nil: written before events had checksums.
        if let recorded = row.checksum { try RecordChecksum.check(stored, against: recorded) }
        return stored
    }

    // MARK: - Transactions

    func write<T>(_ body: (any StoreWriter) throws -> T) throws(CaseError) -> T {
        try StoreConventions.storeFailures(at: location, writing: true) { try backend.write(body) }
    }

    func read<T>(_ body: (any StoreReader) throws -> T) throws(CaseError) -> T {
        try StoreConventions.storeFailures(at: location, writing: false) { try backend.read(body) }
    }
}

/// One write transaction of a `PortableCaseStore`: the `WriteSession` of any backend.
struct PortableSession {
    let writer: any StoreWriter
    let store: PortableCaseStore
    let recordedAt = StoreConventions.now()
    private var book: CaseBook?
    private var changed = ChangedCases()

    init(_ writer: any StoreWriter, interpreter: CaseInterpreter?, store: PortableCaseStore) {
        self.writer = writer
        self.store = store
        book = interpreter.map { CaseBook($0, keepsLog: false) }
    }

    /// Reads case `id` and its family (locked for this transaction, or as this store last wrote
    /// them: `RecentCases`) into the book; false: no such case.
    mutating func load(_ id: String) throws -> Bool {
        if book?.contains(id) == true { return true }
        let state: CaseState
        if let kept = store.recent.take(id) {
            state = kept
        } else {
            guard let bytes = try writer.lockedSnapshot(id) else { return false }
            state = try SnapshotCodec.decode(bytes)
        }
        try prepare(state.artifactHash, state.procedure)
        book!.insert(state)
        if let parent = state.opening.parent?.caseId { _ = try load(parent) }
        for child in state.subcases { _ = try load(child) }
        return true
    }

    private mutating func prepare(_ hash: String, _ procedure: String) throws {
        let interpreter = try store.interpreter(hash, covering: [procedure], in: writer)
        if book == nil { book = CaseBook(interpreter, keepsLog: false) }
        if book!.interpreter(for: hash) !== interpreter { book!.add(interpreter) }
    }

    mutating func handle(_ command: CaseCommand, on caseId: String, expectedVersion: Int?) throws -> [CaseEffect] {
        guard try load(caseId) else { throw CaseError.unknownCase(caseId) }
        let effects = try book!.handle(command, on: caseId, expectedVersion: expectedVersion)
        try write(effects)
        return effects
    }

    mutating func open(_ effects: [CaseEffect]) throws {
        for effect in effects where effect.event.kind == .opened {
            guard let hash = effect.event.artifact, let procedure = effect.event.opening?.procedure else {
                throw CaseError.storage(.openedWithoutOpening)
            }
            // Not read first: the id is a fresh number of the store's counter, and were the counter
            // behind its cases (a restored table), the events' primary key refuses the opening's
            // event (version 1) and nothing is written. A read here would hold the counter's row
            // lock, which every opening waits for, one round trip longer.
            try prepare(hash, procedure)
        }
        book!.apply(effects)
        try write(effects)
    }

    private mutating func write(_ effects: [CaseEffect]) throws {
        let (writer, recordedAt) = (writer, recordedAt)  // not self: `changed` is being changed
        try changed.record(effects, in: book!) { event, id, version in
            try writer.insertEvent(PortableCaseStore.row(event, caseId: id, version: version, recordedAt: recordedAt))
        }
    }

    mutating func saveSnapshots() throws {
        let writer = writer
        try changed.save(from: book) { try writer.saveSnapshot(PortableCaseStore.row($0)) }
    }

    mutating func finish(_ caseId: String, effects: [CaseEffect]) throws -> StoreReceipt {
        try saveSnapshots()
        return StoreReceipt(caseId: caseId, effects: effects, appliedIn: book)
    }
}

// MARK: - What a backend implements

/// A database under a `PortableCaseStore`: runs a body in one transaction. A backend may run the
/// body again after a transient conflict (a serialization failure, a deadlock, a unique key taken
/// by a concurrent transaction): the body has no effect outside the transaction. Its events are
/// unique by case and version, and a write that inserts a version another writer took fails and
/// is run again: what decides between writers, and what makes a stale `RecentCases` state safe.
public protocol StoreBackend: AnyObject, Sendable {
    var location: String { get }
    func write<T>(_ body: (any StoreWriter) throws -> T) throws -> T
    func read<T>(_ body: (any StoreReader) throws -> T) throws -> T
}

public protocol StoreReader {
    func snapshot(_ id: String) throws -> [UInt8]?
    func artifactHeader(_ hash: String) throws -> (header: [UInt8], procedureCount: Int)?
    func procedure(_ hash: String, code: String) throws -> (calls: String, body: [UInt8])?
    func procedures(_ hash: String) throws -> [[UInt8]]
    func artifactHashes() throws -> [String]
    func caseIds() throws -> [String]
    func eventCount() throws -> Int
    func snapshots(openOnly: Bool) throws -> [[UInt8]]
    func events(_ caseId: String) throws -> [EventRow]
    func idempotency(_ key: String) throws -> (request: String, caseId: String, version: Int)?
    /// The personal data kept for a (root) case, or nil.
    func applicant(_ caseId: String) throws -> ApplicantDetails?
    /// The database's own consistency checks, one line per problem (`tthc case verify`).
    func integrityProblems() throws -> [String]
}

public protocol StoreWriter: StoreReader {
    /// The snapshot, locked until the transaction ends (`SELECT … FOR UPDATE`).
    func lockedSnapshot(_ id: String) throws -> [UInt8]?
    /// Announces that `idempotency(key)` will be asked, before the case is locked: a backend may
    /// look the key up with its next read. (Of two requests with one key, the second to write it
    /// fails on the key's unique constraint and is run again: `PortableCaseStore.keyed`.)
    func lock(key: String) throws
    func insertEvent(_ row: EventRow) throws
    func saveSnapshot(_ row: SnapshotRow) throws
    func remember(key: String, request: String, caseId: String, version: Int) throws
    /// Reserves `count` new case numbers of `scope` (a jurisdiction), ascending; a number is never
    /// given twice, but one reserved by a transaction that fails may be skipped.
    func reserveCaseNumbers(_ count: Int, scope: String) throws -> [Int]
    func insertArtifact(_ artifact: ArtifactRow, procedures: [ArtifactProcedureRow]) throws
    func saveApplicant(_ details: ApplicantDetails, caseId: String) throws
    func eraseApplicant(_ caseId: String) throws
}

public struct EventRow: Sendable {
    public var caseId: String
    public var jurisdiction: String
    public var version: Int
    public var kind: String
    public var at: String
    public var actor: String?
    public var step: String?
    /// The whole event as JSON (the columns above are for people and SQL).
    public var body: [UInt8]
    public var recordedAt: String
    /// `RecordChecksum.of` the event, written with it and checked when it is read; nil for an
    /// event written before checksums.
    public var checksum: Int64?

    public init(
        caseId: String, jurisdiction: String, version: Int, kind: String, at: String, actor: String?, step: String?,
        body: [UInt8], recordedAt: String,
        checksum: Int64? = nil
    ) {
        self.caseId = caseId
        self.jurisdiction = jurisdiction
        self.version = version
        self.kind = kind
        self.at = at
        self.actor = actor
        self.step = step
        self.body = body
        self.recordedAt = recordedAt
        self.checksum = checksum
    }
}

public struct SnapshotRow: Sendable {
    public var id: String
    public var jurisdiction: String
    public var procedure: String
    public var artifactHash: String
    public var parentId: String?
    public var commune: String
    public var receivingUnit: String
    public var status: String
    public var outcome: String?
    public var version: Int
    public var received: String
    public var lastEventAt: String
    public var closedAt: String?
    public var snapshot: [UInt8]
}

public struct ArtifactRow: Sendable {
    public var hash: String
    public var jurisdiction: String
    public var header: [UInt8]
    public var procedureCount: Int
    public var storedAt: String
}

public struct ArtifactProcedureRow: Sendable {
    public var code: String
    public var calls: String
    public var body: [UInt8]
}
