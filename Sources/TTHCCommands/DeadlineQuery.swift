import CatalogModel
import Diagnostics
import WorkCalendar

/// One `tthc deadline` question (not `--batch`) answered against the catalog: the procedure's
/// terms in force on the day of receipt, the clock rule, the pauses, and the cap that
/// extensions may not pass. The command parses options into it and renders the answer.
struct DeadlineQuery {
    var received: String
    var add: String?
    var procedure: String?
    var channel: String?
    var facts: [String] = []
    /// Overrides the procedure's and the catalog's rule.
    var clockStart: ClockStart?
    var pauses: [PauseInterval] = []

    struct Answer {
        var result: DeadlineResult
        /// Set when the cap ("không quá N ngày") gave an earlier due time than the extensions.
        var capApplied: WorkDuration?
        /// The procedure's name, when asked by procedure.
        var title: String?
    }

    /// Errors in the user's input (an impossible date, an unknown procedure) are `CommandFailure`s,
    /// rendered in the run's language at the top, exit 2.
    func answer(_ loaded: CatalogTarget.Loaded, catalogPath: String) throws -> Answer {
        let resolver = DeadlineResolver(
            catalog: loaded.catalog, catalogPath: catalogPath, diagnostics: loaded.diagnostics)
        // The procedure's terms in force on the day of receipt (its dated versions); a receipt that
        // does not parse is reported below, in words.
        let receivedOn = try? parseReceived(received, officeHours: loaded.catalog.workCalendar().officeHours).date
        var question = try bilingual { () throws(DeadlineRefusal) in
            try resolver.question(
                add: add, procedure: procedure, channel: channel, facts: facts, receivedOn: receivedOn)
        }
        if let clockStart { question.rule = clockStart }
        let calendar = try Self.calendarInput { try loaded.catalog.workCalendar(cutoff: question.cutoff) }
        let receivedAt = try bilingual { () throws(DeadlineRefusal) in
            try parseReceived(received, officeHours: calendar.officeHours)
        }
        let calculator = DeadlineCalculator(calendar: calendar)
        // The statutory period, its extensions and the cap they may not pass ("không quá N ngày").
        let (result, capApplied) = try Self.calendarInput {
            try calculator.explainedDue(
                of: question.statutory, from: receivedAt, clockStart: question.rule, pauses: pauses)
        }
        let answer = Answer(result: result, capApplied: capApplied, title: question.title)
        return answer
    }

    private func bilingual<T>(_ body: () throws(DeadlineRefusal) -> T) throws -> T {
        do { return try body() } catch { throw CommandFailure.usage(error.message) }
    }

    /// Calendar errors are the user's input: a plain message (rendered in the run's language at
    /// the top), exit 2.
    static func calendarInput<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as CalendarError {
            throw CommandFailure.usage(error)
        }
    }
}

extension DeadlineQuery.Answer {
    /// The text `tthc deadline` prints: the due time, or with `explain` every day counted or
    /// skipped.
    func text(explain: Bool, lang: MessageLanguage) -> String {
        if lang == .vi {
            var out = title.map { "Thủ tục \($0)\n" } ?? ""
            if let capApplied { out += "(không quá \(capApplied.vietnameseDescription))\n" }
            if explain { return out + result.explanationText(language: .vi) }
            out +=
                "Tiếp nhận: \(result.received.vietnameseText) (\(result.received.date.weekday.vietnameseName)); "
                + "thời hạn: \(result.duration.vietnameseDescription)\n"
            out += "Hạn giải quyết: \(result.due.vietnameseText) (\(result.due.date.weekday.vietnameseName))\n"
            if let notice = result.estimateNotice(language: .vi) { out += notice + "\n" }
            return out
        }
        var out = title.map { "Procedure \($0)\n" } ?? ""
        if let capApplied { out += "(capped at \(capApplied))\n" }
        if explain { return out + result.explanationText() }
        out += "Received: \(result.received) (\(result.received.date.weekday.shortName)); period: \(result.duration)\n"
        out += "Due: \(result.due) (\(result.due.date.weekday.shortName))\n"
        if let notice = result.estimateNotice() { out += notice + "\n" }
        return out
    }
}
