import ArgumentParser
import CatalogModel
import Diagnostics
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a catalog and report every problem with its file, line and column.",
        discussion: """
        Reads every YAML file of the catalog (by default the shipped Catalog directory) and reports
        each problem as file:line:column: severity[CODE]: message, with the line and a caret under it.
        It also runs the workflow compiler's checks: every step reachable and reaching an end,
        parallel branches joined, receipt and return at a service centre, levels, the deadline
        budget, legal basis in force, calls between procedures.
        A PATH may also be one file inside a catalog: the whole catalog is read, and only that
        file's problems are shown. With --lang vi every message is in Vietnamese. Every code is explained in docs/diagnostics.md.

        Exit status: 0 no errors, 1 errors found, 2 a path could not be read or the options are wrong.
        """
    )

    @Argument(help: "Catalog directories, or files inside a catalog. Default: Catalog.")
    var paths: [String] = []

    @OptionGroup var output: OutputOptions

    @Option(help: "Language of messages: en or vi.")
    var lang: LintCommand.Language = .en

    var language: MessageLanguage { lang == .vi ? .vi : .en }

    func run() throws {
        let targets = paths.isEmpty ? ["Catalog"] : paths
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceText] = [:]
        var files = 0
        for target in targets {
            let loaded = try CatalogTarget.load(target, compile: true, language: language)
            diagnostics += loaded.diagnostics.localized(language)
            sources.merge(loaded.sources) { first, _ in first }
            files += loaded.fileCount
        }
        diagnostics.sort()
        output.emit(diagnostics, sources: sources, files: files, language: language)
        throw ExitCode(CatalogTarget.exitStatus(for: diagnostics))
    }
}
