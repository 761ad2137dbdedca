import CatalogModel
import Diagnostics
import Foundation
import GoldenFiles
import TestSupport
import Testing

/// Every loader and reference diagnostic of the golden cases reads differently in Vietnamese (`--lang vi`).
@Suite struct VietnameseMessageTests {
    @Test(arguments: GoldenDiagnosticsTests.cases)
    func everyDiagnosticOfACaseHasAVietnameseMessage(_ name: String) throws {
        let fixture = try FixtureCatalog(overlay: Golden.url("Fixtures/cases/\(name)"))
        defer { fixture.remove() }
        let found = fixture.load().diagnostics
        #expect(!found.isEmpty)
        for d in found {
            let vi = d.localized(.vi)
            #expect(vi.message != d.message, "\(d.label) is not in Vietnamese: \(d.message)")
            #expect(
                zip(vi.notes, d.notes).allSatisfy { $0.message != $1.message },
                "a note of \(d.label) is not in Vietnamese")
        }
    }
}
