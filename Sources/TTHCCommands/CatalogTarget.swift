import ArgumentParser
import CatalogModel
import Diagnostics
import Foundation
import WorkflowCompiler

/// A PATH given on the command line: a catalog directory, or a file inside one.
enum CatalogTarget {
    /// The help of a command's catalog argument or option.
    static let help: ArgumentHelp =
        "The catalog (its folder, or any path inside it). Default: the catalog around the working directory, else Catalog."

    /// The help of the catalog arguments of the commands that read several (`check`, `lint`).
    static let pathsHelp: ArgumentHelp =
        "Catalogs, or files and folders inside one (its root is the nearest folder above with catalog.yaml). Default: the catalog around the working directory, else Catalog."

    /// The pipeline's result for one catalog, and what of it the paths asked for.
    struct Loaded {
        var check: CatalogCheck
        /// The diagnostics of the files asked for, sorted.
        var diagnostics: [Diagnostic]
        var fileCount: Int
        var catalog: Catalog { check.catalog }
        var sources: [String: SourceText] { check.catalog.sources }
        /// Set when loaded with `compile: true`.
        var artifact: CompiledCatalog? { check.artifact }
    }

    /// Loads the catalog around `path` (see `CatalogSelection`; nil: the catalog around the working
    /// directory, else ./Catalog); with `compile`, also runs the workflow compiler. Only the
    /// diagnostics of the files asked for are kept. Paths inside are absolute; `PathDisplay`
    /// names them for output.
    /// `reading`: the files read (every file unless a command needs less).
    static func load(
        _ path: String?, compile: Bool = false, language: MessageLanguage = .en, at: AtDate? = nil,
        reading: CatalogReading = .everything
    ) throws -> Loaded {
        let loaded = try loadAll(
            path.map { [$0] } ?? [], compile: compile, language: language, at: at, reading: reading)
        return loaded[0]
    }

    /// One `Loaded` per catalog that `paths` select, in the order first named.
    /// `at`: compile the catalog as it stands on that date (`--at`). `keeping`: what the
    /// compile keeps besides its diagnostics (`check` keeps nothing more).
    /// `keepsTexts`: false lets each clean file's text go once decoded (`check`, which reads
    /// again the files its report quotes).
    static func loadAll(
        _ paths: [String], compile: Bool = false, language: MessageLanguage = .en, at: AtDate? = nil,
        reading: CatalogReading = .everything, keeping: WorkflowCompiler.Keeping = .artifact, keepsTexts: Bool = true
    ) throws -> [Loaded] {
        let selection: CatalogSelection
        do {
            selection = try CatalogSelection.resolve(paths, workingDirectory: RunContext.current.workingDirectory)
        } catch { throw CommandFailure.io(error) }
        return try selection.scopes.map { scope in
            var check = CatalogCheck.run(
                CatalogLoader(keepsTexts: keepsTexts).load(root: scope.root, reading: reading), compile: false)
            try requireMatch(scope, files: check.loaded.files, language: language)
            if compile {
                check.compile(at: try at?.date(in: check.catalog), keeping: keeping)
            }
            let diagnostics = check.diagnostics.filter { scope.includes($0.range.file) }
            let fileCount =
                scope.requested.isEmpty
                ? check.loaded.fileCount : check.catalog.sources.keys.filter(scope.includes).count
            return Loaded(check: check, diagnostics: diagnostics, fileCount: fileCount)
        }
    }

    /// A path that names no file tthc reads is skipped with a note when others of its catalog do
    /// (a hook given `Catalog/README.md` beside the YAML it changed), and an error when none does:
    /// "0 files checked" is never a pass.
    static func requireMatch(_ scope: CatalogSelection.Scope, files: [String], language: MessageLanguage) throws {
        let unmatched = scope.unmatched(by: files)
        guard !unmatched.isEmpty else { return }
        let shown = unmatched.map { RunContext.current.pathDisplay($0) }
        if unmatched.count == scope.requested.count {
            throw CommandFailure.io(CatalogSelectionError.noCatalogFile(shown))
        }
        for path in shown {
            Console.say(.notACatalogFile(path), as: .note, in: language)
        }
    }

    /// 2 for unreadable files, 1 for errors, 0 otherwise.
    static func exitStatus(for diagnostics: [Diagnostic]) -> Int32 {
        if diagnostics.contains(where: { $0.code == .ioError }) { return 2 }
        return diagnostics.hasErrors ? 1 : 0
    }
}

/// A failure that is the user's environment (`io`) or input (`usage`), not the catalog: exit 2,
/// its message printed after `tthc: error:`, rendered only then, in the run's language.
enum CommandFailure: Error, CustomStringConvertible {
    case io(any DiagnosticMessage)
    case usage(any DiagnosticMessage)

    var message: any DiagnosticMessage {
        switch self {
        case .io(let message), .usage(let message): message
        }
    }

    var description: String { message.text(.en) }
}
