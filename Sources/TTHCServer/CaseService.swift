import CaseEngine
import CaseForms
import CaseStorage
import Foundation
import NIOPosix
import TTHCServerAPI
import WorkCalendar
import WorkflowCompiler

/// The store as the service shares it between requests. The SQLite store is one connection: its
/// calls are serialized here (SQLite serializes writers anyway). A `PortableCaseStore` (PostgreSQL)
/// is safe to call from many threads, each call on its own pooled connection.
final class StoreHandle: @unchecked Sendable {
    let store: any CaseStoring
    private let lock: NSLock?

    init(_ store: any CaseStoring) {
        self.store = store
        lock = store is PortableCaseStore ? nil : NSLock()
    }

    func run<T>(_ body: (any CaseStoring) throws(CaseError) -> T) throws(CaseError) -> T {
        guard let lock else { return try body(store) }
        lock.lock()
        defer { lock.unlock() }
        return try body(store)
    }
}

/// What `tthc serve` answers, independent of HTTP: each act checks the token against the case's
/// commune before it touches the store. Store calls block, so they run on a pool of threads.
public final class CaseService: Sendable {
    public struct Limits: Sendable {
        /// The largest request body (bytes); larger is 413.
        public var maxBody = 64 * 1024
        /// A request whose body has not arrived in this time is 408.
        public var bodyTimeout: Duration = .seconds(10)
        /// The most requests of a batch (deadlines).
        public var maxBatch = 1000
        /// The most cases a listing returns.
        public var maxList = 1000
        public init() {}
    }

    let store: StoreHandle
    public let artifact: CompiledCatalog
    let interpreter: CaseInterpreter
    let tokens: [String: TokenEntry]
    public let metrics = Metrics()
    let owners = CaseOwners()
    public let limits: Limits
    let pool: NIOThreadPool
    let receiptCalculator: DeadlineCalculator
    let holidays: HolidayCalendarExport

    public init(
        store: any CaseStoring, artifact: CompiledCatalog, tokens: [String: TokenEntry], limits: Limits = Limits(),
        threads: Int = 16
    ) throws {
        self.store = StoreHandle(store)
        self.artifact = artifact
        self.tokens = tokens
        self.limits = limits
        do {
            try store.register(artifact)
            interpreter = try CaseInterpreter(artifact: artifact)
        } catch {
            throw ServerSetupError("\(error)")
        }
        let calendar = try artifact.workCalendar(cutoff: artifact.workingTime.receiptCutoff)
        receiptCalculator = DeadlineCalculator(calendar: calendar)
        holidays = HolidayCalendarExport(calendar: calendar)
        pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
    }

    /// The units of the tokens file that the artifact has no unit or role for: every request of
    /// theirs is refused, so the server says so when it starts (a typo at `token add`, or a unit
    /// the catalog has since dropped).
    public var tokenUnitsNotInTheArtifact: [String] {
        Set(tokens.values.map(\.unit)).filter { !interpreter.directory.isConcreteUnit($0) }.sorted()
    }

    deinit { try? pool.syncShutdownGracefully() }

    /// Runs a store call on the pool.
    func blocking<T: Sendable>(_ body: @escaping @Sendable (any CaseStoring) throws(CaseError) -> T) async throws -> T {
        let store = self.store
        do {
            return try await pool.runIfActive { try store.run(body) }
        } catch let error as CaseError {
            throw Problem(error)
        }
    }

    // MARK: - Access

    public func authenticate(_ authorization: String?) throws -> TokenEntry {
        guard let authorization, authorization.count < 1000 else {
            throw Problem(
                .unauthorized, "no token: send Authorization: Bearer TOKEN (issued by tthc serve token add)",
                vi: "thiếu mã truy cập: gửi Authorization: Bearer MÃ (cấp bằng tthc serve token add)")
        }
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
            let entry = tokens[TokenFile.hash(String(parts[1]).trimmingCharacters(in: .whitespaces))]
        else {
            throw Problem(
                .unauthorized, "the token is wrong or was withdrawn", vi: "mã truy cập sai hoặc đã bị thu hồi")
        }
        return entry
    }

