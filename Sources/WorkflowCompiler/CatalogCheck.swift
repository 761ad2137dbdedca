import CatalogModel
import Diagnostics
import WorkCalendar
import YAMLReader

/// The pipeline every command and test runs, in one place: the loader reads, parses and decodes
/// every file; the compiler then builds the graphs of every procedure whose files loaded without
/// errors (so one typo does not cascade into graph errors). Each stage's output is kept, typed,
/// for the stage after it: lint reads `loaded` (the catalog and its files) and `compiled`.
public struct CatalogCheck: Sendable {
    /// What the loader read: the catalog, every file the walk found, the loader's diagnostics.
    public private(set) var loaded: CatalogLoader.Result
    /// The compiler's graphs, artifact and diagnostics; nil until `compile` has run.
    public private(set) var compiled: WorkflowCompiler.Result?

    /// Loads the catalog at `root`; with `compile`, compiles it too. `keepsValues`: keep every
    /// file's scalar values, marked by it, in `Catalog.values` for readers after the load (lint),
    /// so no file is parsed twice.
    public static func run(
        root: String, compile: Bool = true, at: CivilDate? = nil, keepsValues: YAMLValues.Marker? = nil
    )
        -> CatalogCheck
    {
        run(CatalogLoader(keepsValues: keepsValues).load(root: root), compile: compile, at: at)
    }

    /// Continues from a load made elsewhere (a fixture's).
    public static func run(_ loaded: CatalogLoader.Result, compile: Bool = true, at: CivilDate? = nil) -> CatalogCheck {
        var check = CatalogCheck(loaded: loaded, compiled: nil)
        if compile { check.compile(at: at) }
        return check
    }

    /// Runs the compiler on what was loaded, skipping the procedures in files with errors.
    /// `at`: the catalog as it stands on that date (`--at`). `keeping`: what the compile keeps
    /// besides its diagnostics (`WorkflowCompiler.Keeping`).
    @discardableResult
    public mutating func compile(at: CivilDate? = nil, keeping: WorkflowCompiler.Keeping = .artifact)
        -> WorkflowCompiler.Result
    {
        let filesWithErrors = Set(loaded.diagnostics.filter { $0.severity == .error }.map(\.range.file))
        let result = WorkflowCompiler().compile(
            loaded.catalog, filesWithErrors: filesWithErrors, at: at, keeping: keeping)
        compiled = result
        return result
    }

    public var catalog: Catalog { loaded.catalog }
    /// Set once compiled.
    public var artifact: CompiledCatalog? { compiled?.artifact }
    /// Every diagnostic of both stages, sorted by file and position.
    public var diagnostics: [Diagnostic] {
        guard let compiled else { return loaded.diagnostics }
        return (loaded.diagnostics + compiled.diagnostics).sorted()
    }
}
