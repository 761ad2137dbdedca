import CatalogLint
import Foundation
import TestSupport

/// The lint tests' fixture catalogs.
enum LintFixture {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    /// A throw-away catalog (the base fixture, with `overlay` laid over it) in a folder of its
    /// own, named `catalog` so paths in output are the same on every machine.
    static func catalog(overlay: String? = nil) throws -> FixtureCatalog {
        try FixtureCatalog(overlay: overlay.map { fixtures.appendingPathComponent("cases").appendingPathComponent($0) })
    }
}

extension FixtureCatalog {
    /// The folder that holds `catalog/`: run tthc here and pass `catalog`.
    var parent: URL { root.deletingLastPathComponent() }
}

extension LintResult {
    /// Each finding as a line (its place, rule and message): two runs found the same when these are equal.
    var findingLines: [String] {
        diagnostics.map { "\($0.range) \($0.rule ?? "") \($0.message)" }
    }
}