    /// Whether `token` may see a case of `commune` received at `receivingUnit`.
    static func covers(_ token: TokenEntry, commune: String, receivingUnit: String) -> Bool {
        token.coversProvince || commune == token.commune || receivingUnit == token.unit
            || receivingUnit.hasPrefix(token.commune + ".")
    }

    static func covers(_ token: TokenEntry, _ owner: CaseOwners.Owner) -> Bool {
        covers(token, commune: owner.commune, receivingUnit: owner.receivingUnit)
    }

    func requireCovered(_ token: TokenEntry, _ state: CaseState) throws {
        try requireCovered(token, state.id, CaseOwners.Owner(state))
    }

    func requireCovered(_ token: TokenEntry, _ caseId: String, _ owner: CaseOwners.Owner) throws {
        guard Self.covers(token, owner) else {
            throw Problem(
                .forbidden,
                "case \(caseId) belongs to commune \(owner.commune): a token of \(token.unit) cannot see or change it",
                vi: "hồ sơ \(caseId) thuộc \(owner.commune): mã truy cập của \(token.unit) không được xem hoặc xử lý")
        }
    }

    /// The case after a write: the transaction's own decision when the receipt carries it and the
    /// case runs on the served artifact (no second read), else read back.
    func after(_ receipt: StoreReceipt, in store: any CaseStoring) throws(CaseError) -> (CaseState, CaseInterpreter) {
        if let state = receipt.state, state.artifactHash == artifact.contentHash { return (state, interpreter) }
        return try store.state(receipt.caseId)
    }

    func requireClerk(_ token: TokenEntry) throws {
        guard token.role == .clerk else {
            throw Problem(
                .forbidden, "an \(token.role.rawValue) token only reads; recording needs a clerk token",
                vi: "mã truy cập \(token.role.rawValue) chỉ được đọc; ghi nhận cần mã của cán bộ (clerk)")
        }
    }

    // MARK: - Cases

    /// The answer to a write, as the document's type: built here field by field rather than
    /// encoded by the service and decoded into the generated type (that round trip cost a write
    /// about a tenth of the server's CPU). The bytes sent are the same: the generated code encodes
    /// it with sorted keys, and each event's fields are `CaseEvent`'s encoding of them.
    typealias Receipt = Components.Responses.Receipt.Body.JsonPayload

    /// What `CaseReport` would say of `due`, the active steps and the allowed events, computed
    /// alone (a whole report, every step's official name included, cost a write about a twentieth
    /// of the server's time).
    func receipt(_ receipt: StoreReceipt, state: CaseState, interpreter: CaseInterpreter, now: LocalDateTime) throws
        -> Receipt
    {
        let moment = max(now, state.lastEventAt)
        let activeVisits = Set(state.tokens.map(\.visit))
        return Receipt(
            caseId: receipt.caseId, version: receipt.version, replayed: receipt.replayed,
            events: try receipt.effects.map { .init(caseId: $0.caseId, event: try Self.event($0.event)) },
            due: interpreter.deadline(of: state, now: moment)?.due?.isoText,
            active: state.visits.indices.filter(activeVisits.contains).map { state.visits[$0].step.text },
            allowed: interpreter.allowed(state, at: moment).map(\.description))
    }

    /// `event` as the document's `Event`: the fields `CaseEvent.encode(to:)` writes, in the same
    /// form (names and times as text); an opening, a free-form object in the document, goes
    /// through JSON.
    static func event(_ event: CaseEvent) throws -> Components.Schemas.Event {
        Components.Schemas.Event(
            kind: event.kind.rawValue, at: event.at.isoText, actor: event.actor?.text, step: event.step?.text,
            target: event.target?.text, fact: event.fact?.text, reason: event.reason, amount: event.amount,
            child: event.child, outcome: event.outcome?.text, due: event.due?.isoText,
            opening: try event.opening.map { try CaseAPI.decode(json($0)) }, artifact: event.artifact)
    }

