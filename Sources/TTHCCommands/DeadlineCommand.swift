import ArgumentParser
import CatalogModel
import Diagnostics
import Foundation
import WorkCalendar

struct DeadlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Compute when a case is due, in working time under the Vietnamese calendar.",
        discussion: """
        Either give a period:
          tthc deadline --from "2026-02-13 16:20" --add "3 working days"
        or a procedure of the catalog, whose statutory deadline is used:
          tthc deadline --procedure 1.001193 --received "2026-11-23 14:50" --channel online

        Periods: "N working days", "N working hours", "N days" (calendar days), "same day";
        in Vietnamese too: "03 ngày làm việc", "4 giờ làm việc", "15 ngày", "trong ngày".
        The catalog (--catalog, default Catalog) gives the office hours, the 15:00 cut-off and the
        official swapped working days. --explain lists every day counted or skipped and why.
        --lang vi writes the text in Vietnamese, dates as DD/MM/YYYY (the JSON is the same in both).
        Exit status: 0 computed, 2 bad input (impossible date, unknown unit or procedure, …).
        """
    )

    @Option(name: [.customLong("from"), .customLong("received")], help: "When the dossier was received: \"YYYY-MM-DD HH:MM\".")
    var from: String

    @Option(help: "The period to add, e.g. \"3 working days\".")
    var add: String?

    @Option(help: "A procedure code from the catalog whose statutory deadline applies.")
    var procedure: String?

    @Option(help: "The channel the dossier came by: in-person, online or postal (some procedures differ).")
    var channel: String?

    @Option(name: .customLong("condition"), help: "A case fact that holds (adds its extension), e.g. needs_verification. Repeatable.")
    var conditions: [String] = []

    @Option(name: .customLong("clock-start"), help: "When the clock starts: receipt or next-working-day. Default: the procedure's, else the catalog's.")
    var clockStart: String?

    @Option(name: .customLong("pause"), help: "A pause while waiting on the applicant: \"START/END\", e.g. \"2026-11-24 09:00/2026-11-26 10:00\". Repeatable.")
    var pauses: [String] = []

    @Option(help: "The catalog whose calendar and procedures are used.")
    var catalog: String = "Catalog"

    @Flag(help: "List every day counted or skipped, and why.")
    var explain = false

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of the text output: en or vi.")
    var lang: LintCommand.Language = .en

    func validate() throws {
        if (add == nil) == (procedure == nil) {
            throw ValidationError("give either --add PERIOD or --procedure CODE")
        }
    }

    func run() throws {
        let received = try parse { try LocalDateTime(parsing: from) }
        let pauseIntervals = try pauses.map(parsePause)
        let loaded = try CatalogTarget.load(catalog)
        try Self.requireUsable(loaded, procedureFile: nil, catalogPath: catalog)
        var title: String?
        var capApplied: WorkDuration?
        var duration: WorkDuration
        var rule = loaded.catalog.manifest?.clockStart ?? .receipt
        var cutoff: TimeOfDay?
        var cap: WorkDuration?
        if let code = procedure {
            guard let found = loaded.catalog.procedures[code] else {
                let hint = Suggestions.nearest(to: code, in: loaded.catalog.procedures.keys).map { " (did you mean \($0)?)" } ?? ""
                throw CommandFailure.usage("unknown procedure \(code) in \(catalog)\(hint)")
            }
            try Self.requireUsable(loaded, procedureFile: found.file, catalogPath: catalog)
            let channelValue = try channel.map { name -> Channel in
                guard let c = Channel(rawValue: name) else { throw CommandFailure.usage("unknown channel \"\(name)\"; use in-person, online or postal") }
                return c
            }
            let declared = Set(found.conditions.map(\.id))
            for fact in conditions where !declared.contains(fact) {
                throw CommandFailure.usage("procedure \(code) has no condition \"\(fact)\"; its conditions: \(declared.sorted().joined(separator: ", "))")
            }
            guard let statutory = loaded.catalog.deadline(of: found, channel: channelValue, facts: Set(conditions)) else {
                throw CommandFailure.usage("procedure \(code) is not offered on the \(channel ?? "") channel")
            }
            duration = statutory.duration
            if let r = statutory.deadline.clockStart { rule = r }
            cutoff = statutory.deadline.cutoff?.value
            cap = statutory.deadline.cap?.value
            title = "\(code) \(found.name.value) — \(statutory.deadline.text.value)"
        } else {
            duration = try parse { try WorkDuration(parsing: add ?? "") }
        }
        if let clockStart {
            switch clockStart {
            case "receipt": rule = .receipt
            case "next-working-day": rule = .nextWorkingDay
            default: throw CommandFailure.usage("unknown --clock-start \"\(clockStart)\"; use receipt or next-working-day")
            }
        }
        let calendar = try parse { try loaded.catalog.workCalendar(cutoff: cutoff) }
        let calculator = DeadlineCalculator(calendar: calendar)
        var result = try parse { try calculator.due(from: received, adding: duration, clockStart: rule, pauses: pauseIntervals) }
        // "không quá N ngày": extensions never push the due time past the cap.
        if let cap, duration.extensions.count > 0 {
            let capped = try parse { try calculator.due(from: received, adding: cap, clockStart: rule, pauses: pauseIntervals) }
            if capped.due < result.due {
                result = capped
                capApplied = cap
            }
        }
        switch format {
        case .json:
            Console.out(try result.jsonText())
        case .text where lang == .vi:
            var out = title.map { "Thủ tục \($0)\n" } ?? ""
            if let capApplied { out += "(không quá \(capApplied.vietnameseDescription))\n" }
            if explain {
                out += result.explanationText(language: .vi)
            } else {
                out += "Tiếp nhận: \(result.received.vietnameseText) (\(result.received.date.weekday.vietnameseName)); "
                    + "thời hạn: \(result.duration.vietnameseDescription)\n"
                out += "Hạn giải quyết: \(result.due.vietnameseText) (\(result.due.date.weekday.vietnameseName))\n"
            }
            Console.out(out)
        case .text:
            var out = title.map { "Procedure \($0)\n" } ?? ""
            if let capApplied { out += "(capped at \(capApplied))\n" }
            if explain {
                out += result.explanationText()
            } else {
                out += "Received: \(result.received) (\(result.received.date.weekday.shortName)); period: \(result.duration)\n"
                out += "Due: \(result.due) (\(result.due.date.weekday.shortName))\n"
            }
            Console.out(out)
        }
    }

    private func parsePause(_ text: String) throws -> PauseInterval {
        let separator = text.contains("/") ? "/" : ".."
        let parts = text.components(separatedBy: separator)
        guard parts.count == 2 else {
            throw CommandFailure.usage("--pause \"\(text)\" must be START/END, e.g. \"2026-11-24 09:00/2026-11-26 10:00\"")
        }
        return try parse {
            try PauseInterval(from: LocalDateTime(parsing: parts[0].trimmingCharacters(in: .whitespaces)),
                              to: LocalDateTime(parsing: parts[1].trimmingCharacters(in: .whitespaces)))
        }
    }

    /// Calendar errors are the user's input: a plain message, exit 2.
    private func parse<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as CalendarError { throw CommandFailure.usage(error.description) }
    }

    /// The catalog's manifest and calendar (and the procedure's own file) must be free of errors
    /// before a deadline is computed from them.
    static func requireUsable(_ loaded: CatalogTarget.Loaded, procedureFile: String?, catalogPath: String) throws {
        let blocking = loaded.diagnostics.filter { d in
            guard d.severity == .error else { return false }
            return d.range.file.hasSuffix("/catalog.yaml") || d.range.file.contains("/calendar/") || d.range.file == procedureFile
                || d.code == .ioError
        }
        if let first = blocking.first {
            throw CommandFailure.io("the catalog has errors that affect this deadline (first: \(first.range.file):\(first.range.start.line): \(first.message)); run `tthc check \(catalogPath)`")
        }
    }
}
