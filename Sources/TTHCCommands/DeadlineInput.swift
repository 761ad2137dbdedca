import CatalogModel
import Diagnostics
import WorkCalendar

/// Why a deadline question has no answer: thrown by the resolver and the calculator's callers,
/// printed by `tthc deadline` (exit 2) or written in a batch row's `error` column, in the run's
/// language.
struct DeadlineRefusal: Error {
    let message: any DiagnosticMessage

    init(_ message: some DiagnosticMessage) { self.message = message }

    /// A failed computation's refusal: a calendar error in its own words, any other as it is.
    init(error: any Error) {
        if let error = error as? CalendarError { message = error } else { message = Untranslated(error) }
    }

    func text(_ language: MessageLanguage) -> String { message.text(language) }
}

/// One deadline question resolved against a catalog: the period, the clock rule, the cut-off and
/// the cap. `tthc deadline` and every row of `--batch` go through it, so both answer alike.
struct DeadlineQuestion: Equatable {
    var duration: WorkDuration
    var rule: ClockStart
    var cutoff: TimeOfDay?
    var cap: WorkDuration?
    var title: String?

    var statutory: StatutoryDeadline { StatutoryDeadline(base: duration, cap: cap) }
}

struct DeadlineResolver {
    let catalog: Catalog
    let catalogPath: String
    let defaultRule: ClockStart
    /// Per procedure file, the first error that leaves its terms in doubt: one in the file, or one
    /// elsewhere that points at it (its code defined a second time, in another file).
    let errorsByFile: [String: Diagnostic]

    /// `diagnostics`: the catalog's, sorted; a procedure with an error of its own is not answered.
    init(catalog: Catalog, catalogPath: String, diagnostics: [Diagnostic]) {
        self.catalog = catalog
        self.catalogPath = catalogPath
        defaultRule = catalog.manifest?.clockStart ?? .receipt
        var errors: [String: Diagnostic] = [:]
        for d in diagnostics where d.severity == .error {
            for file in [d.range.file] + d.notes.compactMap(\.range?.file) where errors[file] == nil {
                errors[file] = d
            }
        }
        errorsByFile = errors
    }

    /// `add` or `procedure` (with `channel` and `facts`), exactly one of the two. `receivedOn`: a
    /// procedure answers with the terms in force on the day the dossier was received (its versions).
    func question(
        add: String?, procedure: String?, channel: String?, facts: [String],
        receivedOn: CivilDate? = nil
    ) throws(DeadlineRefusal) -> DeadlineQuestion {
        switch (add, procedure) {
        case (let add?, nil):
            do {
                return DeadlineQuestion(duration: try WorkDuration(parsing: add), rule: defaultRule)
            } catch {
                throw DeadlineRefusal(error: error)
            }
        case (nil, let code?):
            return try procedureQuestion(code, channel: channel, facts: facts, receivedOn: receivedOn)
        case (nil, nil):
            throw DeadlineRefusal(CommandMessage.periodOrProcedure)
        case (_?, _?):
            throw DeadlineRefusal(CommandMessage.periodAndProcedure)
        }
    }

    private func procedureQuestion(_ code: String, channel: String?, facts: [String], receivedOn: CivilDate?)
        throws(DeadlineRefusal) -> DeadlineQuestion
    {
        guard let listed = catalog.procedures[code] else {
            // Declared but not loaded: its own errors, not its absence, are what to fix.
            if let file = catalog.broken.procedureFiles[code], let first = errorsByFile[file] {
                throw DeadlineRefusal(CatalogErrorsAffectDeadline(first: first, catalogPath: catalogPath))
            }
            if catalog.broken.procedures.contains(code) {
                throw DeadlineRefusal(CommandMessage.procedureHasErrors(code, catalog: catalogPath))
            }
            let near = Suggestions.nearest(to: code, in: catalog.procedures.keys)
            throw DeadlineRefusal(CommandMessage.unknownProcedure(code, catalog: catalogPath, suggestion: near))
        }
        if let first = errorsByFile[listed.file] {
            throw DeadlineRefusal(CatalogErrorsAffectDeadline(first: first, catalogPath: catalogPath))
        }
        // A dossier received outside the procedure's period in force has no terms to answer with.
        if let day = receivedOn, day < listed.effective.value || listed.expires.map({ day > $0.value }) == true {
            let period = ValidityPeriod(from: listed.effective, until: listed.expires)
            // Not the day itself: a batch answers every row of one period with one cached answer.
            throw DeadlineRefusal(CommandMessage.notInForceAtReceipt(code, period: period))
        }
        let found = receivedOn.map { listed.asOf($0) } ?? listed
        var channelValue: Channel?
        if let channel {
            guard let c = Channel(rawValue: channel) else {
                throw DeadlineRefusal(CommandMessage.unknownChannel(channel))
            }
            channelValue = c
        }
        let declared = Set(found.conditions.map(\.id))
        for fact in facts where !declared.contains(fact) {
            let list = declared.sorted().joined(separator: ", ")
            throw DeadlineRefusal(CommandMessage.unknownCondition(code, fact: fact, conditions: list))
        }
        guard let statutory = catalog.deadline(of: found, channel: channelValue, facts: Set(facts)) else {
            throw DeadlineRefusal(CommandMessage.channelNotOffered(code, channel: channel ?? ""))
        }
        return DeadlineQuestion(
            duration: statutory.duration, rule: statutory.deadline.clockStart ?? defaultRule,
            cutoff: statutory.deadline.cutoff?.value, cap: statutory.deadline.cap?.value,
            title: "\(code) \(found.name.value) — \(statutory.deadline.text.value)")
    }
}

/// `YYYY-MM-DD HH:MM`, `YYYY-MM-DDTHH:MM` (optionally `+07:00`), or a date alone: the office's
/// opening on that day (a dossier dated but not timed was received when the office opened).
func parseReceived(_ text: String, officeHours: OfficeHours) throws(DeadlineRefusal) -> LocalDateTime {
    do {
        if text.utf8.count == 10 {
            return LocalDateTime(try CivilDate(parsing: text), officeHours.sessions[0].start)
        }
        return try LocalDateTime(parsing: text)
    } catch {
        throw DeadlineRefusal(error: error)
    }
}

extension DeadlineCalculator {
    /// The due instant of a question, with the cap applied. The fast path: no explanation.
    func dueDate(_ q: DeadlineQuestion, from received: LocalDateTime, pauses: [PauseInterval] = []) throws
        -> LocalDateTime
    {
        try due(of: q.statutory, from: received, clockStart: q.rule, pauses: pauses).due
    }
}
