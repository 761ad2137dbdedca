import Diagnostics
import TestSupport
import Testing

@testable import CatalogModel

/// A procedure's fields share one box between copies (copy on write): it is still a value, a
/// change to a copy is that copy's alone.
struct ProcedureValueTests {
    @Test func aChangedCopyLeavesTheOriginalAsItWas() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let loaded = CatalogLoader().load(root: fixture.root.path)
        let original = try #require(loaded.catalog.procedures["1.001193"])
        let name = original.name.value
        let fees = original.fees.count

        var copy = original
        copy.name.value = "Tên khác"
        copy.fees.append(Fee(name: "Lệ phí", range: original.range))
        copy.legalBasis = []

        #expect(copy.name.value == "Tên khác")
        #expect(copy.fees.count == fees + 1)
        #expect(original.name.value == name)
        #expect(original.fees.count == fees)
        #expect(!original.legalBasis.isEmpty)
        #expect(loaded.catalog.procedures["1.001193"]?.name.value == name)
    }

    @Test func asOfADateGivesTheSameProcedureWhenNothingIsDated() throws {
        let fixture = try FixtureCatalog(overlay: nil)
        defer { fixture.remove() }
        let loaded = CatalogLoader().load(root: fixture.root.path)
        let procedure = try #require(loaded.catalog.procedures["1.001193"])
        #expect(procedure.versions.isEmpty)
        let day = procedure.effective.value
        let later = procedure.asOf(day)
        #expect(later.fees.map(\.name) == procedure.fees.map(\.name))
        #expect(later.dossier.map(\.name) == procedure.dossier.map(\.name))
        #expect(procedure.changeDates.isEmpty)
    }
}
