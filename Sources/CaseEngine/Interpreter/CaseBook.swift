import WorkCalendar

/// Cases held in memory: requests are decided and their effects applied at once. The simulation
/// runs on it, and so do tests; the durable store does the same inside a SQLite transaction.
public struct CaseBook {
    /// The cases by id: a read-only view over the book's storage.
    public struct Cases: Sequence {
        fileprivate let index: CaseIndex
        fileprivate let states: [CaseState]

        public subscript(id: String) -> CaseState? { index[id].map { states[$0] } }
        public var count: Int { states.count }
        public var isEmpty: Bool { states.isEmpty }
        public var keys: [String] { index.keys }
        public var values: [CaseState] { states }

        /// `(key: id, value: state)` pairs, as a dictionary iterates (in no particular order).
        public func makeIterator() -> some IteratorProtocol<(key: String, value: CaseState)> {
            states.lazy.map { (key: $0.id, value: $0) }.makeIterator()
        }
    }

    /// Case id → position in `states`. The states live in an array so a request reads a case in
    /// place (a dictionary's getter copies the value, retaining each of its fields) and applies
    /// events to it in place.
    private var index = CaseIndex()
    private var states: [CaseState] = []
    /// Per state: its interpreter and program, resolved once (again after a migration).
    private var runners: [Runner?] = []
    public var cases: Cases { Cases(index: index, states: states) }

    /// The case with this id (a copy).
    public subscript(id: String) -> CaseState? { index[id].map { states[$0] } }
    /// Every case's events, when `keepsLog` (tests replay them); the simulation does without.
    public private(set) var log: [String: [CaseEvent]] = [:]
    public let keepsLog: Bool
    public private(set) var eventCount = 0
    /// The effects of the request being handled (see `handle`).
    private var scratch: [CaseEffect] = []
    private var interpreters: [String: CaseInterpreter]
    /// Interpreters `add` replaced, kept for the runners that still lend them.
    private var retired: [CaseInterpreter] = []
    private var current: CaseInterpreter

    /// A case's interpreter and program: found once per case (by the artifact hash and the
    /// procedure code), not on every request.
    ///
    /// Unmanaged: the book holds every interpreter (`interpreters`), and an interpreter its
    /// programs, for as long as the runners exist. `run` lends both to its body without the
    /// retain and release a strong (or unowned) reference loaded from the array costs each request.
    private struct Runner {
        let interpreter: Unmanaged<CaseInterpreter>
        let program: Unmanaged<ProcedureProgram>?

        init(interpreter: CaseInterpreter, program: ProcedureProgram?) {
            self.interpreter = .passUnretained(interpreter)
            self.program = program.map { .passUnretained($0) }
        }

        func run<R>(_ body: (CaseInterpreter, ProcedureProgram?) -> R) -> R {
            interpreter._withUnsafeGuaranteedRef { interpreter in
                guard let program else { return body(interpreter, nil) }
                return program._withUnsafeGuaranteedRef { body(interpreter, $0) }
            }
        }
    }

    /// The runner of a state; nil when its artifact is not loaded.
    private func runner(_ state: CaseState) -> Runner? {
        guard let interpreter = interpreter(for: state.artifactHash) else { return nil }
        return Runner(interpreter: interpreter, program: interpreter.program(state))
    }

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

    /// Opens a case under the given id (read it back with `book[id]`: returning it would copy it
    /// on every opening, retaining each of its fields, for callers that mostly do not look).
    public mutating func open(_ opening: CaseOpening, id: String) throws(CaseError) {
        guard index[id] == nil else { throw .usage(.caseExists(id)) }
        var (opened, program) = try current.checked(opening)
        eventCount += 1
        if keepsLog { log[id, default: []].append(opened) }
        start(id, with: &opened, interpreter: current, program: program)
    }

    /// Decides a request and applies what it records; a refusal changes nothing.
    @discardableResult
    public mutating func handle(_ command: CaseCommand, on id: String) throws(CaseError) -> [CaseEffect] {
        guard let i = index[id] else { throw .unknownCase(id) }
        // The buffer is reused: once the caller has dropped the last result it is unique again,
        // and clearing it keeps its storage, so a request allocates no array.
        var effects: [CaseEffect] = []
        swap(&effects, &scratch)
        defer { scratch = effects }
        // One at a time: `removeAll(keepingCapacity:)` destroys through a generic range
        // replacement that cost more than the whole lookup of the case.
        while !effects.isEmpty { effects.removeLast() }
        try decide(command, on: id, at: i, into: &effects)
        apply(&effects, decided: i)
        return effects
    }