    func open(_ body: Operations.OpenCase.Input.Body.JsonPayload, token: TokenEntry, idempotencyKey: String?)
        async throws -> Receipt
    {
        try requireClerk(token)
        let procedure = try Field.text(body.procedure, "procedure")
        let received = try Field.time(body.received, "received")
        let channel = body.channel?.rawValue ?? "in-person"
        let commune = try Field.text(body.commune, "commune")
        let applicant = try Field.text(body.applicant, "applicant")
        let facts = try Field.names(body.facts, "facts")
        // A service centre (`….pasc`) receives for any commune of the province (Decree 118/2025)
        // and is then the receiving unit; any other clerk opens cases of its own commune only.
        let isCentre = token.unit.hasSuffix(".pasc")
        guard isCentre || token.coversProvince || commune == token.commune else {
            throw Problem(
                .forbidden, "a token of \(token.unit) cannot open a case of commune \(commune)",
                vi: "mã truy cập của \(token.unit) không được tiếp nhận hồ sơ của \(commune)")
        }
        let opening = CaseOpening(
            procedure: procedure, received: received, channel: channel, commune: commune,
            receivingUnit: isCentre ? token.unit : nil, applicant: applicant, facts: facts)
        let hash = artifact.contentHash
        let result = try await blocking { [self] store throws(CaseError) in
            let receipt = try store.open(opening, artifactHash: hash, idempotencyKey: idempotencyKey)
            let (state, interpreter) = try after(receipt, in: store)
            return (receipt, state, interpreter)
        }
        owners.remember(result.1)
        metrics.eventsWritten(result.0.effects.count)
        return try receipt(result.0, state: result.1, interpreter: result.2, now: received)
    }

    func record(
        _ caseId: String, _ body: Operations.RecordEvent.Input.Body.JsonPayload, token: TokenEntry, ifMatch: Int?,
        idempotencyKey: String?
    ) async throws -> Receipt {
        try requireClerk(token)
        // The document's event names are the interpreter's commands.
        guard let kind = CaseEventKind(rawValue: body.event.rawValue), kind.isCommand else {
            throw Problem(.badRequest, "unknown event \"\(body.event.rawValue)\"")
        }
        let at = try body.at.map { try Field.time($0, "at") } ?? Self.now()
        let command = CaseCommand(
            kind, at: at, step: try body.step.map { Name(try Field.text($0, "step")) }, actor: Name(token.unit),
            reason: try body.reason.map { try Field.text($0, "reason") },
            fact: try body.fact.map { Name(try Field.text($0, "fact")) },
            amount: try body.amount.map { try Field.amount($0, "amount") },
            due: try body.due.map { try Field.time($0, "due") })
        // Whose case it is never changes: known from an earlier request, it needs no read here.
        let known = owners[caseId]
        if let known { try requireCovered(token, caseId, known) }
        let result = try await blocking { [self] store throws(CaseError) in
            if known == nil {
                let (before, _) = try store.state(caseId)
                owners.remember(before)
                guard Self.covers(token, CaseOwners.Owner(before)) else {
                    return (StoreReceipt?.none, before, CaseInterpreter?.none)
                }
            }
            let receipt = try store.record(
                command, on: caseId, expectedVersion: ifMatch, idempotencyKey: idempotencyKey)
            let (state, interpreter) = try after(receipt, in: store)
            return (Optional(receipt), state, Optional(interpreter))
        }
        guard let stored = result.0, let interpreter = result.2 else {
            try requireCovered(token, result.1)
            throw Problem(.forbidden, "not allowed")
        }
        metrics.eventsWritten(stored.effects.count)
        return try receipt(stored, state: result.1, interpreter: interpreter, now: at)
    }

    enum Form: String {
        case apology = "04"
        case controlSheet = "06"
    }

