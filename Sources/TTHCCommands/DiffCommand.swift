import ArgumentParser
import CatalogModel
import Diagnostics
import Foundation
import WorkflowCompiler

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two catalogs: procedures added, removed and changed, field by field.",
        discussion: """
            OLD and NEW are catalog folders (or paths inside one), or git revisions of the catalog \
            (--catalog, default the catalog around the working directory): a revision is read with \
            `git archive REV -- <catalog>` into a temporary folder, as `tthc lint --changed-since` does. \
            NEW defaults to the catalog as it is on disk. Changes are said in words: deadline 15 → 10 \
            working days; fee added; authority moved from X to Y; workflow: step added, budget changed.

              tthc diff HEAD~5                      # what the last five commits changed
              tthc diff main HEAD --format markdown # for a pull request
              tthc diff old-catalog/ Catalog --format json

            A catalog whose files have errors is not compared (a file that cannot be read would show its \
            procedure as removed): its errors are printed as `tthc check` prints them.

            Exit status: 0 (whether or not anything changed), 1 a catalog has errors, 2 a catalog could \
            not be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @OptionGroup var catalogs: CatalogPairArguments

    @Option(help: "text, json or markdown.")
    var format: Format = .text

    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Language: en or vi.")
    var lang: MessageLanguage = .en

    func run() throws {
        let pair = try CatalogPair.load(catalogs, language: lang)
        defer { pair.cleanUp() }
        let diff = CatalogDiff.compare(old: pair.old, new: pair.new)
        let text: String
        switch format {
        case .text: text = diff.text(lang)
        case .markdown: text = diff.markdown(lang)
        case .json: text = try diff.json()
        }
        try CatalogOutput.write(text, to: output)
    }
}

/// OLD, NEW and --catalog, as `tthc diff` and `tthc decision draft` both take them.
struct CatalogPairArguments: ParsableArguments {
    @Argument(help: "The old catalog: a folder, or a git revision.")
    var old: String

    @Argument(help: "The new catalog: a folder, or a git revision. Default: the catalog on disk.")
    var new: String?

    @Option(
        help:
            "The catalog whose revisions OLD and NEW name (a folder or a path inside it). Default: the catalog around the working directory, else Catalog."
    )
    var catalog: String?
}

/// Two catalogs to compare: folders, or git revisions of one catalog (read with `git archive`
/// through `CatalogChange`, as `tthc lint --changed-since` reads its base).
struct CatalogPair {
    var old: Catalog
    var new: Catalog
    var scratch: [CatalogChange]

    func cleanUp() {
        for change in scratch { change.removeScratch() }
    }

    /// One side as read: its check, and the revision it was read from (nil for a folder).
    private struct Side {
        var check: CatalogCheck
        var revision: String?
    }

    /// Loads both catalogs. One whose files have errors is refused, its errors printed as `tthc
    /// check` prints them (exit 1): a file that cannot be read leaves its procedure out of the
    /// catalog, so a diff would call it removed, and an annex would list it as abolished.
    static func load(_ arguments: CatalogPairArguments, language: MessageLanguage) throws -> CatalogPair {
        let (old, new, catalog) = (arguments.old, arguments.new, arguments.catalog)
        var scratch: [CatalogChange] = []
        do {
            let a = try load(old, catalog: catalog, scratch: &scratch)
            let b = try load(new, catalog: catalog, scratch: &scratch)
            try refuseErrors(in: [a, b], language: language)
            return CatalogPair(old: a.check.catalog, new: b.check.catalog, scratch: scratch)
        } catch {
            for change in scratch { change.removeScratch() }
            throw error
        }
    }

    private static func refuseErrors(in sides: [Side], language: MessageLanguage) throws {
        var refused = false
        for side in sides {
            let errors = side.check.loaded.diagnostics.filter { $0.severity == .error }
            guard !errors.isEmpty else { continue }
            refused = true
            if let revision = side.revision {
                // Its files lie in a scratch folder that is gone by the time anyone reads them.
                Console.say(.revisionHasErrors(revision, count: errors.count), as: .error, in: language)
            } else {
                OutputOptions.emit(
                    errors.localized(language), sources: side.check.catalog.sources,
                    files: side.check.loaded.fileCount, language: language, format: .text, useColor: false)
            }
        }
        guard refused else { return }
        Console.say(.catalogWithErrorsNotCompared, as: .error, in: language)
        throw ExitCode(1)
    }

    /// A folder, the catalog on disk (nil), or a git revision of `catalog`.
    private static func load(_ spec: String?, catalog: String?, scratch: inout [CatalogChange]) throws -> Side {
        var isDirectory: ObjCBool = false
        if let spec, FileManager.default.fileExists(atPath: RunContext.current.path(spec), isDirectory: &isDirectory),
            isDirectory.boolValue
        {
            return Side(check: CatalogCheck.run(root: try rootOf(spec), compile: false))
        }
        let root = try rootOf(catalog)
        guard let spec else { return Side(check: CatalogCheck.run(root: root, compile: false)) }
        let change = try CatalogChange.since(spec, root: root, orFolder: true)
        scratch.append(change)
        guard let previous = change.previousRoot else {
            throw CommandFailure.usage(
                CommandMessage.noCatalogAtRevision(spec, root: RunContext.current.pathDisplay(root)))
        }
        return Side(check: CatalogCheck.run(root: previous, compile: false), revision: spec)
    }

    static func rootOf(_ path: String?) throws -> String {
        let selection: CatalogSelection
        do {
            selection = try CatalogSelection.resolve(
                path.map { [$0] } ?? [], workingDirectory: RunContext.current.workingDirectory)
        } catch { throw CommandFailure.io(error) }
        guard let root = selection.scopes.first?.root else {
            throw CommandFailure.io(CommandMessage.noCatalog)
        }
        return root
    }
}

/// Writes a command's output to a file (through `SafeFileWriter`), or to standard output when no
/// file is named.
enum CatalogOutput {
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            Console.out(text)
            return
        }
        try SafeFileWriter.write(Array(text.utf8), to: path)
    }
}
