import CatalogLint
import CatalogModel
import Diagnostics
import Foundation
import WorkCalendar

/// One `tthc lint` run apart from its options and its output (SwiftLint's
/// `LintOrAnalyzeCommand.run(options)`): every catalog the paths select is linted, fixed,
/// written to a baseline or compared with one, and the report is returned for rendering.
struct LintSession {
    struct Options {
        var paths: [String] = []
        var today: CivilDate
        var config: String?
        var baseline: String?
        var writeBaseline: String?
        var changedSince: String?
        var fix = false
        var dryRun = false
        /// Overrides `fail_on` of the configuration.
        var failOn: Severity?
        var language: LintLanguage = .en
    }

    enum Outcome {
        /// `--fix --dry-run`: the fixes as a unified diff; nothing was changed.
        case fixesPreviewed(String)
        /// `--write-baseline`: how many findings were written.
        case baselineWritten(Int)
        /// The findings, and whether any is at or above the failing severity.
        case report(LintReport, failing: Bool)
    }

    /// `--fix`: how many problems were repaired in how many files (before the outcome).
    var fixed: (problems: Int, files: Int)?
    var outcome: Outcome

    static func run(_ options: Options) throws -> LintSession {
        let language = options.language
        let context = RunContext.current
        let selection: CatalogSelection
        do {
            selection = try CatalogSelection.resolve(options.paths, workingDirectory: context.workingDirectory)
        } catch { throw CommandFailure.io(error) }
        var runs = try selection.scopes.map { try LintRun.run($0, options: options) }

        var fixed: (problems: Int, files: Int)?
        if options.fix {
            let files = runs.flatMap { $0.fixes() }
            if options.dryRun {
                let diff = files.map {
                    UnifiedDiff.render(
                        old: String(decoding: $0.original, as: UTF8.self),
                        new: String(decoding: $0.fixed, as: UTF8.self),
                        path: context.pathDisplay($0.path))
                }
                return LintSession(outcome: .fixesPreviewed(diff.joined()))
            }
            for file in files {
                try SafeFileWriter.write(file.fixed, to: file.path)
            }
            let paths = Set(files.map(\.path))
            let repaired = runs.reduce(0) { count, run in
                count
                    + AutomaticFixes.prepare(run.diagnostics, sources: run.result.catalog.sources)
                    .filter { AutomaticFixes.isAutomatic($0) && paths.contains($0.range.file) }.count
            }
            fixed = (repaired, files.count)
            runs = try runs.map { try LintRun.run($0.target, options: options) }
        }

        if let writeBaseline = options.writeBaseline {
            let entries = runs.flatMap { $0.baseline().findings }
            try SafeFileWriter.write(
                [UInt8](Baseline(findings: entries).encoded()), to: writeBaseline)
            return LintSession(fixed: fixed, outcome: .baselineWritten(entries.count))
        }

        var baselined = 0
        if let baseline = options.baseline {
            guard let data = FileManager.default.contents(atPath: context.path(baseline)) else {
                throw CommandFailure.io(
                    CommandMessage.cannotReadBaseline(baseline))
            }
            let known: Baseline
            do { known = try Baseline.decode(data) } catch {
                throw CommandFailure.io(
                    CommandMessage.notABaseline(baseline, reason: "\(error)"))
            }
            for index in runs.indices { baselined += runs[index].subtract(known) }
        }

        let report = LintReport(
            diagnostics: runs.flatMap(\.diagnostics).sorted(),
            sources: runs.reduce(into: [:]) { $0.merge($1.result.catalog.sources) { first, _ in first } },
            files: runs.flatMap(\.files), suppressed: runs.reduce(0) { $0 + $1.suppressed },
            baselined: baselined, language: language,
            failOn: options.failOn ?? runs.first?.configuration.failOn ?? .error
        ).displayed()
        let failing = runs.contains { run in
            run.diagnostics.contains { $0.severity >= (options.failOn ?? run.configuration.failOn) }
        }
        return LintSession(fixed: fixed, outcome: .report(report, failing: failing))
    }
}