    /// Kept apart from `apply` so the state read here is released before the case is changed in
    /// place (no copy of its arrays).
    private mutating func decide(_ command: CaseCommand, on id: String, at i: Int, into effects: inout [CaseEffect])
        throws(CaseError)
    {
        guard let runner = runners[i] else {
            throw .usage(.pinnedArtifactNotLoaded(caseId: id, artifact: states[i].artifactHash))
        }
        // The state is read in place (a copy would retain each of its fields) and the lookup
        // closure captures the index and the buffer, not a copy of the whole book. `decide` does
        // not change the state; the lookup reads other cases (a parent, sub-cases). The closures
        // do not throw (Runner.run does not rethrow a typed error): the refusal is carried out.
        // The index is lent by address too: a copy for the closure would retain it on every request.
        let refusal: CaseError? = runner.run { interpreter, program in
            withUnsafeMutablePointer(to: &index) { index in
                states.withUnsafeMutableBufferPointer { buffer -> CaseError? in
                    do throws(CaseError) {
                        try interpreter.decide(command, in: &buffer[i], program: program, into: &effects) { other in
                            index.pointee[other].map { buffer[$0] }
                        }
                        return nil
                    } catch {
                        return error
                    }
                }
            }
        }
        if let refusal { throw refusal }
    }

    /// Applies recorded effects (a new case starts from its `opened` event).
    public mutating func apply(_ effects: [CaseEffect]) {
        var effects = effects
        apply(&effects, decided: nil)
    }

    /// `decided`: the position of the case the request was decided on, which the first effect
    /// changes (spares looking it up again).
    /// `inout` only so that each event is handed to `evolve` by address (a copy would retain each
    /// of its fields); the effects are not changed.
    private mutating func apply(_ effects: inout [CaseEffect], decided: Int?) {
        for e in effects.indices {
            eventCount += 1
            if keepsLog { log[effects[e].caseId, default: []].append(effects[e].event) }
            if effects[e].event.kind == .opened {
                begin(effects[e].caseId, with: &effects[e].event)
                continue
            }
            guard
                let i = e == 0 && decided.map({ states[$0].id == effects[0].caseId }) == true
                    ? decided : index[effects[e].caseId],
                let runner = runners[i]
            else { continue }
            runner.run { interpreter, program in
                interpreter.evolve(&states[i], event: &effects[e].event, program: program)
            }
            if effects[e].event.kind == .migrated { runners[i] = self.runner(states[i]) }
        }
    }

    /// A case starts from its `opened` event; a case the book holds under the same id is replaced.
    /// `inout` only to pass the event by address.
    private mutating func begin(_ id: String, with opened: inout CaseEvent) {
        guard let interpreter = interpreter(for: opened.artifact ?? current.contentHash) else { return }
        start(id, with: &opened, interpreter: interpreter, program: interpreter.program(opening: opened))
    }

    /// `begin` with the interpreter and the program found already.
    private mutating func start(
        _ id: String, with opened: inout CaseEvent, interpreter: CaseInterpreter, program: ProcedureProgram?
    ) {
        place(
            interpreter.begin(id: id, with: opened, program: program),
            runner: Runner(interpreter: interpreter, program: program))
    }

    /// Puts a state in the book under its id, replacing a case with the same id. One lookup for
    /// a new case (the common one); a replaced case is put back at its position.
    private mutating func place(_ state: CaseState, runner: Runner?) {
        if let i = index.updateValue(states.count, forKey: state.id) {
            index[state.id] = i
            states[i] = state
            runners[i] = runner
        } else {
            states.append(state)
            runners.append(runner)
        }
    }

    // MARK: - A store's working set

    /// Runs cases pinned to `interpreter`'s artifact with it from now on. An interpreter it
    /// replaces (the store reloads an artifact with more procedures) stays alive with the book:
    /// the runners of cases already in the book lend it unretained.
    package mutating func add(_ interpreter: CaseInterpreter) {
        if let earlier = interpreters[interpreter.contentHash], earlier !== interpreter { retired.append(earlier) }
        interpreters[interpreter.contentHash] = interpreter
        if interpreter.contentHash == current.contentHash { current = interpreter }
    }

    /// Puts a case as a store keeps it into the book (a case with the same id is replaced).
    package mutating func insert(_ state: CaseState) {
        place(state, runner: runner(state))
    }

    public func contains(_ id: String) -> Bool { index[id] != nil }

    /// The version of case `id`, read in place.
    package func version(of id: String) -> Int? { index[id].map { states[$0].version } }

    /// `handle` for a store's request: refused as stale, changing nothing, unless the case is at
    /// `expectedVersion` (when given).
    package mutating func handle(_ command: CaseCommand, on id: String, expectedVersion: Int?) throws(CaseError)
        -> [CaseEffect]
    {
        if let expected = expectedVersion, let version = version(of: id), expected != version {
            throw CaseError.staleVersion(caseId: id, expected: expected, actual: version)
        }
        return try handle(command, on: id)
    }

    /// Drops closed cases (the simulation keeps memory flat); returns them.
    public mutating func remove(_ id: String) -> CaseState? {
        log[id] = nil
        guard let i = index.removeValue(forKey: id) else { return nil }
        let last = states.count - 1
        if i != last {
            states.swapAt(i, last)
            runners.swapAt(i, last)
            index[states[i].id] = i
        }
        runners.removeLast()
        return states.removeLast()
    }

    /// A case rebuilt from its logged events.
    public func replayed(_ id: String) -> CaseState? {
        guard let events = log[id] else { return nil }
        return CaseInterpreter.replay(id: id, events) { interpreters[$0] }
    }
}
