import CatalogModel
import Diagnostics
import Foundation

/// Builds a throw-away catalog: the `base` fixture with one case's files laid over it.
struct FixtureCatalog {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    let root: URL

    init(case name: String?) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("tthc-fixture-\(UUID().uuidString)")
            .appendingPathComponent("catalog")
        try FileManager.default.createDirectory(at: root.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("base"), to: root)
        guard let name else { return }
        let overlay = Self.fixtures.appendingPathComponent("cases").appendingPathComponent(name)
        let files = FileManager.default.enumerator(at: overlay, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in files where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(overlay.standardizedFileURL.path.count + 1))
            let target = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
            try FileManager.default.copyItem(at: url, to: target)
        }
    }

    func load() -> CatalogLoader.Result {
        CatalogLoader().load(root: root.path)
    }

    /// The text report with the temporary path replaced by `catalog`, as a golden file holds it.
    func report() -> String {
        let result = load()
        let text = TextReporter(useColor: false).render(result.diagnostics, sources: result.catalog.sources)
        return text.replacingOccurrences(of: root.path, with: "catalog")
    }

    func remove() {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }
}

/// Compares with a golden file; `TTHC_UPDATE_GOLDEN=1 swift test` rewrites the files instead.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["TTHC_UPDATE_GOLDEN"] == "1" }

    /// The golden file in the source tree (not the bundle copy), so updates land in git.
    static func sourceURL(_ relative: String, file: StaticString = #filePath) -> URL {
        URL(fileURLWithPath: "\(file)").deletingLastPathComponent().appendingPathComponent(relative)
    }

    static func check(_ actual: String, against relative: String, file: StaticString = #filePath) throws -> String? {
        let url = sourceURL(relative, file: file)
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
