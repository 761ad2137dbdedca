import ArgumentParser
import CatalogLint
import CatalogModel
import Diagnostics
import Foundation
import WorkCalendar

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a catalog with every check of `tthc check` plus the style and policy rules.",
        discussion: """
            What CI runs on every pull request. Reads the catalog (by default Catalog), runs the loader's and compiler's checks and every lint rule (`tthc rules` lists them, `tthc explain RULE` explains one), applies .tthc-lint.yml at the catalog root and `# tthc-lint: disable-next-line RULE -- reason` comments, and reports findings as file:line:column: severity[rule]: message.

            Several formats in one run: each --format takes the --output after it. This writes SARIF to lint.sarif and text to standard output:
              tthc lint --format sarif --output lint.sarif --format text

            A legacy catalog adopts the linter with --write-baseline FILE once, then --baseline FILE in CI: only findings not in the baseline are reported. Full guide: docs/lint.md.

            Exit status: 0 clean, 1 findings at or above --fail-on (default error, or fail_on in .tthc-lint.yml), 2 wrong options, an unreadable path or an invalid configuration.
            """
    )

    enum Threshold: String, ExpressibleByArgument, CaseIterable { case error, warning, note }

    @Argument(help: CatalogTarget.pathsHelp)
    var paths: [String] = []

    @Option(help: "Output format: text, json, sarif, github (Actions annotations) or junit. Repeat for several.")
    var format: [LintFormat] = []

    @Option(help: "File for the --format before it (default: standard output). Repeat with each --format.")
    var output: [String] = []

    @Option(help: "Language of messages and rule summaries: en or vi.")
    var lang: MessageLanguage = .en

    @Option(help: "Fail (exit 1) on findings of this severity or worse: error, warning or note.")
    var failOn: Threshold?

    @Option(help: "Colour in text output: auto (only on a terminal, and not when NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "The date rules treat as today (YYYY-MM-DD), for reproducible runs. Default: today in Việt Nam.")
    var today: String?

    @Option(help: "Configuration file. Default: .tthc-lint.yml at the catalog root, if present.")
    var config: String?

    @Option(help: "Report only findings that are not in this baseline file.")
    var baseline: String?

    @Option(help: "Write every current finding to this baseline file and exit 0.")
    var writeBaseline: String?

    @Option(
        help:
            "Report what a change since this git ref is answerable for: every finding in the files it changed (deleted, renamed, untracked too), and every finding elsewhere that the catalog at REF did not have."
    )
    var changedSince: String?

    @Flag(help: "Apply the safe fixes (Unicode NFC, spaces, tone marks, look-alike letters, code quotes) in place.")
    var fix = false

    @Flag(help: "With --fix: print the fixes as a unified diff and change nothing.")
    var dryRun = false

    func validate() throws {
        if dryRun && !fix { throw UsageRefusal.error(.dryRunWithoutFix, in: lang) }
        if let today, (try? CivilDate(parsing: today)) == nil {
            throw UsageRefusal.error(.malformedToday(today), in: lang)
        }
    }

    func run() throws {
        let destinations = try LintDestinations.pair(
            formats: format, outputs: output, arguments: RunContext.current.arguments)
        let options = LintSession.Options(
            paths: paths, today: try today.map { try CivilDate(parsing: $0) } ?? LintToday.date(), config: config,
            baseline: baseline, writeBaseline: writeBaseline, changedSince: changedSince, fix: fix, dryRun: dryRun,
            failOn: failOn.flatMap { Severity(rawValue: $0.rawValue) }, language: lang)
        let session = try LintSession.run(options)
        if let fixed = session.fixed {
            let repaired = fixed.problems
            let files = fixed.files
            Console.say(.fixed(problems: repaired, files: files), as: .bare, in: lang)
        }
        switch session.outcome {
        case .fixesPreviewed(let diff):
            Console.out(diff)
            throw ExitCode(0)
        case .baselineWritten(let count):
            Console.say(.wroteBaseline(findings: count, to: writeBaseline ?? ""), as: .bare, in: lang)
            throw ExitCode(0)
        case .report(let report, let failing):
            for (format, path) in destinations {
                let text = report.render(format, color: format == .text && path == nil && useColor)
                if let path {
                    try SafeFileWriter.write(Array(text.utf8), to: path)
                } else {
                    Console.out(text)
                }
            }
            if report.diagnostics.contains(where: { $0.code == .ioError }) { throw ExitCode(2) }
            throw ExitCode(failing ? 1 : 0)
        }
    }

    var useColor: Bool { color.enabled }
}
