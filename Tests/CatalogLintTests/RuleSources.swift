import Foundation
import TestSupport

/// The text of every Swift file under Sources/CatalogLint/Rules, for the tests that hold a
/// hand-kept list (the registry, the readers of workflows) to the rules written.
enum RuleSources {
    static func texts() throws -> [String] {
        let rules = FixtureCatalog.packageRoot.appendingPathComponent("Sources/CatalogLint/Rules")
        let files = FileManager.default.enumerator(atPath: rules.path)?.compactMap { $0 as? String } ?? []
        return try files.filter { $0.hasSuffix(".swift") }.sorted().map {
            try String(contentsOf: rules.appendingPathComponent($0), encoding: .utf8)
        }
    }
}
