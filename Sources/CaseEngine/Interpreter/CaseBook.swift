import WorkCalendar

/// Cases held in memory: requests are decided and their effects applied at once. The simulation
/// runs on it, and so do tests; the durable store does the same inside a SQLite transaction.
public struct CaseBook {
    public private(set) var cases: [String: CaseState] = [:]
    /// Every case's events, when `keepsLog` (tests replay them); the simulation does without.
    public private(set) var log: [String: [CaseEvent]] = [:]
    public let keepsLog: Bool
    public private(set) var eventCount = 0
    private var interpreters: [String: CaseInterpreter]
    private let current: CaseInterpreter

    /// `interpreter` opens new cases; `others` run cases pinned to older artifacts.
    public init(_ interpreter: CaseInterpreter, others: [CaseInterpreter] = [], keepsLog: Bool = true) {
        current = interpreter
        var all: [String: CaseInterpreter] = [:]
        for i in others + [interpreter] { all[i.contentHash] = i }
        interpreters = all
        self.keepsLog = keepsLog
    }

    /// The interpreter of an artifact; the current one without hashing its 71-character id.
    public func interpreter(for hash: String) -> CaseInterpreter? {
        hash == current.contentHash ? current : interpreters[hash]
    }

    public func interpreter(of state: CaseState) -> CaseInterpreter? { interpreter(for: state.artifactHash) }

    /// Opens a case under the given id.
    @discardableResult
    public mutating func open(_ opening: CaseOpening, id: String) throws(CaseError) -> CaseState {
        guard cases[id] == nil else { throw .usage("case \(id) exists already") }
        let opened = try current.open(opening)
        apply([CaseEffect(caseId: id, event: opened)])
        return cases[id]!
    }

    /// Decides a request and applies what it records; a refusal changes nothing.
    @discardableResult
    public mutating func handle(_ command: CaseCommand, on id: String) throws(CaseError) -> [CaseEffect] {
        let effects = try decide(command, on: id)
        apply(effects)
        return effects
    }

    /// Kept apart from `apply` so the state read here is released before the case is changed in
    /// place (no copy of its arrays).
    private func decide(_ command: CaseCommand, on id: String) throws(CaseError) -> [CaseEffect] {
        guard let index = cases.index(forKey: id) else { throw .unknownCase(id) }
        let hash = cases.values[index].artifactHash
        guard let interpreter = interpreter(for: hash) else {
            throw .usage("case \(id) is pinned to an artifact that is not loaded (\(hash))")
        }
        // Read in place: copying the state would retain each of its fields.
        return try interpreter.decide(command, for: cases.values[index]) { cases[$0] }
    }

    /// Applies recorded effects (a new case starts from its `opened` event).
    public mutating func apply(_ effects: [CaseEffect]) {
        for effect in effects {
            eventCount += 1
            if keepsLog { log[effect.caseId, default: []].append(effect.event) }
            if effect.event.kind == .opened {
                guard let interpreter = interpreter(for: effect.event.artifact ?? current.contentHash) else { continue }
                cases[effect.caseId] = interpreter.begin(id: effect.caseId, with: effect.event)
                continue
            }
            guard let index = cases.index(forKey: effect.caseId),
                  let interpreter = interpreter(for: cases.values[index].artifactHash) else { continue }
            interpreter.evolve(&cases.values[index], effect.event)
        }
    }

    /// Drops closed cases (the simulation keeps memory flat); returns them.
    public mutating func remove(_ id: String) -> CaseState? {
        log[id] = nil
        return cases.removeValue(forKey: id)
    }

    /// A case rebuilt from its logged events.
    public func replayed(_ id: String) -> CaseState? {
        guard let events = log[id] else { return nil }
        return CaseInterpreter.replay(id: id, events) { interpreters[$0] }
    }
}
