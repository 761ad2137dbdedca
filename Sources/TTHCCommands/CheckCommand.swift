import ArgumentParser
import CatalogModel
import Diagnostics
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a catalog and report every problem with its file, line and column.",
        discussion: """
            Reads every YAML file of the catalog (by default the shipped Catalog directory) and reports \
            each problem as file:line:column: severity[CODE]: message, with the line and a caret under it. \
            It also runs the workflow compiler's checks: every step reachable and reaching an end, \
            parallel branches joined, receipt and return at a service centre, levels, the deadline \
            budget, legal basis in force, calls between procedures. \
            A PATH may also be a file or a folder inside a catalog: the catalog's root is the nearest \
            folder above it that holds catalog.yaml, the whole catalog is read, and only the problems of \
            the files asked for are shown. A path that names no catalog file is an error (exit 2). With --lang vi every message is in Vietnamese. Every code is explained in docs/diagnostics.md.

            Exit status: 0 no errors, 1 errors found, 2 a path could not be read or the options are wrong.
            """
    )

    @Argument(help: CatalogTarget.pathsHelp)
    var paths: [String] = []

    @OptionGroup var output: OutputOptions

    @Option(
        help:
            "Check the catalog as it stands on this date (YYYY-MM-DD): versions and dated values of that date, legal documents in force on it."
    )
    var at: AtDate?

    @Option(help: "Language of messages: en or vi.")
    var lang: MessageLanguage = .en

    func run() throws {
        var diagnostics: [Diagnostic] = []
        var sources: [String: SourceText] = [:]
        var files = 0
        let catalogs = try CatalogTarget.loadAll(
            paths, compile: true, language: lang, at: at, keeping: .diagnostics, keepsTexts: false)
        RunContext.current.keepUntilExit(catalogs)
        for loaded in catalogs {
            diagnostics += loaded.diagnostics.localized(lang)
            // The first catalog's table is taken as it is: merging it into an empty one hashed
            // every path again.
            if sources.isEmpty { sources = loaded.sources } else { sources.merge(loaded.sources) { first, _ in first } }
            files += loaded.fileCount
        }
        diagnostics.sort()
        output.emit(diagnostics, sources: sources, files: files, language: lang)
        throw ExitCode(CatalogTarget.exitStatus(for: diagnostics))
    }
}
