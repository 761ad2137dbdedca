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

            Exit status: 0 (whether or not anything changed), 2 a catalog could not be read.
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
        let pair = try CatalogPair.load(catalogs)
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

    static func load(_ arguments: CatalogPairArguments) throws -> CatalogPair {
        let (old, new, catalog) = (arguments.old, arguments.new, arguments.catalog)
        var scratch: [CatalogChange] = []
        do {
            let a = try load(old, catalog: catalog, scratch: &scratch)
            let b = try load(new, catalog: catalog, scratch: &scratch)
            return CatalogPair(old: a, new: b, scratch: scratch)
        } catch {
            for change in scratch { change.removeScratch() }
            throw error
        }
    }

    /// A folder is read as it is; anything else is a revision of `catalog`.
    static func load(_ spec: String?, catalog: String?, scratch: inout [CatalogChange]) throws -> Catalog {
        var isDirectory: ObjCBool = false
        if let spec, FileManager.default.fileExists(atPath: RunContext.current.path(spec), isDirectory: &isDirectory),
            isDirectory.boolValue
        {
            return CatalogCheck.run(root: try rootOf(spec), compile: false).catalog
        }
        let root = try rootOf(catalog)
        guard let spec else { return CatalogCheck.run(root: root, compile: false).catalog }
        let change = try CatalogChange.since(spec, root: root, orFolder: true)
        scratch.append(change)
        guard let previous = change.previousRoot else {
            throw CommandFailure.usage(
                CommandMessage.noCatalogAtRevision(spec, root: RunContext.current.pathDisplay(root)))
        }
        return CatalogCheck.run(root: previous, compile: false).catalog
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
