import ArgumentParser
import CaseEngine
import CaseForms
import CaseStorage
import CaseStoreSQLite
import Diagnostics
import Foundation
import WorkCalendar
import WorkflowCompiler

/// Options every `tthc case` command shares.
struct CaseStoreOptions: ParsableArguments {
    @Option(
        help: "The case store: an SQLite file, or a postgres:// URL. Default: $TTHC_STORE, else ~/.tthc/cases.sqlite.")
    var store: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    /// The clerk's language: text output and messages. JSON is the same in both (its keys and
    /// values are for programs).
    @Option(help: "Language of the text output and messages: en or vi.")
    var lang: MessageLanguage = .en

    /// `creating`: only `case open` makes a store that is not there (`StoreBackends.open`).
    func open(creating: Bool = false) throws -> any CaseStoring {
        try run { () throws(CaseError) in try StoreBackends.open(store, creating: creating) }
    }

    /// `CaseCLI.run` with its messages in the command's language.
    func run<T>(_ body: () throws(CaseError) -> T) throws -> T { try CaseCLI.run(in: lang, body) }
}

enum CaseCLI {
    /// Runs a library call; a refusal prints why and what is allowed and exits 1, anything else
    /// (an unknown case, procedure or unit, a store that cannot be written) exits 2.
    static func run<T>(in language: MessageLanguage = .en, _ body: () throws(CaseError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            if error.isRefusal {
                Console.err(Console.NoticeKind.refused.prefix(language) + error.text(language) + "\n")
                throw ExitCode(1)
            }
            throw CommandFailure.usage(error)
        }
    }

    /// `YYYY-MM-DD HH:MM` (or with `T`), local time in Vietnam; nil: now.
    static func time(_ text: String?, option: String) throws -> LocalDateTime {
        guard let text else { return now() }
        do {
            return try LocalDateTime(parsing: text)
        } catch CalendarError.malformedDateTime {
            throw CommandFailure.usage(
                CommandMessage.malformedTime(option: option, text: text))
        } catch {
            // Well formed but not a time: an impossible date, a year the calendar does not cover.
            throw CommandFailure.usage(
                OptionValueProblem(option: "\(option) \"\(text)\"", problem: Untranslated(error)))
        }
    }

    /// The wall clock in Vietnam (UTC+7, no daylight saving).
    static func now() -> LocalDateTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date())
        return LocalDateTime(try! CivilDate(c.year!, c.month!, c.day!), try! TimeOfDay(c.hour!, c.minute!))
    }

    /// Reads and verifies a whole compiled artifact (`tthc compile -o FILE`, packed or JSON).
    static func artifact(at path: String) throws -> CompiledCatalog {
        let pack = try self.pack(at: path)
        do { return try pack.artifact() } catch {
            throw CommandFailure.io(OptionValueProblem(option: path, problem: Untranslated(error)))
        }
    }

    /// Opens a compiled artifact to be read by the procedure: only its index is read and checked
    /// here (a JSON artifact is read and checked whole).
    static func pack(at path: String) throws -> ArtifactPack {
        guard let data = FileManager.default.contents(atPath: RunContext.current.path(path)) else {
            throw CommandFailure.io(
                CommandMessage.cannotReadArtifact(path))
        }
        do {
            return try ArtifactCodec.open(data)
        } catch {
            throw CommandFailure.io(OptionValueProblem(option: path, problem: Untranslated(error)))
        }
    }

    /// "C000001: complete receive by thanh-nua.pasc at 2026-03-02 09:00" for each event written.
    static func describe(_ receipt: StoreReceipt, language: MessageLanguage) -> String {
        if receipt.replayed {
            return CaseCommandWords.alreadyRecorded(receipt.caseId, version: receipt.version).text(language) + "\n"
        }
        return receipt.effects.map { effect in
            let e = effect.event
            return CaseCommandWords.recorded(
                effect.caseId, event: e.kind.rawValue, step: e.step?.text, actor: e.actor?.text, at: "\(e.at)",
                detail: CaseReport.detail(e, language).map { VisibleText.neutralised($0) }
            ).text(language) + "\n"
        }.joined()
    }
}

/// What `case open` and `case event` print as JSON.
struct CaseReceiptJSON: Encodable {
    var caseId: String
    var version: Int
    var replayed: Bool
    var events: [EventJSON]
    var due: LocalDateTime?
    var active: [String]
    var allowed: [AllowedEvent]

    struct EventJSON: Encodable {
        var caseId: String
        var event: CaseEvent
    }

    init(_ receipt: StoreReceipt, report: CaseReport) {
        caseId = receipt.caseId
        version = receipt.version
        replayed = receipt.replayed
        events = receipt.effects.map { EventJSON(caseId: $0.caseId, event: $0.event) }
        due = report.due
        active = report.steps.filter(\.active).map(\.step)
        allowed = report.allowed
    }
}