    func show(_ caseId: String, token: TokenEntry, now: LocalDateTime?, form: Form?) async throws -> [UInt8] {
        let (state, interpreter, events) = try await blocking { store throws(CaseError) in
            let (state, interpreter) = try store.state(caseId)
            return (state, interpreter, try store.events(caseId))
        }
        try requireCovered(token, state)
        let moment = max(now ?? Self.now(), state.lastEventAt)
        let report = CaseReport(state, interpreter: interpreter, now: moment, events: events)
        switch form {
        case .controlSheet: return try Self.json(ControlSheet(report, interpreter: interpreter))
        case .apology:
            guard let letter = ApologyLetter(report, interpreter: interpreter) else {
                let why =
                    state.isClosed
                    ? "the case is closed"
                    : "it is not due within one working day (due \(report.due?.description ?? "—"))"
                throw Problem(.notFound, "case \(caseId) needs no form 04 at \(moment): \(why)")
            }
            return try Self.json(letter)
        case nil: return try Self.json(report)
        }
    }

    /// A case as /v1/cases lists it: the document's type, so the fields are declared once (openapi.yaml).
    typealias ListItem = Operations.ListCases.Output.Ok.Body.JsonPayloadPayload

    func list(token: TokenEntry, openOnly: Bool, overdueOnly: Bool, now: LocalDateTime?, limit: Int) async throws
        -> [ListItem]
    {
        let cases = try await blocking { store throws(CaseError) in try store.cases(openOnly: openOnly || overdueOnly) }
        let moment = now ?? Self.now()
        var items: [ListItem] = []
        for (state, interpreter) in cases
        where Self.covers(token, commune: state.opening.commune.text, receivingUnit: state.opening.receivingUnit.text) {
            let report = CaseReport(state, interpreter: interpreter, now: max(moment, state.lastEventAt))
            let overdue = report.status == .overdue
            if overdueOnly && !overdue { continue }
            items.append(
                ListItem(
                    id: state.id, procedure: state.procedure, commune: state.opening.commune.text,
                    receivingUnit: state.opening.receivingUnit.text,
                    version: state.version, state: state.status.rawValue, due: report.due?.isoText, overdue: overdue))
            if items.count >= limit { break }
        }
        return items
    }

    /// Open and overdue cases now, for /metrics.
    func gauges() async -> (open: Int, overdue: Int)? {
        guard let cases = try? await blocking({ store throws(CaseError) in try store.cases(openOnly: true) }) else {
            return nil
        }
        let now = Self.now()
        let overdue = cases.filter {
            CaseReport($0.state, interpreter: $0.interpreter, now: max(now, $0.state.lastEventAt)).status == .overdue
        }.count
        return (cases.count, overdue)
    }

    // MARK: - Procedures, deadlines, holidays

    func procedures() -> [Operations.ListProcedures.Output.Ok.Body.JsonPayloadPayload] {
        artifact.procedures.map { .init(code: $0.code, name: $0.name, level: $0.level) }
    }

    func procedure(_ code: String) throws -> [UInt8] {
        guard let found = artifact.procedure(code) else {
            throw Problem(
                .notFound, "no procedure \(code) in the artifact (\(artifact.procedures.count) procedures)",
                vi: "không có thủ tục \(code) trong danh mục (\(artifact.procedures.count) thủ tục)")
        }
        return try Self.json(found)
    }

