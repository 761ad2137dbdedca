import ArgumentParser
import CatalogModel
import Diagnostics
import Foundation
import WorkCalendar

enum DeadlineFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv, jsonl
}

/// `--clock-start`: when the clock starts, overriding the procedure's and the catalog's rule.
enum ClockStartOption: String, ExpressibleByArgument, CaseIterable {
    case receipt
    case nextWorkingDay = "next-working-day"

    var rule: ClockStart { self == .receipt ? .receipt : .nextWorkingDay }
}

extension Channel: ExpressibleByArgument {}

struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Compute when a case is due, in working time under the Vietnamese calendar.",
        discussion: """
            Either give a period:
              tthc deadline --from "2026-02-13 16:20" --add "3 working days"
            or a procedure of the catalog, whose statutory deadline is used:
              tthc deadline --procedure 1.001193 --received "2026-11-23 14:50" \\
                --channel online

            Periods: "N working days", "N working hours", "N days" (calendar days), "same day"; \
            in Vietnamese too: "03 ngày làm việc", "4 giờ làm việc", "15 ngày", "trong ngày". \
            --from/--received also take a date alone: received when the office opened that day. \
            The catalog (--catalog: the catalog around the working directory, else Catalog) gives the office hours, the 15:00 cut-off and the \
            official decisions. A year without an official decision in the catalog is estimated: the \
            answer says so when a day it counted or skipped lies in one; --require-official makes that \
            an error. --explain lists every day counted or skipped and why. --lang vi writes the text in \
            Vietnamese, dates as DD/MM/YYYY (the JSON is the same in both; its instants carry +07:00).

            In bulk: tthc deadline --batch FILE (- for standard input) reads CSV with a header: \
            received, and add or procedure (optional channel, and facts separated by ";"). It writes \
            CSV (or --format jsonl) with the input columns plus due, estimated and error; a row that \
            cannot be computed gets an error and the run goes on. See docs/calendar.md. \
            Exit status: 0 computed, 1 an estimated answer under --require-official or a batch with \
            bad rows, 2 bad options or input (impossible date, unknown unit or procedure, unreadable file).
            """
    )

    @Option(
        name: [.customLong("from"), .customLong("received")],
        help: "When the dossier was received: \"YYYY-MM-DD HH:MM\", or a date alone (office opening).")
    var from: String?

    @Option(help: "The period to add, e.g. \"3 working days\".")
    var add: String?

    @Option(help: "A procedure code from the catalog whose statutory deadline applies.")
    var procedure: String?

    @Option(help: "The channel the dossier came by: in-person, online or postal (some procedures differ).")
    var channel: Channel?

    @Option(
        name: .customLong("condition"),
        help: "A case fact that holds (adds its extension), e.g. needs_verification. Repeatable.")
    var conditions: [String] = []

    @Option(
        name: .customLong("clock-start"),
        help: "When the clock starts: receipt or next-working-day. Default: the procedure's, else the catalog's.")
    var clockStart: ClockStartOption?

    @Option(
        name: .customLong("pause"),
        help:
            "A pause while waiting on the applicant: \"START/END\", e.g. \"2026-11-24 09:00/2026-11-26 10:00\". Repeatable."
    )
    var pauses: [String] = []

    @Option(
        help:
            "The catalog whose calendar and procedures are used (its folder, or any path inside it). Default: the catalog around the working directory, else Catalog."
    )
    var catalog: String?

    @Flag(help: "List every day counted or skipped, and why.")
    var explain = false

    @Flag(
        name: .customLong("require-official"),
        help: "Fail (exit 1) when the answer rests on a year without an official decision.")
    var requireOfficial = false

    @Option(help: "A CSV file of deadlines to compute, one per row (- for standard input).")
    var batch: String?

    @Option(help: "Output format: text or json; with --batch, csv or jsonl.")
    var format: DeadlineFormat = .text

    @Option(help: "Language of the text output and error messages: en or vi.")
    var lang: MessageLanguage = .en

    func validate() throws {
        if batch != nil {
            if from != nil || add != nil || procedure != nil || channel != nil || !conditions.isEmpty || !pauses.isEmpty
                || explain
            {
                throw UsageRefusal.error(.batchTakesQuestionsFromFile, in: lang)
            }
            guard format == .csv || format == .jsonl || format == .text else {
                throw UsageRefusal.error(.batchFormat(format.rawValue), in: lang)
            }
            return
        }
        if format == .csv || format == .jsonl {
            throw UsageRefusal.error(.formatNeedsBatch(format.rawValue), in: lang)
        }
        if from == nil {
            throw UsageRefusal.error(.needsFrom, in: lang)
        }
        if (add == nil) == (procedure == nil) {
            throw UsageRefusal.error(.needsAddOrProcedure, in: lang)
        }
    }

    func run() throws {
        let loaded = try Self.loadCatalog(catalog, procedure: procedure, batch: batch)
        let catalogPath = RunContext.current.pathDisplay(loaded.catalog.root)
        try Self.requireUsable(loaded, catalogPath: catalogPath, lang: lang)
        if let batch {
            let resolver = DeadlineResolver(
                catalog: loaded.catalog, catalogPath: catalogPath, diagnostics: loaded.diagnostics)
            var runner = try DeadlineBatch(
                resolver: resolver, format: format == .jsonl ? .jsonl : .csv, lang: lang,
                clockStart: clockStart?.rule, requireOfficial: requireOfficial)
            let failed = try runner.run(path: batch)
            if failed > 0 {
                Console.say(.rowsNotComputed(failed), as: .tool, in: lang)
                throw ExitCode(1)
            }
            return
        }
        let query = DeadlineQuery(
            received: from ?? "", add: add, procedure: procedure, channel: channel?.rawValue, facts: conditions,
            clockStart: clockStart?.rule, pauses: try pauses.map(parsePause))
        let answer = try query.answer(loaded, catalogPath: catalogPath)
        let result = answer.result
        if requireOfficial, result.estimated {
            let years = result.estimatedYears.map(String.init).joined(separator: ", ")
            Console.say(.restsOnEstimatedYears(years, first: result.estimatedYears[0]), as: .error, in: lang)
            throw ExitCode(1)
        }
        Console.out(format == .text ? answer.text(explain: explain, lang: lang) : try result.jsonText())
    }

    private func parsePause(_ text: String) throws -> PauseInterval {
        let separator = text.contains("/") ? "/" : ".."
        let parts = text.components(separatedBy: separator)
        guard parts.count == 2 else {
            throw CommandFailure.usage(
                CommandMessage.malformedPause(text))
        }
        return try DeadlineQuery.calendarInput {
            try PauseInterval(
                from: LocalDateTime(parsing: parts[0].trimmingCharacters(in: .whitespaces)),
                to: LocalDateTime(parsing: parts[1].trimmingCharacters(in: .whitespaces)))
        }
    }

    /// The catalog's manifest and calendar must be free of errors before a deadline is computed
    /// from them (a procedure's own errors are the resolver's to report, row by row in a batch).
    static func requireUsable(_ loaded: CatalogTarget.Loaded, catalogPath: String, lang: MessageLanguage) throws {
        let blocking = loaded.diagnostics.filter { d in
            guard d.severity == .error else { return false }
            return d.range.file.hasSuffix("/catalog.yaml") || d.range.file.contains("/calendar/")
                || d.code == .ioError
        }
        if let first = blocking.first {
            throw CommandFailure.io(CatalogErrorsAffectDeadline(first: first, catalogPath: catalogPath))
        }
    }
}
