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

    /// A condition's extension added or dropped is told in words ("none" on the side without one).
    @Test func anExtensionAddedOrDroppedIsAChange() throws {
        let path = "procedures/commune/ho-tich/1.001193.yaml"
        func catalog(extends: String?) throws -> (Catalog, FixtureCatalog) {
            let fixture = try FixtureCatalog(overlay: nil)
            let text = try String(contentsOf: fixture.root.appendingPathComponent(path), encoding: .utf8)
            let condition = "conditions:\n  far:\n    name: Xã ở xa\n" + (extends.map { "    extends: \($0)\n" } ?? "")
            try fixture.write(text + condition, to: path)
            let loaded = fixture.load()
            #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics.map(\.message))")
            return (loaded.catalog, fixture)
        }
        let (with, a) = try catalog(extends: "5 working days")
        let (without, b) = try catalog(extends: nil)
        defer {
            a.remove()
            b.remove()
        }
        let dropped = CatalogDiff.compare(old: with, new: without).changed.first?.changes.map(\.en)
        #expect(dropped == ["condition far: extension 5 working days → none"])
        let added = CatalogDiff.compare(old: without, new: with).changed.first?.changes.map(\.vi)
        #expect(added == ["trường hợp Xã ở xa: gia hạn không → 5 ngày làm việc"])
    }
}
