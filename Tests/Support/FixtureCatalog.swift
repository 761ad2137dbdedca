import CatalogModel
import Diagnostics
import Foundation

/// Builds a throw-away catalog: a base catalog with one case's files laid over it (actionlint's
/// one-fixture-per-check style without copying a whole catalog per case).
public struct FixtureCatalog {
    /// The package root, found from this file's path (tests run from a checkout).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The small clean catalog every case starts from.
    public static let base = packageRoot.appendingPathComponent("Tests/CatalogModelTests/Fixtures/base")

    public let root: URL

    /// `overlay`: a folder whose files replace or add to the base's (same relative paths); a file
    /// `X.diff` changes the base's `X` by the lines it gives (`FixturePatch`).
    public init(base: URL = FixtureCatalog.base, overlay: URL?) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("tthc-fixture-\(UUID().uuidString)")
            .appendingPathComponent("catalog")
        try FileManager.default.createDirectory(at: root.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: base, to: root)
        guard let overlay else { return }
        let files = FileManager.default.enumerator(at: overlay, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in files
        where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(overlay.standardizedFileURL.path.count + 1))
            let target = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if relative.hasSuffix(".diff") {
                let patched = target.deletingPathExtension()
                let base = try String(contentsOf: patched, encoding: .utf8)
                let patch = FixturePatch(name: relative, text: try String(contentsOf: url, encoding: .utf8))
                try Data(try patch.apply(to: base).utf8).write(to: patched)
                continue
            }
            if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
            try FileManager.default.copyItem(at: url, to: target)
        }
    }

    /// Writes `text` at `relative` inside the catalog (replacing what was there).
    public func write(_ text: String, to relative: String) throws {
        let target = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: target, atomically: true, encoding: .utf8)
    }

    public func load() -> CatalogLoader.Result {
        CatalogLoader().load(root: root.path)
    }

    /// The text report with the temporary path replaced by `catalog`, as a golden file holds it.
    public func report() -> String {
        let result = load()
        return render(result.diagnostics, sources: result.catalog.sources)
    }

    /// Text report with the temporary path replaced by `catalog`, as golden files hold it.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceText]) -> String {
        TextReporter(useColor: false).render(diagnostics, sources: sources).replacingOccurrences(
            of: root.path, with: "catalog")
    }

    public func remove() {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }
}
