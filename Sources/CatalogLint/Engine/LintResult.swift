import CatalogModel
import Diagnostics

/// One catalog linted: what `tthc lint` reports and what `--fix` and baselines need.
public struct LintResult: Sendable {
    public var catalog: Catalog
    public var fileCount: Int
    /// Every file the loader's walk found, as `root/relative` (see `CatalogLoader.Result.files`).
    public var files: [String] = []
    /// The checks of `tthc check` and the rules' findings, after configuration and
    /// suppressions, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// Findings silenced by suppression comments.
    public var suppressed: [Diagnostic]

    /// `path` relative to the catalog root (what baselines and configuration globs use).
    public func relativePath(of path: String) -> String {
        let root = catalog.root.hasSuffix("/") ? catalog.root : catalog.root + "/"
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}
