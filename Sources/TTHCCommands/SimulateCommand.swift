import ArgumentParser
import CaseEngine
import CaseSimulation
import CaseStoreSQLite
import Diagnostics
import Foundation
import WorkCalendar

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract:
            "Drive many synthetic cases through the compiled catalog in virtual time; write report.json and report.html.",
        discussion: """
            Example:
              tthc simulate --artifact catalog.tthc.json --days 44 --cases 156230 \\
                --online-share 0.86 --seed 7 --out sim

            Every event goes through the interpreter, as a real request would. report.html (Vietnamese, or \
            English with --lang en) gives the on-time rate per commune and per provincial agency against \
            --target, the backlog over time, the slowest procedures (at least --min-sample cases), the units \
            that fall behind, and Decision 766's progress-and-results rate (no points: formula unconfirmed). With --store the \
            finished cases are also written to the case store, in batches (one transaction each). \
            A progress bar is drawn on standard error when it is a terminal.
            """
    )

    @Option(help: "The compiled catalog.")
    var artifact: String

    @Option(help: "Working days over which dossiers arrive.")
    var days: Int = 44

    @Option(help: "How many dossiers.")
    var cases: Int = 156_230

    @Option(name: .customLong("online-share"), help: "Share submitted online where the procedure offers it (0…1).")
    var onlineShare: Double = 0.86

    @Option(help: "Random seed: the same seed gives the same report.")
    var seed: UInt64 = 1

    @Option(help: "First day of arrivals: YYYY-MM-DD.")
    var start: String = "2026-03-02"

    @Option(help: "Folder for report.json and report.html.")
    var out: String = "simulation"

    @Option(help: "Also persist the cases to this case store.")
    var store: String?

    @Option(help: "Cases per transaction when persisting.")
    var batch: Int = 1000

    @Option(help: "Language of report.html: vi (default) or en.")
    var lang: MessageLanguage = .vi

    @Option(help: "On-time target drawn on the report's charts (0…1); tthc's default, not a legal figure.")
    var target: Double = 0.95

    @Option(
        name: .customLong("min-sample"), help: "Fewest returned cases for a procedure to be ranked among the slowest.")
    var minSample: Int = 30

    @Flag(name: .customLong("log-commits"), help: "Print a line after each committed batch (for monitoring).")
    var logCommits = false

    func validate() throws {
        guard days > 0, cases > 0, batch > 0 else {
            throw ValidationError("--days, --cases and --batch must be positive")
        }
        guard (0...1).contains(onlineShare) else { throw ValidationError("--online-share must be between 0 and 1") }
        guard (0...1).contains(target), minSample > 0 else {
            throw ValidationError("--target must be between 0 and 1 and --min-sample positive")
        }
    }

    func run() throws {
        let artifact = try CaseCLI.artifact(at: self.artifact)
        var config = SimulationConfig()
        config.days = days
        config.cases = cases
        config.onlineShare = onlineShare
        config.seed = seed
        config.target = target
        config.minSample = minSample
        do {
            config.start = try CivilDate(parsing: start)
        } catch CalendarError.malformedDate {
            throw CommandFailure.usage(
                CommandMessage.malformedStart(start))
        } catch {
            throw CommandFailure.usage(OptionValueProblem(option: "--start \"\(start)\"", problem: Untranslated(error)))
        }
        let progress = ProgressBar()
        var committed: ((Int, Int) -> Void)?
        if logCommits { committed = { cases, events in Console.out("committed \(cases) cases \(events) events\n") } }
        let report = try SimulationRun(artifact: artifact, config: config, store: store, batch: batch)
            .run(progress: progress.update, committed: committed)
        progress.finish()
        do {
            try FileManager.default.createDirectory(
                atPath: RunContext.current.path(out), withIntermediateDirectories: true)
        } catch {
            let reason = FileErrorReason.text(error)
            throw CommandFailure.io(
                CommandMessage.cannotWriteReport(out, reason: reason))
        }
        try SafeFileWriter.write(
            Array(try report.json().utf8), to: (out as NSString).appendingPathComponent("report.json"))
        try SafeFileWriter.write(
            Array(HTMLReport.render(report, language: lang).utf8),
            to: (out as NSString).appendingPathComponent("report.html"))
        let rate = String(format: "%.1f%%", report.status.onTimeRate * 100)
        Console.err(
            "simulated \(report.cases) cases (\(report.subcases) sub-cases, \(report.events) events) in \(String(format: "%.2f", report.seconds)) s, \(Int(report.eventsPerSecond)) events/s; \(rate) on time, \(report.apologies) apologies (form 04); wrote \(out)/report.json and report.html\n"
        )
    }
}

/// A one-line bar on standard error, drawn only when it is a terminal.
final class ProgressBar {
    private let enabled = RunContext.current.error.isTerminal
    private var drawn = false

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        Console.err(
            "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
                + "] \(done * 100 / total)% \(done)/\(total) cases")
        drawn = true
    }

    func finish() {
        if drawn { Console.err("\n") }
    }
}
