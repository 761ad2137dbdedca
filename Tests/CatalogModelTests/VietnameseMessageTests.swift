import GoldenFiles
import CatalogModel
import Diagnostics
import Foundation
import Testing
import TestSupport

/// Every loader and reference diagnostic of the golden cases has a Vietnamese text (`--lang vi`).
@Suite struct VietnameseMessageTests {
    @Test(arguments: GoldenDiagnosticsTests.cases)
    func everyDiagnosticOfACaseHasAVietnameseMessage(_ name: String) throws {
        let fixture = try FixtureCatalog(overlay: Golden.url("Fixtures/cases/\(name)"))
        defer { fixture.remove() }
        let found = fixture.load().diagnostics
        #expect(!found.isEmpty)
        for d in found {
            #expect(d.hasVietnamese, "\(name): \(d.code.rawValue) has no Vietnamese text: \(d.message)")
        }
    }
}
