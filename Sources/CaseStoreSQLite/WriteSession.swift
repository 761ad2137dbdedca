import CaseEngine
import CaseStorage
import GRDB
import WorkCalendar

/// What one write transaction of the store works on: the cases it has read, held in a `CaseBook`
/// so requests are decided and applied exactly as in memory (in place, the case's program
/// resolved once); the rows it writes; and the snapshots to save once, at the end.
///
/// A case comes in with its family — its parent and sub-cases, recursively — because a request
/// may end a sub-case (its parent is told) or a parent (its sub-cases are withdrawn).
struct WriteSession {
    let db: Database
    /// The wall clock stamped on every row of the transaction.
    let recordedAt = StoreConventions.now()
    private(set) var book: CaseBook
    /// The hot statements, prepared once per transaction.
    private var insertEvent: FastStatement
    private var saveSnapshot: FastStatement
    private var loadSnapshot: FastStatement
    private var changed = ChangedCases()

    init(_ db: Database, interpreter: CaseInterpreter) throws {
        self.db = db
        book = CaseBook(interpreter, keepsLog: false)
        insertEvent = try FastStatement(EventRows.insertSQL, in: db)
        saveSnapshot = try FastStatement(CaseStore.saveSnapshotSQL, in: db)
        loadSnapshot = try FastStatement(CaseStore.loadSnapshotSQL, in: db)
    }

    /// Reads case `id` and its family into the book, unless it is there; false: no such case.
    mutating func load(_ id: String, store: CaseStore) throws -> Bool {
        if book.contains(id) { return true }
        guard let state = try CaseStore.loadState(id, with: &loadSnapshot) else { return false }
        try prepare(state.artifactHash, state.procedure, store: store)
        book.insert(state)
        if let parent = state.opening.parent?.caseId { _ = try load(parent, store: store) }
        for child in state.subcases { _ = try load(child, store: store) }
        return true
    }

    /// Gives the book the store's interpreter of an artifact, loaded with `procedure` (the store
    /// may load an artifact procedure by procedure, replacing its interpreter as it grows).
    private mutating func prepare(_ hash: String, _ procedure: String, store: CaseStore) throws {
        let interpreter = try store.interpreter(hash, for: procedure, in: db)
        if book.interpreter(for: hash) !== interpreter { book.add(interpreter) }
    }

    /// Decides a request and applies it; writes its events. A refusal changes nothing.
    mutating func handle(_ command: CaseCommand, on caseId: String, expectedVersion: Int?, store: CaseStore) throws
        -> [CaseEffect]
    {
        guard try load(caseId, store: store) else { throw CaseError.unknownCase(caseId) }
        let effects = try book.handle(command, on: caseId, expectedVersion: expectedVersion)
        try write(effects)
        return effects
    }

    /// Opens cases: their `opened` events, applied and written.
    mutating func open(_ effects: [CaseEffect], store: CaseStore) throws {
        for effect in effects where effect.event.kind == .opened {
            guard let hash = effect.event.artifact, let procedure = effect.event.opening?.procedure else {
                throw CaseError.storage(.openedWithoutOpening)
            }
            if try load(effect.caseId, store: store) { throw CaseError.storage(.caseExists(effect.caseId)) }
            try prepare(hash, procedure, store: store)
        }
        book.apply(effects)
        try write(effects)
    }

    /// The event rows of effects the book has applied.
    private mutating func write(_ effects: [CaseEffect]) throws {
        try changed.record(effects, in: book) { event, id, version in
            try EventRows.insert(event, caseId: id, version: version, recordedAt: recordedAt, with: &insertEvent)
        }
    }

    /// The changed cases' snapshots (and the columns listings filter on).
    mutating func saveSnapshots() throws {
        try changed.save(from: book) { try CaseStore.saveState($0, with: &saveSnapshot) }
    }

    /// Saves the snapshots; the receipt names `caseId` at its version now.
    mutating func finish(_ caseId: String, effects: [CaseEffect]) throws -> StoreReceipt {
        try saveSnapshots()
        return StoreReceipt(caseId: caseId, effects: effects, appliedIn: book)
    }
}
