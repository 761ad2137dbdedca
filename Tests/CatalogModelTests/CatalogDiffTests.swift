import CatalogModel
import Foundation
import GoldenFiles
import TestSupport
import Testing

/// `tthc diff`: every kind of change, in each format and language, against golden files.
@Suite struct CatalogDiffTests {
    static func diff() throws -> CatalogDiff {
        let old = try FixtureCatalog(overlay: Golden.url("Fixtures/diff/old"))
        let new = try FixtureCatalog(overlay: Golden.url("Fixtures/diff/new"))
        defer {
            old.remove()
            new.remove()
        }
        let a = old.load()
        let b = new.load()
        #expect(a.diagnostics.filter { $0.severity == .error }.isEmpty, "\(a.diagnostics.map(\.message))")
        #expect(b.diagnostics.filter { $0.severity == .error }.isEmpty, "\(b.diagnostics.map(\.message))")
        return CatalogDiff.compare(old: a.catalog, new: b.catalog)
    }

    @Test func everyKindOfChangeInWords() throws {
        let diff = try Self.diff()
        #expect(diff.added.map(\.code) == ["1.001194"])
        #expect(diff.removed.map(\.code) == ["1.001195"])
        #expect(diff.changed.map(\.code) == ["1.001193", "1.001196", "1.001197"])
        let kinds = Set(diff.changed.flatMap { $0.changes.map(\.kind) })
        #expect(kinds.isSuperset(of: ["deadline", "fee", "authority", "workflow", "legal-basis", "version"]))
        let birth = diff.changed[0].changes.map(\.en)
        #expect(birth.contains("deadline 15 → 10 working days"))
        #expect(birth.contains("fee added: \"Phí xác minh\" 20,000 VND"))
        Golden.expect(diff.text(.en), matches: "Fixtures/diff/diff.txt")
        Golden.expect(diff.text(.vi), matches: "Fixtures/diff/diff.vi.txt")
        Golden.expect(diff.markdown(.en), matches: "Fixtures/diff/diff.md")
        Golden.expect(diff.markdown(.vi), matches: "Fixtures/diff/diff.vi.md")
        Golden.expect(try diff.json(), matches: "Fixtures/diff/diff.json")
    }

    @Test func aCatalogComparedWithItselfHasNoChanges() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let catalog = fixture.load().catalog
        let diff = CatalogDiff.compare(old: catalog, new: catalog)
        #expect(diff.isEmpty)
        #expect(diff.text() == "No changes.\n")
    }
}