    func deadline(_ body: Components.Schemas.DeadlineRequest) throws -> Components.Schemas.DeadlineAnswer {
        let received = try Field.time(body.received, "received")
        let add = try body.add.map { try Field.text($0, "add") }
        let code = try body.procedure.map { try Field.text($0, "procedure") }
        let explain = body.explain ?? false
        guard (add == nil) != (code == nil) else {
            throw Problem(.unprocessable, "give either add (a period) or procedure (a code)")
        }
        if let add {
            let duration: WorkDuration
            do { duration = try WorkDuration(parsing: add) } catch { throw Problem(.unprocessable, "\(error)") }
            let result: DeadlineResult
            do { result = try receiptCalculator.due(from: received, adding: duration) } catch {
                throw Problem(.unprocessable, "\(error)")
            }
            return .init(
                received: received.isoText, procedure: nil, period: "\(duration)", due: result.due.isoText,
                explanation: explain ? result.explanationText().split(separator: "\n").map(String.init) : nil)
        }
        let opening = CaseOpening(
            procedure: code!, received: received, channel: body.channel?.rawValue ?? "in-person",
            commune: artifact.communes.first?.id ?? "", applicant: "deadline",
            facts: try Field.names(body.facts, "facts"))
        var book = CaseBook(interpreter, keepsLog: false)
        do { try book.open(opening, id: "deadline") } catch { throw Problem(error) }
        guard let state = book.cases["deadline"], let period = interpreter.period(of: state),
            let due = interpreter.due(of: state, now: received)
        else {
            throw Problem(.unprocessable, "procedure \(code!) has no deadline on this channel")
        }
        var lines: [String]?
        if explain, let result = try? receiptCalculator.due(from: received, adding: period) {
            lines = result.explanationText().split(separator: "\n").map(String.init)
        }
        return .init(
            received: received.isoText, procedure: code, period: "\(period)", due: due.isoText, explanation: lines)
    }

    func holidayList(year: Int, ics: Bool) throws -> (bytes: [UInt8], type: String) {
        guard (1900...2100).contains(year) else { throw Problem(.badRequest, "year \(year) is outside 1900–2100") }
        if ics { return (Array(holidays.ics(year: year).utf8), "text/calendar; charset=utf-8") }
        do { return (Array(try holidays.json(year: year).utf8), "application/json") } catch {
            throw Problem(.unprocessable, "\(error)")
        }
    }

    // MARK: - Helpers

    static func json<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    /// The wall clock in Vietnam (UTC+7).
    static func now() -> LocalDateTime {
        let minutes = Int(Date().timeIntervalSince1970 / 60) + 7 * 60
        let day = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440
        let rest = minutes - day * 1440
        return LocalDateTime(
            (try? CivilDate(dayNumber: day)) ?? (try! CivilDate(2026, 1, 1)), try! TimeOfDay(rest / 60, rest % 60))
    }

    static func time(_ text: String, field: String) throws -> LocalDateTime {
        do {
            return try LocalDateTime(parsing: text)
        } catch CalendarError.malformedDateTime {
            throw Problem(
                .badRequest, "malformed \(field) \"\(text)\": write \"YYYY-MM-DD HH:MM\", e.g. \"2026-03-02 09:30\"")
        } catch {
            // Well formed but not a time of the calendar (an impossible date, a year outside it).
            throw Problem(.badRequest, "\(field) \"\(text)\": \(error)")
        }
    }
}

/// The checks of a request's values that the generated decoding does not make: it checks types,
/// required fields, unknown fields and enumerations; lengths, blanks, times and ranges are here.
enum Field {
    /// Blank: only white space (ECMAScript's `\\s`, what the spec's `\\S` pattern excludes).
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in
            switch s.value {
            case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
            default: false
            }
        }
    }

    static func text(_ text: String, _ key: String) throws -> String {
        guard text.unicodeScalars.count <= 1000 else {
            throw Problem(.badRequest, "the field \"\(key)\" is longer than 1000 characters")
        }
        // Blank is well formed JSON but means nothing: 422, like a name the catalog lacks.
        guard !isBlank(text) else { throw Problem(.unprocessable, "the field \"\(key)\" is empty") }
        return text
    }

    static func names(_ list: [String]?, _ key: String) throws -> [String] {
        guard let list else { return [] }
        guard list.count <= 100, list.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.count <= 200 }) else {
            throw Problem(.badRequest, "the field \"\(key)\" must be a list of at most 100 non-empty strings")
        }
        return list
    }

    static func time(_ text: String, _ key: String) throws -> LocalDateTime {
        try CaseService.time(try Self.text(text, key), field: key)
    }

    static func amount(_ number: Int, _ key: String) throws -> Int {
        guard number >= 0, number <= 1_000_000_000_000 else {
            throw Problem(.badRequest, "the field \"\(key)\" must be a whole number from 0 to 1000000000000")
        }
        return number
    }
}
